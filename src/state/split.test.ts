import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrl, serializeUrl, urlStateOf } from './url';
import { initialChoropleth } from './choropleth';
import { createAppStore } from './store';
import { checkLink } from './linkChecks';
import { makeIndicatorTable } from '../model/indicators/table';
import type { IndicatorsFile } from '../model/schemas';
import { initialSplit, rightChoices, swipeAfterKey, swipeAt, withSplit, withSplitIndicator } from './split';

describe('split map in the URL', () => {
  it('round-trips the mode, the right side\'s indicator and period, and the divider', () => {
    const state = { ...DEFAULT_URL_STATE, split: { mode: 'swipe' as const, indicator: 'hdi', period: '2019', swipe: 35 } };
    const search = serializeUrl(state);
    expect(search).toBe('?split=swipe&rind=hdi&ryear=2019&swipe=35');
    expect(parseUrl(search)).toEqual({ state, problems: [] });
    // Side by side, same indicator as the main map, divider at its default: only `split`.
    expect(serializeUrl({ ...DEFAULT_URL_STATE, split: { ...initialSplit, mode: 'side' } })).toBe('?split=side');
  });

  it('drops each bad value with a problem and keeps the good ones', () => {
    const { state, problems } = parseUrl('?split=both&rind=HDI!&ryear=21&swipe=101');
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(problems).toEqual([
      { param: 'split', value: 'both' }, { param: 'rind', value: 'HDI!' }, { param: 'ryear', value: '21' }, { param: 'swipe', value: '101' },
    ]);
    for (const swipe of ['-1', '1.5', '', 'abc', '1000']) {
      expect(parseUrl(`?split=swipe&swipe=${swipe}`).problems).toEqual([{ param: 'swipe', value: swipe }]);
    }
    const partly = parseUrl('?split=side&rind=hdi&swipe=x');
    expect(partly.state.split).toEqual({ ...initialSplit, mode: 'side', indicator: 'hdi' });
    expect(partly.problems).toEqual([{ param: 'swipe', value: 'x' }]);
  });

  it('leaves the right side out of the URL while the split is off, and keeps it in the store', () => {
    const store = createAppStore(parseUrl('?split=side&rind=hdi&ryear=2019').state);
    store.getState().setSplit({ mode: null });
    expect(store.getState().split).toEqual({ ...initialSplit, indicator: 'hdi', period: '2019' });
    expect(serializeUrl(urlStateOf(store.getState()))).toBe('?level=3');
    store.getState().setSplit({ mode: 'swipe', swipe: 140 });
    expect(serializeUrl(urlStateOf(store.getState()))).toBe('?split=swipe&rind=hdi&ryear=2019&swipe=100');
  });

  it('the divider moves by the keys of a slider, within 0-100', () => {
    expect([swipeAfterKey(50, 'ArrowLeft'), swipeAfterKey(50, 'ArrowUp'), swipeAfterKey(95, 'PageUp'), swipeAfterKey(5, 'PageDown')])
      .toEqual([49, 51, 100, 0]);
    expect([swipeAfterKey(40, 'Home'), swipeAfterKey(40, 'End'), swipeAfterKey(40, 'Enter')]).toEqual([0, 100, null]);
    // Dragged: the pointer's share of the map's width, kept within the map.
    expect([swipeAt(300, 100, 800), swipeAt(50, 100, 800), swipeAt(1000, 100, 800), swipeAt(5, 0, 0)]).toEqual([25, 0, 100, 50]);
  });

  it('the right side takes the main map\'s classes, with its own indicator and period', () => {
    const main = { ...initialChoropleth, indicator: 'gdp_eur_per_inhabitant', period: '2021', classing: 'manual' as const, breaks: [1, 2] };
    expect(rightChoices(main, initialSplit)).toEqual(main);
    expect(rightChoices(main, { ...initialSplit, period: '2019' })).toEqual({ ...main, period: '2019' });
    expect(rightChoices(main, { ...initialSplit, indicator: 'hdi' }))
      .toEqual({ ...main, indicator: 'hdi', period: null, classing: 'quantile', breaks: [] });
  });

  it('a new right indicator starts at its default period; an unchanged state stays the same object', () => {
    const s = withSplit(initialSplit, { mode: 'side', indicator: 'hdi', period: '2019' });
    expect(withSplitIndicator(s, 'hdi')).toBe(s);
    expect(withSplitIndicator(s, 'population')).toEqual({ ...s, indicator: 'population', period: null });
    expect(withSplit(s, { swipe: 50 })).toBe(s);
  });
});

describe('split map in the link checks', () => {
  const file = {
    indicators: [{ id: 'hdi' }, { id: 'gdp' }], sources: [{ dataset: 'S', url: null }], excluded: [],
    values: [['NL213', 0, '2021', 0.9, 0, ''], ['NL213', 1, '2020', 30000, 0, '']],
  } as unknown as IndicatorsFile;
  const base = { selected: null, shownAreas: [], indicator: 'gdp', period: null, openInitiative: null, fitted: true };
  const data = { indicators: makeIndicatorTable(file) };

  it('drops an unknown right indicator, or a period the right indicator does not have, each with a notice', () => {
    expect(checkLink({ ...base, splitIndicator: 'hdi', splitPeriod: '2021' }, data)).toEqual({ notices: [], fixes: [] });
    const unknown = checkLink({ ...base, splitIndicator: 'nope', splitPeriod: '2021' }, data);
    expect(unknown.fixes).toEqual([{ kind: 'drop-split-indicator' }]);
    expect(unknown.notices).toEqual([{ id: 'url:rind', kind: 'url', problem: { param: 'rind', value: 'nope' } }]);
    // Same indicator as the main map (gdp): 2021 is not one of its periods.
    const year = checkLink({ ...base, splitPeriod: '2021' }, data);
    expect(year.fixes).toEqual([{ kind: 'drop-split-period' }]);
    expect(year.notices.map((n) => n.id)).toEqual(['url:ryear']);
  });
});
