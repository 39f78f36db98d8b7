import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_URL_STATE, parseUrl, serializeUrl, type UrlState } from './url';

describe('URL state', () => {
  it('round-trips a full view', () => {
    const state: UrlState = { level: 2, region: 'NL213', camera: { center: [6.6, 52.3], zoom: 8 }, lang: 'en' };
    const search = serializeUrl(state);
    expect(search).toBe('?level=2&region=NL213&map=8.00/52.3000/6.6000&lang=en');
    expect(parseUrl(search)).toEqual({ state, problems: [] });
  });

  it('writes nothing for the default view and reads nothing back', () => {
    expect(serializeUrl(DEFAULT_URL_STATE)).toBe('');
    expect(parseUrl('')).toEqual({ state: DEFAULT_URL_STATE, problems: [] });
  });

  it('keeps the good parts of a malformed URL and reports each bad one', () => {
    const { state, problems } = parseUrl('?level=7&region=<script>&map=abc&lang=fr');
    expect(state).toEqual(DEFAULT_URL_STATE);
    expect(problems.map((p) => p.kind)).toEqual(['bad-level', 'bad-region', 'bad-map', 'bad-lang']);
    const partly = parseUrl('?level=1&region=nl213&map=99/0/0');
    expect(partly.state).toEqual({ ...DEFAULT_URL_STATE, level: 1, region: 'NL213' });
    expect(partly.problems).toEqual([{ kind: 'bad-map', value: '99/0/0' }]);
  });

  it('rejects out-of-range cameras and odd levels', () => {
    for (const map of ['8/95/6', '8/52/200', '8/52', '8//6', 'NaN/52/6', '-1/52/6']) {
      expect(parseUrl(`?map=${map}`).problems).toEqual([{ kind: 'bad-map', value: map }]);
    }
    for (const level of ['0', '4', '1.0', ' 2', '']) {
      expect(parseUrl(`?level=${encodeURIComponent(level)}`).problems.map((p) => p.kind)).toEqual(['bad-level']);
    }
  });

  it('clips long garbage before it is quoted back', () => {
    const { problems } = parseUrl(`?region=${'x'.repeat(500)}`);
    expect(problems[0]?.value.length).toBeLessThanOrEqual(41);
  });

  it('survives broken percent-encoding', () => {
    expect(() => parseUrl('?region=%E0%A4%A&map=%')).not.toThrow();
  });
});

describe('URL state, property-based', () => {
  // Values at the precision the URL keeps (2 decimals of zoom, 4 of degrees), so the round trip is exact.
  const fixed = (min: number, max: number, decimals: number) =>
    fc.integer({ min: Math.round(min * 10 ** decimals), max: Math.round(max * 10 ** decimals) }).map((n) => n / 10 ** decimals);
  const camera = fc.record({ center: fc.tuple(fixed(-180, 180, 4), fixed(-85, 85, 4)), zoom: fixed(0, 22, 2) });
  const region = fc.stringMatching(/^[A-Z]{2}[A-Z0-9]{0,3}$/);
  const state: fc.Arbitrary<UrlState> = fc.record({
    level: fc.constantFrom(1 as const, 2 as const, 3 as const),
    region: fc.option(region, { nil: null }),
    camera: fc.option(camera, { nil: null }),
    lang: fc.constantFrom('nl' as const, 'en' as const, 'de' as const),
  });

  it('parse(serialise(state)) === state for every valid state', () => {
    fc.assert(fc.property(state, (s) => {
      const back = parseUrl(serializeUrl(s));
      expect(back.problems).toEqual([]);
      // `+ 0` turns -0 into 0: the URL writes both as "0.0000".
      expect(back.state).toEqual({ ...s, camera: s.camera && { center: [s.camera.center[0] + 0, s.camera.center[1] + 0], zoom: s.camera.zoom + 0 } });
    }));
  });

  it('never throws and always yields a valid state, whatever the query string', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (key, value) => {
      const search = `?${encodeURIComponent(key)}=${encodeURIComponent(value)}&level=${encodeURIComponent(value)}&map=${encodeURIComponent(value)}`;
      const { state: s } = parseUrl(search);
      expect([1, 2, 3]).toContain(s.level);
      expect(parseUrl(serializeUrl(s)).state).toEqual(s);
    }));
  });
});
