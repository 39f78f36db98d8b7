import { describe, expect, it } from 'vitest';
import { parseUrl, serializeUrl, DEFAULT_URL_STATE } from './url';
import { checkProfileLink, initialProfile, withProfile, withProfileClosed, withProfileOpen } from './profile';
import { makeIndicatorTable } from '../model/indicators/table';

describe('border profile URL codec', () => {
  it('reads and writes prof, stretch and pyear; the default stretch is left out', () => {
    const { state, problems } = parseUrl('?prof=hdi&stretch=euregio&pyear=2021');
    expect(problems).toEqual([]);
    expect(state.profile).toEqual({ indicator: 'hdi', stretch: 'euregio', period: '2021' });
    expect(serializeUrl({ ...DEFAULT_URL_STATE, profile: { indicator: 'hdi', stretch: 'NL-DE', period: null } })).toBe('?prof=hdi');
    expect(parseUrl('?prof=hdi&stretch=NL-BE').state.profile.stretch).toBe('NL-BE');
  });

  it('drops bad values and reports each', () => {
    const { state, problems } = parseUrl('?prof=HDI!&stretch=NL-FR&pyear=twenty');
    expect(state.profile).toEqual(initialProfile);
    expect(problems.map((p) => p.param)).toEqual(['prof', 'stretch', 'pyear']);
  });
});

describe('border profile updaters', () => {
  it('opens, keeps a picked period for the same indicator, drops it for another, and closes to nothing', () => {
    const open = withProfileOpen(initialProfile, 'hdi', 'euregio');
    expect(open).toEqual({ indicator: 'hdi', stretch: 'euregio', period: null });
    const picked = withProfile(open, { period: '2019' });
    expect(withProfileOpen(picked, 'hdi', 'NL-BE').period).toBe('2019');
    expect(withProfile(picked, { indicator: 'population' }).period).toBeNull();
    expect(withProfile(picked, { period: '2019' })).toBe(picked);
    expect(withProfileClosed(picked)).toEqual(initialProfile);
    expect(withProfileClosed(initialProfile)).toBe(initialProfile);
  });
});

describe('border profile link checks', () => {
  /** Synthetic: one indicator with figures for 2021 only. */
  const meta = {
    id: 'x', theme: 'material' as const, names: { nl: 'x', en: 'x', de: 'x' }, descriptions: { nl: '', en: '', de: '' },
    unit: { nl: '', en: '', de: '' }, decimals: 0, polarity: 'neutral' as const, euIndex: false, publisher: 'P', dataset: 'D', licence: 'L',
    attribution: 'A', caveat: null, computed: false, method: null, additive: false,
  };
  const table = makeIndicatorTable({
    indicators: [meta], sources: [{ dataset: 'D', url: null }], values: [['NL1', 0, '2021', 1, 0, '']], excluded: [],
  });

  it('waits for the data, then drops an unknown indicator, area or period with a notice', () => {
    const p = { indicator: 'x', stretch: 'nowhere', period: '1999' };
    expect(checkProfileLink(p, undefined, undefined)).toEqual({ notices: [], patch: null });
    const checked = checkProfileLink(p, table, new Set(['euregio']));
    expect(checked.patch).toEqual({ period: null, stretch: 'NL-DE' });
    expect(checked.notices.map((n) => n.id)).toEqual(['url:pyear', 'url:stretch']);
    expect(checkProfileLink({ ...p, indicator: 'y' }, table, undefined).patch).toEqual(initialProfile);
    const fine = { indicator: 'x', stretch: 'euregio', period: '2021' };
    expect(checkProfileLink(fine, table, new Set(['euregio']))).toEqual({ notices: [], patch: null });
  });
});
