import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { MapTheme } from '../theme';

export const REGION_FILL_LAYER = 'regions-fill';

/** Fill colour per country; hover through feature-state, so hovering never touches the data. */
export function regionFillColor(theme: MapTheme): ExpressionSpecification {
  const byCountry: ExpressionSpecification = ['match', ['get', 'country'], ...Object.entries(theme.regionFill).flat(), '#eeeeee'] as unknown as ExpressionSpecification;
  return ['case', ['boolean', ['feature-state', 'hover'], false], theme.regionFillHover, byCountry];
}

/** Regions of the current level: fill (the click and hover target) and thin boundaries. */
export function regionLayers(sourceId: string, theme: MapTheme): LayerSpecification[] {
  return [
    { id: REGION_FILL_LAYER, type: 'fill', source: sourceId, paint: { 'fill-color': regionFillColor(theme), 'fill-opacity': 1 } },
    {
      id: 'regions-line',
      type: 'line',
      source: sourceId,
      paint: { 'line-color': theme.regionLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.4, 9, 1.2] },
    },
  ];
}

/** National borders of NL, BE, DE and LU, drawn over every level. */
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
