import { existsSync, readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { InitiativeDataError, parseInitiatives } from './initiatives.ts';

const csv = readFileSync(new URL('../data/initiatives.csv', import.meta.url), 'utf8');
const regions = JSON.parse(readFileSync(
  new URL('../../public/data/regions.json', import.meta.url), 'utf8',
)) as { id: string; level: number; labelPoint: [number, number] }[];
const nuts3 = new Set(regions.filter((r) => r.level === 3).map((r) => r.id));
const labelPoint = (id: string) => regions.find((r) => r.id === id)?.labelPoint;

describe('initiative catalogue (geo/data/initiatives.csv)', () => {
  const meta = JSON.parse(readFileSync(new URL('../data/initiatives.meta.json', import.meta.url), 'utf8')) as { caveats: Record<string, string> };
  const { initiatives } = parseInitiatives(csv, { nuts3, labelPoint }, meta);
  const rows = csvParse(csv);

  it('encodes every row of the facts, with its sources', () => {
    expect(initiatives).toHaveLength(rows.length);
    expect(initiatives.map((i) => i.id)).toEqual(rows.map((r) => r.id));
    for (const [i, r] of initiatives.map((x, n) => [x, rows[n]] as const)) {
      expect(i.sources.join(';')).toBe(r?.source_url);
      expect(i.origin).toBe('embedded');
    }
  });

  it('keeps unconfirmed ("?") codes unconfirmed, and never turns one into a point', () => {
    const marked = rows.flatMap((r) => (r.nuts3 ?? '').split(';').filter((c) => c.endsWith('?')));
    expect(marked.length).toBeGreaterThan(0);
    expect(initiatives.flatMap((i) => i.regions.filter((r) => !r.confirmed))).toHaveLength(marked.length);
    for (const i of initiatives) if (i.point) expect(i.regions.every((r) => r.confirmed)).toBe(true);
  });

  it('places a one-town entry at its region centre, marked approximate (the facts give no coordinates)', () => {
    const kleve = initiatives.find((i) => i.id === 'GIP-RIJNWAAL');
    expect(kleve?.point).toEqual({ lonLat: labelPoint('DEA1B'), approximate: true, region: 'DEA1B' });
    for (const i of initiatives) if (i.point) expect(i.point.approximate).toBe(true);
    // Several towns or several regions: located by its regions only.
    expect(initiatives.find((i) => i.id === 'GIP-EUREGIO')?.point).toBeNull();
  });

  it('splits the tranche tag off the themes of Regio Deals', () => {
    const twente = initiatives.find((i) => i.id === 'RD2-TWENTE');
    expect(twente?.tranche).toBe(2);
    expect(twente?.themes.some((t) => /tranche/.test(t))).toBe(false);
    expect(twente?.topics.length).toBeGreaterThan(0);
  });

  it('carries the caveats of the notes with their entries, and only for entries that exist', () => {
    expect(initiatives.find((i) => i.id === 'CB-REACH')?.caveat).toMatch(/up to/);
    expect(initiatives.find((i) => i.id === 'GIP-RIJNWAAL')?.caveat).toBeNull();
    expect(initiatives.filter((i) => i.caveat).length).toBe(Object.keys(meta.caveats).length);
    expect(() => parseInitiatives(csv, { nuts3, labelPoint }, { source: 'x', caveats: { 'NOPE-1': 'x' } })).toThrow(/NOPE-1/);
  });

  it('fails the build on a bad row, naming the line and field', () => {
    const bad = csv.replace('RD2-TWENTE,regio_deal', 'RD2-TWENTE,regio_dael');
    expect(() => parseInitiatives(bad, { nuts3, labelPoint })).toThrow(InitiativeDataError);
    expect(() => parseInitiatives(bad, { nuts3, labelPoint })).toThrow(/initiatives\.csv line \d+ \(RD2-TWENTE\): kind: "regio_dael" is not one of/);
  });

  // Runs where ../shared sits beside the checkout (every developer machine and CI).
  const shared = new URL('../../../shared/facts/initiatives.csv', import.meta.url);
  it.runIf(existsSync(shared))('keeps geo/data/initiatives.csv a faithful copy of the shared facts', () => {
    expect(csv).toBe(readFileSync(shared, 'utf8'));
  });
});
