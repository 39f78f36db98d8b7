import { describe, expect, it } from 'vitest';
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
