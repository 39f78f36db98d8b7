/**
 * Distance bands for another outer distance than the default, computed by a web worker and
 * cached per distance by TanStack Query (the default comes precomputed in border.json).
 */
import { queryOptions } from '@tanstack/react-query';
import { wrap, type Remote } from 'comlink';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { BandsApi } from './bands.worker';
import type { BandFeature } from '../model/border/geometry';
import { dataKeys } from './queries';

export type Bands = FeatureCollection<MultiPolygon, BandFeature['properties']>;

let worker: { api: Remote<BandsApi>; failed: Promise<never> } | null = null;

function bandsWorker(): { api: Remote<BandsApi>; failed: Promise<never> } {
  if (!worker) {
    const w = new Worker(new URL('./bands.worker.ts', import.meta.url), { type: 'module' });
    // A worker that fails to load never answers: turn its error event into a rejection.
    const failed = new Promise<never>((_, reject) => {
      w.addEventListener('error', (e) => {
        worker = null; // the next attempt starts a fresh worker
        reject(new Error(e.message || 'the zone worker could not start'));
      });
    });
    failed.catch(() => undefined);
    worker = { api: wrap<BandsApi>(w), failed };
  }
  return worker;
}

export function bandsQuery(outerKm: number) {
  return queryOptions({
    queryKey: [...dataKeys.border(), 'bands', outerKm] as const,
    queryFn: async (): Promise<Bands> => {
      const started = performance.now();
      const { api, failed } = bandsWorker();
      const result = await Promise.race([api.bands(outerKm), failed]);
      // For `npm run bench`: how long a recompute takes, from the request to the result.
      performance.measure('grensatlas:bands', { start: started, end: performance.now(), detail: { outerKm, workerMs: result.ms } });
      return result.bands;
    },
    staleTime: Infinity,
    retry: false,
  });
}

/** Starts the worker and loads its inputs before the user first moves the distance slider. */
export function warmBandsWorker(): void {
  if (performance.getEntriesByName('grensatlas:bands-ready').length > 0) return;
  const started = performance.now();
  const { api, failed } = bandsWorker();
  Promise.race([api.warm(), failed]).then(() => {
    performance.measure('grensatlas:bands-ready', { start: started, end: performance.now() });
  }).catch(() => {
    // A failure here surfaces (with its message) on the first real recompute.
  });
}
