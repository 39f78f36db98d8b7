/**
 * Distance bands as data: the default (50 km) comes precomputed in border.json; any other outer
 * distance is computed by a web worker, cached per distance by TanStack Query.
 */
import { queryOptions } from '@tanstack/react-query';
import { wrap, type Remote } from 'comlink';
import type { BandsApi } from '../model/border/bands.worker';
import { dataKeys } from './queries';

let worker: Remote<BandsApi> | null = null;

function bandsWorker(): Remote<BandsApi> {
  worker ??= wrap<BandsApi>(new Worker(new URL('../model/border/bands.worker.ts', import.meta.url), { type: 'module' }));
  return worker;
}

export function bandsQuery(outerKm: number) {
  return queryOptions({
    queryKey: [...dataKeys.border(), 'bands', outerKm] as const,
    queryFn: async () => {
      const started = performance.now();
      const result = await bandsWorker().bands(outerKm);
      // For `npm run bench`: how long a recompute takes, from the request to the result.
      performance.measure('grensatlas:bands', { start: started, end: performance.now(), detail: { outerKm, workerMs: result.ms } });
      return result.bands;
    },
    staleTime: Infinity,
  });
}

/** Starts the worker and loads its inputs before the user first moves the distance slider. */
export function warmBandsWorker(): void {
  if (performance.getEntriesByName('grensatlas:bands-ready').length > 0) return;
  const started = performance.now();
  bandsWorker().warm().then(() => {
    performance.measure('grensatlas:bands-ready', { start: started, end: performance.now() });
  }).catch(() => {
    // A failure here surfaces (with its message) on the first real recompute.
  });
}
