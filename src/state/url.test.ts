import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_URL_STATE, parseUrl, serializeUrl, URL_PARAMS, type UrlState } from './url';
import { initialOverlays } from './overlays';
import { KINDS, TOPICS } from '../model/initiatives/types';
import { initialSplit } from './split';

describe('URL state', () => {
  it('round-trips a full view', () => {
    const state: UrlState = {
      choropleth: { indicator: 'hdi', period: '2021', classing: 'manual', k: 4, breaks: [0.9, 0.925, 0.95], reference: 'national' },
      view: { level: 2, camera: { center: [6.6, 52.3], zoom: 8 }, frame: 'countries' }, selection: { kind: 'region', id: 'NL213' },
      settings: { lang: 'en' },
      overlays: {
        borderLine: false, bands: [true, false, true], outerKm: 75, areas: ['edr', 'euregio'], borderOnly: { minShare: 0.3, withinKm: 10 },
      },
      initiatives: {
        panel: true, open: 'RD2-TWENTE', scoped: true, layers: { points: false, counts: true },
        filters: { kinds: ['regio_deal', 'city_deal'], topics: ['work'], from: 2019, to: null, cross: 'yes', text: 'grens werk' },
      },
      compare: {
        places: [{ kind: 'region', id: 'NL213' }, { kind: 'region', id: 'DE94B' }, { kind: 'area', id: 'euregio' }, { kind: 'zone', band: 1 }],
        years: { hdi: '2019', population: '2023-01-01' },
      },
      split: initialSplit,
      profile: { indicator: 'gdp_eur_per_inhabitant', stretch: 'euregio', period: '2021' },
    };
    const search = serializeUrl(state);
    expect(search).toBe('?region=NL213&level=2&map=8.00/52.3000/6.6000&lang=en&border=0,2&dist=75&areas=edr,euregio&only=30,10'
      + '&ind=hdi&year=2021&cls=manual&k=4&brk=0.9_0.925_0.95&ref=national'
      + '&ini=RD2-TWENTE&ik=regio_deal,city_deal&it=work&iy=2019-&ix=yes&iq=grens+werk&in=1&il=counts'
      + '&cmp=NL213,DE94B,a:euregio,z:1&cmpy=hdi:2019,population:2023-01-01'
      + '&prof=gdp_eur_per_inhabitant&stretch=euregio&pyear=2021');
    expect(parseUrl(search)).toEqual({ state, problems: [] });
  });

  it('keeps the good places of a comparison and reports each bad one', () => {
    const { state, problems } = parseUrl('?cmp=NL213,<b>,a:euregio,z:9&cmpy=hdi:2019,x:y');
    expect(state.compare).toEqual({ places: [{ kind: 'region', id: 'NL213' }, { kind: 'area', id: 'euregio' }], years: { hdi: '2019' } });
    expect(problems).toEqual([
      { param: 'cmp', value: '<b>', part: true }, { param: 'cmp', value: 'z:9', part: true }, { param: 'cmpy', value: 'x:y', part: true },
    ]);
  });

  it('writes the default view as its level (never a bare link) and reads the defaults from nothing', () => {
    expect(serializeUrl(DEFAULT_URL_STATE)).toBe('?level=3');
    expect(serializeUrl({ ...DEFAULT_URL_STATE, settings: { lang: 'en' } })).toBe('?lang=en&level=3');
    expect(parseUrl('?level=3')).toEqual({ state: DEFAULT_URL_STATE, problems: [] });
    expect(parseUrl('')).toEqual({ state: DEFAULT_URL_STATE, problems: [] });
  });

  it('reads and writes the border frame as map=border, a camera winning over it', () => {
    const border = { ...DEFAULT_URL_STATE, view: { ...DEFAULT_URL_STATE.view, frame: 'border' as const } };
    expect(serializeUrl(border)).toBe('?map=border');
    expect(parseUrl('?map=border')).toEqual({ state: border, problems: [] });
    const moved = { ...border, view: { ...border.view, camera: { center: [6, 52] as [number, number], zoom: 7 } } };
    expect(serializeUrl(moved)).toBe('?map=7.00/52.0000/6.0000');
  });

  it('keeps the good parts of a malformed URL and reports each bad one', () => {
    const { state, problems } = parseUrl('?level=7&region=<script>&map=abc&lang=fr&border=line,9&dist=52&areas=A B&only=0,25');
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(problems.map((p) => p.param)).toEqual(['region', 'level', 'map', 'lang', 'border', 'dist', 'areas', 'only']);
    const initiatives = parseUrl('?zone=5&cat=2&ini=<b>&ik=deal&it=work,x&iy=2025-2019&ix=maybe&in=0&il=stars');
    expect(initiatives.state).toEqual(DEFAULT_URL_STATE);
    expect(initiatives.problems.map((p) => p.param)).toEqual(['zone', 'cat', 'ini', 'ik', 'it', 'iy', 'ix', 'in', 'il']);
    const partly = parseUrl('?level=1&region=nl213&map=99/0/0&border=none');
    expect(partly.state).toEqual({
      ...DEFAULT_URL_STATE, view: { level: 1, camera: null, frame: 'countries' }, selection: { kind: 'region', id: 'NL213' },
      overlays: { ...initialOverlays, borderLine: false },
    });
    expect(partly.problems).toEqual([{ param: 'map', value: '99/0/0' }]);
  });

  it('selects a region or an area, and reports an area that comes with a region', () => {
    expect(parseUrl('?area=euregio').state.selection).toEqual({ kind: 'area', id: 'euregio' });
    const both = parseUrl('?region=NL213&area=euregio');
    expect(both.state.selection).toEqual({ kind: 'region', id: 'NL213' });
    expect(both.problems).toEqual([{ param: 'area', value: 'euregio' }]);
  });

  it('rejects out-of-range cameras and odd levels', () => {
    for (const map of ['8/95/6', '8/52/200', '8/52', '8//6', 'NaN/52/6', '-1/52/6']) {
      expect(parseUrl(`?map=${map}`).problems).toEqual([{ param: 'map', value: map }]);
    }
    for (const level of ['0', '4', '1.0', ' 2', '']) {
      expect(parseUrl(`?level=${encodeURIComponent(level)}`).problems.map((p) => p.param)).toEqual(['level']);
    }
  });

  it('clips long garbage before it is quoted back', () => {
    const { problems } = parseUrl(`?region=${'x'.repeat(500)}`);
    expect(problems[0]?.value.length).toBeLessThanOrEqual(41);
  });

  it('reports broken percent-encoding as bad parts and keeps the rest', () => {
    // URLSearchParams decodes what it can: a cut-off UTF-8 sequence becomes U+FFFD, a lone % stays.
    const { state, problems } = parseUrl('?region=%E0%A4%A&map=%&level=2');
    expect(problems).toEqual([{ param: 'region', value: '\uFFFD%A' }, { param: 'map', value: '%' }]);
    expect(state).toEqual({ ...DEFAULT_URL_STATE, view: { level: 2, camera: null, frame: 'countries' } });
  });
});

describe('URL state, property-based', () => {
  // Values at the precision the URL keeps (2 decimals of zoom, 4 of degrees), so the round trip is exact.
  const fixed = (min: number, max: number, decimals: number) =>
    fc.integer({ min: Math.round(min * 10 ** decimals), max: Math.round(max * 10 ** decimals) }).map((n) => n / 10 ** decimals + 0);
  const camera = fc.record({ center: fc.tuple(fixed(-180, 180, 4), fixed(-85, 85, 4)), zoom: fixed(0, 22, 2) });
  const region = fc.stringMatching(/^[A-Z]{2}[A-Z0-9]{0,3}$/);
  const areaId = fc.stringMatching(/^[a-z0-9_]{1,20}$/);
  const overlays = fc.record({
    borderLine: fc.boolean(),
    bands: fc.tuple(fc.boolean(), fc.boolean(), fc.boolean()).map((b) => [...b]),
    outerKm: fc.integer({ min: 1, max: 20 }).map((n) => n * 5),
    areas: fc.uniqueArray(areaId, { maxLength: 5 }).map((a) => a.sort()),
    borderOnly: fc.option(fc.record({
      minShare: fc.integer({ min: 1, max: 100 }).map((p) => p / 100), withinKm: fc.constantFrom(10 as const, 25 as const, 50 as const),
    }), { nil: null }),
  });
  // A region, an area or a zone is selected, or nothing.
  const selection: fc.Arbitrary<UrlState['selection']> = fc.oneof(
    fc.constant(null),
    region.map((id) => ({ kind: 'region' as const, id })),
    areaId.map((id) => ({ kind: 'area' as const, id })),
    fc.integer({ min: 0, max: 2 }).map((band) => ({ kind: 'zone' as const, band })),
  );
  const years = fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null });
  const initiatives = fc.record({
    open: fc.option(fc.stringMatching(/^[A-Z0-9][A-Za-z0-9-]{0,12}$/), { nil: null }),
    panel: fc.boolean(),
    scoped: fc.boolean(),
    layers: fc.record({ points: fc.boolean(), counts: fc.boolean() }),
    filters: fc.record({
      kinds: fc.subarray([...KINDS]),
      topics: fc.subarray([...TOPICS]),
      from: years,
      to: years,
      cross: fc.constantFrom('all' as const, 'yes' as const, 'no' as const),
      text: fc.string({ maxLength: 30 }).filter((t) => t.trim() === t),
    }).map((f) => (f.from !== null && f.to !== null && f.to < f.from ? { ...f, to: f.from } : f)),
  }).map((u) => ({ ...u, panel: u.panel || u.open !== null }));
  const choropleth = fc.record({
    indicator: fc.option(fc.stringMatching(/^[a-z0-9_]{1,20}$/), { nil: null }),
    period: fc.option(fc.constantFrom('2021', '2013-2019', '2023-01-01'), { nil: null }),
    classing: fc.constantFrom('quantile' as const, 'equal' as const, 'ckmeans' as const, 'manual' as const, 'continuous' as const),
    k: fc.integer({ min: 3, max: 9 }),
    breaks: fc.uniqueArray(fc.integer({ min: -1000, max: 100000 }), { maxLength: 8 }).map((b) => b.sort((x, y) => x - y)),
    reference: fc.constantFrom('raw' as const, 'national' as const, 'eu' as const),
  });
  const state: fc.Arbitrary<UrlState> = fc.record({
    selection,
    // The frame matters (and is written) only without a camera.
    view: fc.record({ level: fc.constantFrom(1 as const, 2 as const, 3 as const), camera: fc.option(camera, { nil: null }) })
      .chain((v) => fc.constantFrom(...(v.camera ? ['countries' as const] : ['countries' as const, 'border' as const]))
        .map((frame) => ({ ...v, frame }))),
    settings: fc.record({ lang: fc.constantFrom('nl' as const, 'en' as const, 'de' as const) }),
    overlays,
    choropleth,
    initiatives,
    compare: fc.record({
      places: fc.uniqueArray(selection.filter((x) => x !== null), { maxLength: 6, selector: (p) => JSON.stringify(p) }),
      years: fc.dictionary(fc.stringMatching(/^[a-z0-9_]{1,12}$/), fc.constantFrom('2021', '2013-2019', '2023-01-01'), { maxKeys: 4 }),
    }),
    split: fc.record({
      mode: fc.constantFrom(null, 'side' as const, 'swipe' as const),
      indicator: fc.option(fc.stringMatching(/^[a-z0-9_]{1,20}$/), { nil: null }),
      period: fc.option(fc.constantFrom('2021', '2013-2019', '2023-01-01'), { nil: null }),
      swipe: fc.integer({ min: 0, max: 100 }),
    }),
    profile: fc.record({
      indicator: fc.option(fc.stringMatching(/^[a-z0-9_]{1,20}$/), { nil: null }),
      stretch: fc.oneof(fc.constantFrom('NL-DE', 'NL-BE'), areaId),
      period: fc.option(fc.constantFrom('2021', '2013-2019', '2023-01-01'), { nil: null }),
    }),
  });

  it('parse(serialise(state)) === state for every valid state', () => {
    fc.assert(fc.property(state, (s) => {
      const back = parseUrl(serializeUrl(s));
      expect(back.problems).toEqual([]);
      expect(back.state).toEqual(s);
    }));
  });

  it('never throws and always yields a valid state, whatever the query string', () => {
    fc.assert(fc.property(fc.string(), (value) => {
      const v = encodeURIComponent(value);
      // Every parameter the codec tables declare, so a new one is covered without editing this test.
      const { state: s, problems } = parseUrl(`?${URL_PARAMS.map(({ codec }) => `${codec.param}=${v}`).join('&')}`);
      for (const p of problems) expect(URL_PARAMS.map(({ codec }) => codec.param)).toContain(p.param);
      expect([1, 2, 3]).toContain(s.view.level);
      expect(parseUrl(serializeUrl(s)).state).toEqual(s);
    }));
  });
});
