/** The geo build run on the real inputs (atlas package, geo/data), for tests. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topology } from 'topojson-specification';
import { LEVELS, type Level } from './config.ts';
import { loadAtlasTopology } from './atlas.ts';
import { buildAll, type BuildInput } from './pipeline.ts';

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');

export async function realInput(): Promise<BuildInput> {
  const topologies = {} as Record<Level, Topology>;
  for (const level of LEVELS) topologies[level] = await loadAtlasTopology(level);
  return {
    topologies,
    atlasVersion: 'test',
    inputsHash: 'test',
    areasCsv: readFileSync(join(dataDir, 'areas.csv'), 'utf8'),
    areasMeta: JSON.parse(readFileSync(join(dataDir, 'areas.meta.json'), 'utf8')) as unknown,
    indicatorsCsv: readFileSync(join(dataDir, 'indicators.csv'), 'utf8'),
    indicatorsMeta: JSON.parse(readFileSync(join(dataDir, 'indicators.meta.json'), 'utf8')) as unknown,
    initiativesCsv: readFileSync(join(dataDir, 'initiatives.csv'), 'utf8'),
    initiativesMeta: JSON.parse(readFileSync(join(dataDir, 'initiatives.meta.json'), 'utf8')) as unknown,
  };
}

export async function realBuild(): Promise<{ input: BuildInput; files: Map<string, string> }> {
  const input = await realInput();
  return { input, files: buildAll(input) };
}
