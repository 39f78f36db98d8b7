import { describe, expect, it } from 'vitest';
import { isBareVisit, OPENING_INDICATOR, startState, withOpening } from './opening';
import { DEFAULT_URL_STATE, parseUrl, serializeUrl } from './url';
import { createAppStore } from './store';
import { startUrlSync } from './urlSync';

describe('the opening view', () => {
  it('counts a visit as bare without state parameters: nothing, `lang` alone, or unknown parameters', () => {
    for (const search of ['', '?', '?lang=en', '?lang=xx', '?utm_source=talk', '?lang=de&fbclid=1']) expect(isBareVisit(search)).toBe(true);
    for (const search of ['?level=3', '?map=border', '?ind=hdi', '?border=none', '?lang=en&region=NL213', '?level=9', '?cat=1']) {
      expect(isBareVisit(search)).toBe(false);
    }
  });

  it('opens a bare visit on GDP per inhabitant at NUTS 3, with the border line, framed on the border', () => {
    const { state, opening, problems } = startState('?lang=en');
    expect(opening).toBe(true);
    expect(problems).toEqual([]);
    expect(state).toEqual(withOpening({ ...DEFAULT_URL_STATE, settings: { lang: 'en' } }));
    expect(state.choropleth.indicator).toBe(OPENING_INDICATOR);
    expect(state.view).toEqual({ level: 3, camera: null, frame: 'border' });
    expect(state.overlays.borderLine).toBe(true);
    expect(serializeUrl(state)).toBe('?map=border&lang=en&ind=gdp_eur_per_inhabitant');
  });

  it('opens any link that carries state exactly as before: the codec defaults, no indicator, the countries frame', () => {
    for (const search of ['?level=2', '?border=line,0', '?region=NL213', '?level=9&region=<b>']) {
      const { state, opening } = startState(search);
      expect(opening).toBe(false);
      expect(state).toEqual(parseUrl(search).state);
      expect(state.choropleth.indicator).toBeNull();
      expect(state.view.frame).toBe('countries');
    }
  });

  it('rewrites a bare visit once, in place, to the preset: an explicit link that opens the same', () => {
    const entries: string[] = [];
    const calls: string[] = [];
    const win = {
      location: { pathname: '/', hash: '', get search() { return entries.at(-1) ?? ''; } },
      history: {
        pushState: () => { calls.push('push'); },
        replaceState: (_: unknown, __: string, url: string) => { calls.push('replace'); entries.push(url.slice(1)); },
      },
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    } as unknown as Window;
    const store = createAppStore(startState('').state);
    startUrlSync(store, win);
    expect(calls).toEqual(['replace']);
    expect(win.location.search).toBe('?map=border&ind=gdp_eur_per_inhabitant');
    // Opened again (reload, shared): the same state, and no longer a bare visit.
    const again = startState(win.location.search);
    expect(again.opening).toBe(false);
    expect(again.state).toEqual(startState('').state);
  });
});
