/**
 * The vector tiles on the real build input: every region of every level is in the tiles with its
 * NUTS id (feature-state colours and selection depend on it), the tile range is complete, and the
 * tile helpers agree with the Web Mercator scheme MapLibre reads.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { realInput } from './fixture.ts';
import { servedLevels, tileInput } from './pipeline.ts';
import { buildTiles } from './tiles.ts';
import { buildBorderProduct } from './border.ts';
import { TILE_BOUNDS, TILE_LAYERS, TILE_MAX_ZOOM, tileOf, tileRange } from '../../src/model/tiles.ts';

describe('tile coordinates', () => {
  it('finds the tile of a place as MapLibre does (XYZ, Web Mercator)', () => {
    expect(tileOf(0, 0, 1)).toEqual([1, 1]);
    expect(tileOf(6.89, 52.22, 8)).toEqual([132, 84]); // Enschede
    expect(tileOf(-180, 85.05, 3)).toEqual([0, 0]);
  });
  it('covers the bounds with inclusive ranges', () => {
    expect(tileRange(0, TILE_BOUNDS)).toEqual({ minX: 0, maxX: 0, minY: 0, maxY: 0 });
    const r = tileRange(6, TILE_BOUNDS);
    expect(r.minX).toBeLessThan(r.maxX);
    expect(r.minY).toBeLessThan(r.maxY);
  });
});

describe('buildTiles on the real boundaries', () => {
  let tiles: Map<string, Uint8Array>;
  let ids: Map<number, Set<string>>;
  beforeAll(async () => {
    const input = await realInput();
    const served = servedLevels(input.topologies);
    // The border lines only matter for the border layer here; the real product computes them.
    const lines = (buildBorderProduct(served.topologies.get(0) as never, [], new Map(), [10])).lines;
    tiles = buildTiles(tileInput(served, lines));
    ids = new Map();
    for (const level of [0, 1, 2, 3]) {
      ids.set(level, new Set(served.regions.filter((r) => r.properties.LEVL_CODE === level).map((r) => r.properties.NUTS_ID)));
    }
  }, 120_000);

  it('writes every tile of the range, empty ones as empty files', () => {
    let expected = 0;
    for (let z = 0; z <= TILE_MAX_ZOOM; z++) {
      const r = tileRange(z, TILE_BOUNDS);
      expected += (r.maxX - r.minX + 1) * (r.maxY - r.minY + 1);
    }
    expect(tiles.size).toBe(expected);
    expect([...tiles.values()].some((t) => t.byteLength === 0)).toBe(true);
  });

  it('keeps every region of every level, with its id, country and level, at the deepest zoom', () => {
    const seen = new Map<number, Set<string>>();
    for (const [zxy, data] of tiles) {
      if (!zxy.startsWith(`${TILE_MAX_ZOOM}/`) || data.byteLength === 0) continue;
      const layer = new VectorTile(new PbfReader(data)).layers[TILE_LAYERS.regions];
      for (let i = 0; i < (layer?.length ?? 0); i++) {
        const p = layer?.feature(i).properties ?? {};
        expect(typeof p.id).toBe('string');
        expect(String(p.id).startsWith(String(p.country))).toBe(true);
        const level = Number(p.level);
        if (!seen.has(level)) seen.set(level, new Set());
        seen.get(level)?.add(String(p.id));
      }
    }
    for (const level of [0, 1, 2, 3]) expect(seen.get(level)).toEqual(ids.get(level));
    expect(ids.get(3)?.size).toBe(486);
  });

  it('draws the whole area in view at the default zoom from the neighbours and the border too', () => {
    const tile = tiles.get('6/33/21'); // Twente, the Achterhoek and the Münsterland
    expect(tile?.byteLength).toBeGreaterThan(0);
    const layers = new VectorTile(new PbfReader(tile ?? new Uint8Array())).layers;
    expect(Object.keys(layers).sort()).toEqual([TILE_LAYERS.border, TILE_LAYERS.context, TILE_LAYERS.regions].sort());
  });
});
