/**
 * Distance bands as data: the default (50 km) comes precomputed in border.json; any other outer
 * distance is computed by a web worker, cached per distance by TanStack Query. While the slider
 * moves, only the distance it rests on (debounced) is computed, so the worker never queues up.
 */
import { useEffect, useState } from 'react';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { wrap, type Remote } from 'comlink';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { BandsApi } from '../model/border/bands.worker';
import type { BandFeature } from '../model/border/geometry';
import { OUTER_KM } from '../state/overlays';
import { useAppStore } from '../state/context';
import { borderQuery, dataKeys } from './queries';

type Bands = FeatureCollection<MultiPolygon, BandFeature['properties']>;

let worker: { api: Remote<BandsApi>; failed: Promise<never> } | null = null;

function bandsWorker(): { api: Remote<BandsApi>; failed: Promise<never> } {
  if (!worker) {
    const w = new Worker(new URL('../model/border/bands.worker.ts', import.meta.url), { type: 'module' });
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

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const id = window.setTimeout(() => { setSettled(value); }, ms);
    return () => { window.clearTimeout(id); };
  }, [value, ms]);
  return settled;
}

export interface BandsState {
  /** The bands to draw: the computed ones, or the last ones while new ones compute. */
  bands: Bands | null;
  /** Band edges of `bands`, which the legend must describe (not the requested distance). */
  edgesKm: number[] | null;
  pending: boolean;
  error: Error | null;
  retry: () => void;
}

export function useBands(): BandsState {
  const outerKm = useAppStore((s) => s.overlays.outerKm);
  const shown = useAppStore((s) => s.overlays.bands.some(Boolean));
  const settled = useDebounced(outerKm, 150);
  const border = useQuery(borderQuery()).data;
  const custom = settled !== OUTER_KM.default;
  const q = useQuery({ ...bandsQuery(settled), enabled: custom && shown, placeholderData: keepPreviousData });
  const bands = (custom ? q.data : undefined) ?? border?.bands ?? null;
  return {
    bands,
    edgesKm: bands ? bands.features.map((f) => f.properties.toKm) : null,
    pending: shown && (outerKm !== settled || (custom && q.isFetching)),
    error: custom && shown ? q.error : null,
    retry: () => { void q.refetch(); },
  };
}
