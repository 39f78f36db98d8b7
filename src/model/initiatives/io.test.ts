/** Import validation, export and the text rules. Rows here are synthetic and say so in their names. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportCsv, exportGeoJson, importInitiatives } from './io';
import { COLUMNS, KINDS } from './types';
import { describeProblem, type ParseContext } from './parse';

const ctx: ParseContext = {
  nuts3: new Set(['NL213', 'NL342', 'DEA34', 'BE234']),
  labelPoint: (id) => (id === 'NL213' ? [6.8, 52.3] : id === 'NL342' ? [3.7, 51.5] : undefined),
  origin: 'imported',
};
const header = COLUMNS.join(',');
const good = 'test-1,cross_border_initiative,Synthetic test initiative,2020,2024,1.5,3,work;mobility,A;B,'
  + 'Enschede (NL),NL213,yes,https://example.org/a';

describe('importing a CSV', () => {
  it('keeps good rows and reports each bad one with its line, field and what is wrong', () => {
    const text = [
      header,
      good,
      'test-2,regio_dael,Bad kind,2020,,,,,,,,no,https://example.org/',
      'test-3,other,Bad years,20x0,1999,,,,,,,no,https://example.org/',
      'test-4,other,Ends first,2020,2019,,,,,,,no,https://example.org/',
      'test-5,other,Bad code,,,,,,,,NL999;XX12,no,https://example.org/',
      'test-6,other,Script link,,,,,,,,,no,javascript:alert(1)',
      'test-7,other,No source,,,,,,,,,no,',
      'test-1,other,Same id again,,,,,,,,,no,https://example.org/',
      'test-8,other,Bad money,,,"1,5",,,,,,maybe,https://example.org/',
    ].join('\n');
    const r = importInitiatives(text, 'mine.csv', ctx, new Set());
    expect(r.fileProblem).toBeNull();
    expect(r.rows).toBe(9);
    expect(r.entries.map((e) => e.id)).toEqual(['test-1']);
    expect(r.problems.map(describeProblem)).toEqual([
      expect.stringMatching(/^line 3 \(test-2\): kind: "regio_dael" is not one of regio_deal/),
      expect.stringMatching(/^line 4 \(test-3\): start_year: "20x0" is not a year/),
      expect.stringMatching(/^line 5 \(test-4\): end_year: ends \(2019\) before it starts \(2020\)/),
      expect.stringMatching(/^line 6 \(test-5\): nuts3: NL999 is not a NUTS 2021 level 3 region/),
      expect.stringMatching(/^line 6 \(test-5\): nuts3: "XX12" is not a NUTS 3 code/),
      expect.stringMatching(/^line 7 \(test-6\): source_url: "javascript:alert\(1\)" is not an http\(s\) link/),
      expect.stringMatching(/^line 8 \(test-7\): source_url: missing/),
      expect.stringMatching(/^line 9 \(test-1\): id: test-1 is already loaded/),
      expect.stringMatching(/^line 10 \(test-8\): national_contribution_meur: "1,5" is not an amount/),
      expect.stringMatching(/^line 10 \(test-8\): cross_border: "maybe" is neither yes nor no/),
    ]);
    expect(r.problems[0]).toMatchObject({ where: { kind: 'line', n: 3 }, field: 'kind', code: 'kindInvalid', params: { value: 'regio_dael' } });
  });

  it('never replaces what is loaded: an id already taken is reported, not overwritten', () => {
    const r = importInitiatives(`${header}\n${good}`, 'again.csv', ctx, new Set(['test-1']));
    expect(r.entries).toEqual([]);
    expect(r.problems[0]?.code).toBe('idTaken');
  });

  it('keeps HTML in text as text, and reads the fields', () => {
    const html = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const r = importInitiatives(`${header}\ntest-h,other,"${html}",,,,,,"${html}",,,no,https://example.org/`, 'h.csv', ctx, new Set());
    expect(r.entries[0]?.name).toBe(html);
    expect(r.entries[0]?.partners).toEqual([html]);
  });

  it('reads a full row: years, money, lists, unconfirmed codes, a point from the region', () => {
    const r = importInitiatives(`${header}\n${good.replace('NL213,yes', 'NL213?,yes')}`, 'x.csv', ctx, new Set());
    const e = r.entries[0];
    expect(e).toMatchObject({
      start: 2020, end: 2024, national: 1.5, total: 3, partners: ['A', 'B'], crossBorder: true,
      regions: [{ id: 'NL213', confirmed: false }],
    });
    expect(e?.topics).toEqual(['work', 'mobility']);
    expect(e?.point).toBeNull(); // an unconfirmed region gives no point
    const confirmed = importInitiatives(`${header}\n${good}`, 'x.csv', ctx, new Set()).entries[0];
    expect(confirmed?.point).toEqual({ lonLat: [6.8, 52.3], approximate: true, region: 'NL213' });
  });

  it('rejects a file whose header lacks required columns, or which is empty', () => {
    expect(importInitiatives('name,kind\nx,y', 'x.csv', ctx, new Set()).fileProblem).toMatchObject({
      code: 'headerMissing', params: { columns: 'id, cross_border, source_url' },
    });
    expect(importInitiatives('  ', 'x.csv', ctx, new Set()).fileProblem?.code).toBe('empty');
    // Saved with ";" as separator, as spreadsheets with Dutch or German settings do.
    expect(importInitiatives(`${COLUMNS.join(';')}\n`, 'x.csv', ctx, new Set()).fileProblem?.code).toBe('semicolons');
  });

  it('names columns it ignores', () => {
    const r = importInitiatives(`${header},colour\n${good},red`, 'x.csv', ctx, new Set());
    expect(r.ignoredColumns).toEqual(['colour']);
    expect(r.entries).toHaveLength(1);
  });
});

describe('importing GeoJSON', () => {
  const feature = (props: Record<string, unknown>, geometry: unknown = null) => ({ type: 'Feature', properties: props, geometry });
  const props = { id: 'test-g', kind: 'other', name: 'Synthetic point', cross_border: false, source_url: ['https://example.org/'], nuts3: [] };

  it('reads properties in the catalogue shape and a Point as an exact location', () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: [feature(props, { type: 'Point', coordinates: [6.9, 52.2] })] });
    const r = importInitiatives(text, 'mine.geojson', ctx, new Set());
    expect(r.problems).toEqual([]);
    expect(r.entries[0]).toMatchObject({ id: 'test-g', crossBorder: false, point: { lonLat: [6.9, 52.2], approximate: false } });
  });

  it('reports features it cannot read, and keeps the rest', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        feature(props),
        feature({ ...props, id: 'test-line' }, { type: 'LineString', coordinates: [[0, 0], [1, 1]] }),
        feature({ ...props, id: 'test-obj', name: { nl: 'x' } }),
        { type: 'Feature', geometry: null },
        feature({ ...props, id: 'test-far' }, { type: 'Point', coordinates: [400, 0] }),
      ],
    });
    const r = importInitiatives(text, 'mine.json', ctx, new Set());
    expect(r.rows).toBe(5);
    expect(r.entries.map((e) => e.id)).toEqual(['test-g']);
    expect(r.problems.map((p) => `${p.where.kind} ${p.where.n} ${p.field ?? ''} ${p.code}`)).toEqual([
      'feature 2 geometry geometryType', 'feature 3 name propertyType', 'feature 4  noProperties', 'feature 5 lon/lat pointInvalid',
    ]);
  });

  it('says what is wrong with a file that is not GeoJSON', () => {
    expect(importInitiatives('{"type":', 'x.geojson', ctx, new Set()).fileProblem?.code).toBe('notJson');
    expect(importInitiatives('{"type":"Feature"}', 'x.geojson', ctx, new Set()).fileProblem?.code).toBe('notFeatureCollection');
  });
});

describe('export', () => {
  it('gives back what was imported, as CSV and as GeoJSON (property)', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ž0-9 ,"'<>&=+@-]{1,20}$/).map((s) => s.trim()).filter((s) => s !== '' && !s.includes(';'));
    const row = fc.record({
      id: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
      kind: fc.constantFrom(...KINDS),
      name: word,
      start: fc.option(fc.integer({ min: 1950, max: 2030 }), { nil: null }),
      partners: fc.array(word, { maxLength: 3 }),
      codes: fc.subarray(['NL213', 'NL342?', 'DEA34']),
      cross: fc.boolean(),
      // + 0 turns -0 into 0, which is what a written number reads back as.
      point: fc.option(
        fc.tuple(fc.double({ min: -10, max: 20, noNaN: true }).map((x) => x + 0), fc.double({ min: 40, max: 60, noNaN: true })),
        { nil: null },
      ),
    });
    fc.assert(fc.property(fc.uniqueArray(row, { selector: (r) => r.id, minLength: 1, maxLength: 5 }), (rows) => {
      const csvText = exportCsv(rows.map((r) => ({
        id: r.id, kind: r.kind, name: r.name, start: r.start, end: null, national: null, total: null, themes: [], tranche: null, topics: [],
        partners: r.partners, places: [], regions: r.codes.map((c) => ({ id: c.replace('?', ''), confirmed: !c.endsWith('?') })),
        crossBorder: r.cross, sources: ['https://example.org/x'], point: r.point ? {
          lonLat: r.point, approximate: false, region: null,
        } : null, origin: 'imported' as const,
      })));
      const first = importInitiatives(csvText, 'a.csv', ctx, new Set());
      expect(first.problems).toEqual([]);
      const again = importInitiatives(exportCsv(first.entries), 'b.csv', ctx, new Set());
      const viaGeo = importInitiatives(exportGeoJson(first.entries), 'c.geojson', ctx, new Set());
      const strip = (xs: typeof first.entries) => xs.map((e) => ({ ...e, raw: undefined }));
      expect(strip(again.entries)).toEqual(strip(first.entries));
      expect(strip(viaGeo.entries)).toEqual(strip(first.entries));
      expect(first.entries.map((e) => e.point?.lonLat ?? null)).toEqual(rows.map((r) => r.point));
    }), { numRuns: 60 });
  });
});

describe('what a user sees of an import', () => {
  it('names the line a record starts on, also after a field that spans lines', () => {
    const text = `${header}\ntest-a,other,"A name\nover\nthree lines",,,,,,,,,no,https://example.org/\n`
      + 'test-b,deal,B,,,,,,,,,no,https://example.org/\n';
    const r = importInitiatives(text, 'x.csv', ctx, new Set());
    expect(r.entries.map((e) => e.id)).toEqual(['test-a']);
    expect(r.problems[0]?.where).toEqual({ kind: 'line', n: 5 });
  });

  it('keeps the very row an entry was read from, not a later one with the same id', () => {
    const text = `${header}\ntest-x,other,Good row,,,,,,,,NL213,no,https://example.org/\ntest-x,other,Second row,,,,,,,,,no,javascript:alert(1)\n`;
    const r = importInitiatives(text, 'x.csv', ctx, new Set());
    expect(r.entries).toHaveLength(1);
    expect(r.entries[0]?.raw?.name).toBe('Good row');
    expect(exportCsv(r.entries)).not.toContain('Second row');
  });

  it('defuses cells a spreadsheet would run as formulas, and reads them back as they were', () => {
    const text = `${header}\ntest-f,other,"=HYPERLINK(""http://x"")",,,,,,@partner,,,no,https://example.org/\n`;
    const r = importInitiatives(text, 'x.csv', ctx, new Set());
    const out = exportCsv(r.entries);
    expect(out).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(out).toContain(`'@partner`);
    const back = importInitiatives(out, 'y.csv', ctx, new Set()).entries[0];
    expect(back?.name).toBe('=HYPERLINK("http://x")');
    expect(back?.partners).toEqual(['@partner']);
  });

  it('skips blank lines', () => {
    expect(importInitiatives(`${header}\n\n${good}\n\n`, 'x.csv', ctx, new Set()).rows).toBe(1);
  });
});
