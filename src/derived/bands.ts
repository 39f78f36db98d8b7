/**
 * The distance bands to draw: the default (50 km) comes precomputed in border.json; any other
 * outer distance is computed by the data layer's worker. While the slider moves, only the
 * distance it rests on (debounced) is computed, so the worker never queues up.
 */
import { useEffect, useMemo, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { borderQuery } from '../data/queries';
import { bandsQuery, type Bands } from '../data/zones';
import { OUTER_KM } from '../state/overlays';
import { useAppStore } from '../state/context';

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

export function useBandsModel(): BandsState {
  const outerKm = useAppStore((s) => s.overlays.outerKm);
  const shown = useAppStore((s) => s.overlays.bands.some(Boolean));
  const settled = useDebounced(outerKm, 150);
  // The default bands come with the border metrics, which the first frame does not need.
  const firstFrame = useAppStore((s) => s.view.firstFrame);
  const border = useQuery({ ...borderQuery(), enabled: firstFrame }).data;
  const custom = settled !== OUTER_KM.default;
  const q = useQuery({ ...bandsQuery(settled), enabled: custom && shown, placeholderData: keepPreviousData });
  const bands = (custom ? q.data : undefined) ?? border?.bands ?? null;
  const pending = shown && (outerKm !== settled || (custom && q.isFetching));
  const error = custom && shown ? q.error : null;
  const { refetch } = q;
  return useMemo(() => ({
    bands,
    edgesKm: bands ? bands.features.map((f) => f.properties.toKm) : null,
    pending,
    error,
    retry: () => { void refetch(); },
  }), [bands, pending, error, refetch]);
}
