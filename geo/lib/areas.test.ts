import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { parseAreas, AreaDataError } from './areas.ts';
import type { AreaOutput } from './pipeline.ts';
import { realBuild, realInput } from './fixture.ts';

const HEADER = 'area_id,area_name,area_kind,nuts3,membership,member_note,source_url';
/** Synthetic metadata for the validation tests only. */
const META = { areas: { x: { kind: 'euregio', names: { nl: 'X', de: null, en: null }, short: 'X', seat: null, seatSource: null, caveat: null } } };

describe('parseAreas validation (synthetic rows)', () => {
  const known = new Set(['NL213', 'DEA34']);
  it('accepts good rows', () => {
    const areas = parseAreas(`${HEADER}\nx,X,euregio,NL213,exact,,https://example.org/a\n`, META, known);
    expect(areas[0]?.members).toEqual([{ id: 'NL213', membership: 'exact', note: '', source: 'https://example.org/a' }]);
  });
  it('reports every bad row with its line', () => {
    const csv = [
      HEADER,
      'x,X,euregio,NL999,exact,,https://example.org/a', // unknown code
      'x,X,euregio,NL213,maybe,,https://example.org/a', // bad membership
      'x,X,euregio,DEA34,exact,,', // no source
      'x,X,euregio,DEA34,exact,,javascript:alert(1)', // not http(s)
      'y,Y,euregio,NL213,exact,,https://example.org/a', // no metadata
      'x,X,euregio,NL213,exact,,https://example.org/b', // line 3 failed, so this is not a duplicate
      'x,X,euregio,NL213,exact,,https://example.org/c', // duplicate of line 7
    ].join('\n');
    let message = '';
    try {
      parseAreas(csv, META, known);
    } catch (e) {
      expect(e).toBeInstanceOf(AreaDataError);
      message = (e as Error).message;
    }
    expect(message).toContain('line 2: NL999 is not a NUTS 2021 level 3');
    expect(message).toContain('line 3: membership');
    expect(message).toContain('line 4: source_url');
    expect(message).toContain('line 5: source_url');
    expect(message).toContain('line 6: area y has no entry');
    expect(message).toContain('line 8: duplicate row for x NL213');
  });
});

describe('cooperation areas from geo/data', () => {
  let areas: AreaOutput[];
  beforeAll(async () => {
    const { files } = await realBuild();
    areas = (JSON.parse(files.get('areas.json') ?? '{}') as { areas: AreaOutput[] }).areas;
  });

  it('encodes every row of the shared facts with its source', async () => {
    const input = await realInput();
    const rows = input.areasCsv.trim().split('\n').length - 1;
    expect(areas.reduce((n, a) => n + a.members.length, 0)).toBe(rows);
    expect(areas).toHaveLength(14);
    for (const a of areas) {
      expect(a.members.length).toBeGreaterThan(0);
      for (const m of a.members) expect(m.source).toMatch(/^https?:\/\//);
    }
  });

  it('dissolves each area into an outline with its partial members apart', () => {
    const euregio = areas.find((a) => a.id === 'euregio');
    expect(euregio?.members.map((m) => m.id)).toEqual(expect.arrayContaining(['NL213', 'DEA34']));
    expect(euregio?.outline.coordinates.length).toBe(1); // one contiguous area
    expect(euregio?.partialOutline).not.toBeNull();
    expect(areas.find((a) => a.id === 'euregio_maas_rijn')?.partialOutline).toBeNull(); // all exact
    const deNl = areas.find((a) => a.id === 'interreg_vi_a_de_nl');
    expect(deNl?.members.filter((m) => m.id.startsWith('NL'))).toHaveLength(21);
    expect(deNl?.members.filter((m) => m.id.startsWith('DE'))).toHaveLength(30);
  });

  // Runs where ../shared sits beside the checkout (every developer machine and CI).
  const shared = new URL('../../../shared/facts/areas.csv', import.meta.url);
  it.runIf(existsSync(shared))('keeps geo/data/areas.csv a faithful copy of the shared facts', () => {
    expect(readFileSync(new URL('../data/areas.csv', import.meta.url), 'utf8')).toBe(readFileSync(shared, 'utf8'));
  });
});
