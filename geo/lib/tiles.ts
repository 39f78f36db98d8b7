/**
 * Pre-tiled geometry: the served regions of every level, the four countries and the context
 * countries cut into Mapbox Vector Tiles (MVT) at build time, written as a plain folder
 * `tiles/{z}/{x}/{y}.pbf`. The map's worker then decodes the few tiles in view instead of
 * tiling whole GeoJSON files on every load (geojson-vt at run time cost 1.6 s here).
 *
 * A folder, not one PMTiles archive: a service worker's Cache API cannot store the HTTP 206
 * answers an archive is read with, and plain files precache like any other file (offline, next).
 *
 * Tiles are cut by the same library MapLibre uses for GeoJSON sources (@maplibre/geojson-vt),
 * so simplification per zoom is what the app drew before, and encoded by @maplibre/vt-pbf.
 */
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { TILE_BOUNDS, TILE_LAYERS, TILE_MAX_ZOOM, tileRange } from '../../src/model/tiles.ts';

/** Properties in the tiles: the NUTS id (feature-state is keyed by it), country and level. */
export interface TileProps {
  id: string;
  country: string;
  level: number;
}

export interface TileInput {
  /** Regions of NL, BE, DE and LU at levels 0-3, as served (quantized) with their level. */
  regions: Feature<Polygon | MultiPolygon, TileProps>[];
  /** Neighbouring countries (level 0), drawn as a quiet backdrop. */
  context: Feature<Polygon | MultiPolygon, TileProps>[];
  /** The land borders NL-DE and NL-BE, as in border.json (drawn as the border overlay). */
  border: Feature<MultiLineString, { pair: string }>[];
}

/** Extent and buffer of each tile in tile units (4096 over the 512 px a tile is drawn at). */
export const EXTENT = 4096;
const BUFFER = 64;

/** Every tile of the tile range, keyed `z/x/y`; tiles with nothing in them are empty (0 bytes). */
export function buildTiles(input: TileInput): Map<string, Uint8Array> {
  const options = { maxZoom: TILE_MAX_ZOOM, indexMaxZoom: TILE_MAX_ZOOM, extent: EXTENT, buffer: BUFFER, tolerance: 3 };
  const collection = (features: TileInput['regions']): FeatureCollection => ({ type: 'FeatureCollection', features });
  const indexes = {
    [TILE_LAYERS.regions]: new GeoJSONVT(collection(input.regions), options),
    [TILE_LAYERS.context]: new GeoJSONVT(collection(input.context), options),
    [TILE_LAYERS.border]: new GeoJSONVT({ type: 'FeatureCollection', features: input.border }, options),
  };
  const tiles = new Map<string, Uint8Array>();
  for (let z = 0; z <= TILE_MAX_ZOOM; z++) {
    const { minX, maxX, minY, maxY } = tileRange(z, TILE_BOUNDS);
    for (let x = minX; x <= maxX; x++) {
      for (let y = minY; y <= maxY; y++) {
        const layers: Record<string, GeoJSONVTTile> = {};
        for (const [name, index] of Object.entries(indexes)) {
          const tile = index.getTile(z, x, y);
          if (tile && tile.features.length > 0) layers[name] = tile;
        }
        // Every tile in range exists, so no request falls through to a server's HTML fallback.
        tiles.set(`${z}/${x}/${y}`, Object.keys(layers).length > 0 ? fromGeojsonVt(layers, { version: 2, extent: EXTENT }) : new Uint8Array());
      }
    }
  }
  return tiles;
}

/** Writes tiles as `dir/{z}/{x}/{y}.pbf` and returns the bytes written. */
export function writeTileFolder(dir: string, tiles: ReadonlyMap<string, Uint8Array>): number {
  let bytes = 0;
  for (const [zxy, data] of tiles) {
    const file = join(dir, `${zxy}.pbf`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, data);
    bytes += data.byteLength;
  }
  return bytes;
}
