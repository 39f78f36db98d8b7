import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { MapTheme } from '../../theme/theme';

export const REGION_FILL_LAYER = 'regions-fill';
/** The hatch image for regions without a figure (added to the map by MapView). */
export const NO_DATA_PATTERN = 'hatch-nodata';

/**
 * Fill colour: the colour the map component puts in feature-state "c" (an indicator's class or
 * ramp colour), else a quiet tint per country; hover through feature-state too. The expression
 * never changes, so recolouring never re-tiles the source: only states change.
 */
export function regionFillColor(theme: MapTheme): ExpressionSpecification {
  const byCountry = ['match', ['get', 'country'], ...Object.entries(theme.regionFill).flat(), '#eeeeee'] as unknown as ExpressionSpecification;
  return ['case', ['boolean', ['feature-state', 'hover'], false], theme.regionFillHover, ['coalesce', ['feature-state', 'c'], byCountry]];
}

/** Regions drawn: fill (the click and hover target), "no data" hatching by feature-state, boundaries. */
export function regionLayers(sourceId: string, theme: MapTheme): LayerSpecification[] {
  return [
    { id: REGION_FILL_LAYER, type: 'fill', source: sourceId, paint: { 'fill-color': regionFillColor(theme), 'fill-opacity': 1 } },
    {
      id: 'regions-nodata',
      type: 'fill',
      source: sourceId,
      paint: { 'fill-pattern': NO_DATA_PATTERN, 'fill-opacity': ['case', ['boolean', ['feature-state', 'nodata'], false], 1, 0] },
    },
    {
      id: 'regions-line',
      type: 'line',
      source: sourceId,
      paint: { 'line-color': theme.regionLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.4, 9, 1.2] },
    },
  ];
}

export function countryLayers(sourceId: string, theme: MapTheme): LayerSpecification[] {
  return [
    {
      id: 'countries-line',
      type: 'line',
      source: sourceId,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': theme.countryLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.2, 9, 2.5] },
    },
  ];
}

/** Outline of the selected region, from a one-feature source (works at any level). */
export function selectionLayers(sourceId: string, theme: MapTheme): LayerSpecification[] {
  return [
    {
      id: 'selection-line',
      type: 'line',
      source: sourceId,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': theme.selection, 'line-width': 3.5 },
    },
  ];
}
