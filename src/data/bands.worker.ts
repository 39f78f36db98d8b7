/**
 * Recomputes the distance bands for another outer distance off the main thread, so the page
 * stays responsive. Same geometry code as the geo build (geometry.ts); inputs are the app's own
 * data files (border lines, land of NL, BE, DE and LU).
 */
import { expose } from 'comlink';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Paths64 } from 'clipper2-ts';
import { fetchValid } from './queries';
import { borderProductSchema, levelTopologySchema } from '../model/schemas';
import { bandFeatures, distanceBands, projectLines, projectPolygons, type BandFeature } from '../model/border/geometry';
import { edgesFor } from '../model/border/types';

let inputs: Promise<{ lines: Paths64; land: Paths64 }> | null = null;

function loadInputs(): Promise<{ lines: Paths64; land: Paths64 }> {
  inputs ??= (async () => {
    const [border, topo] = await Promise.all([fetchValid('border.json', borderProductSchema), fetchValid('nuts0.topo.json', levelTopologySchema)]);
    const t = topo as unknown as Topology;
    const land = feature(t, t.objects.regions as GeometryCollection).features.flatMap((f) => projectPolygons(f.geometry as Polygon | MultiPolygon));
    return { lines: border.lines.features.flatMap((f) => projectLines(f.geometry)), land };
  })();
  inputs.catch(() => { inputs = null; }); // a failed load may be retried
  return inputs;
}

const api = {
  /** Loads and projects the inputs ahead of the first recompute (called when the layer panel opens). */
  async warm(): Promise<void> {
    const { lines, land } = await loadInputs();
    // One small run compiles the clipping code, so the user's first change is as fast as later ones.
    distanceBands(lines, land, [1, 2, 5]);
  },
  async bands(outerKm: number): Promise<{ bands: FeatureCollection<MultiPolygon, BandFeature['properties']>; ms: number }> {
    const { lines, land } = await loadInputs();
    const started = performance.now();
    const edges = edgesFor(outerKm);
    const bands: FeatureCollection<MultiPolygon, BandFeature['properties']> = {
      type: 'FeatureCollection', features: bandFeatures(distanceBands(lines, land, edges), edges),
    };
    return { bands, ms: performance.now() - started };
  },
};

export type BandsApi = typeof api;
expose(api);
