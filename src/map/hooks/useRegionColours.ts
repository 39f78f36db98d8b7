/**
 * Indicator colours as feature-state ("c", and "nodata" for regions without a figure): a change
 * of indicator, year, reference or classes changes only states, never the style or the geometry.
 * Then the first frame drawn after it is marked, for outside timing (grensatlas:recoloured).
 */
import { useEffect, useRef } from 'react';
import type * as maplibregl from 'maplibre-gl';
import { lightTheme } from '../../theme/theme';
import { SOURCES } from '../design';
import { MARKS } from '../marks';
import { TILE_LAYERS } from '../../model/tiles';

/** A region in the tiles, as feature-state addresses it. */
export interface RegionFeature {
  source: string;
  sourceLayer: string;
  id: string;
}

/** The part of maplibre-gl's Map that feature states need (and tests fake). */
export interface FeatureStateLike {
  getSource(id: string): unknown;
  setFeatureState(feature: RegionFeature, state: Record<string, unknown>): void;
  removeFeatureState(feature: RegionFeature, key?: string): void;
}

/** Sets each region's colour (or "no data"), or clears them all without colours; false when the source is not there. */
export function setRegionColours(
  map: FeatureStateLike, source: string, ids: readonly string[], colours: ReadonlyMap<string, string | null> | null, noData: string,
): boolean {
  if (!map.getSource(source)) return false;
  const sourceLayer = TILE_LAYERS.regions;
  for (const id of ids) {
    if (!colours) {
      map.removeFeatureState({ source, sourceLayer, id }, 'c');
      map.removeFeatureState({ source, sourceLayer, id }, 'nodata');
      continue;
    }
    const c = colours.get(id) ?? null;
    map.setFeatureState({ source, sourceLayer, id }, { c: c ?? noData, nodata: c === null });
  }
  return true;
}

export function useRegionColours(
  map: maplibregl.Map | null, drawnKey: string | undefined, ids: readonly string[] | undefined, colours: ReadonlyMap<string, string | null> | null,
): void {
  const colourKeyRef = useRef<string | null>(null);
  useEffect(() => {
    if (!map || drawnKey === undefined || !ids) return;
    if (!setRegionColours(map, SOURCES.nuts, ids, colours, lightTheme.noData)) return;
    const key = JSON.stringify([drawnKey, colours ? [...colours] : null]);
    if (colourKeyRef.current !== null && colourKeyRef.current !== key) {
      // The app's own share of a recolour (React, model, states): the rest is MapLibre drawing.
      performance.mark(MARKS.coloursSet);
      map.once('idle', () => { performance.mark(MARKS.recoloured); });
    }
    colourKeyRef.current = key;
  }, [map, drawnKey, ids, colours]);
}
