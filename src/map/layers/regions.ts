import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { MapTheme } from '../theme';
import type { RegionColouring } from '../design';

export const REGION_FILL_LAYER = 'regions-fill';
/** The hatch image for regions without a figure (added to the map by MapView). */
export const NO_DATA_PATTERN = 'hatch-nodata';

/**
 * Fill colour: by indicator value (feature-state "v", set per region by the map component) when
 * one is chosen, else a quiet tint per country; hover through feature-state too. Changing the
 * indicator, year or classes changes states and this expression, never the geometry.
 */
export function regionFillColor(theme: MapTheme, colouring: RegionColouring | null): ExpressionSpecification {
  const hover: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
  if (!colouring) {
    const byCountry = ['match', ['get', 'country'], ...Object.entries(theme.regionFill).flat(), '#eeeeee'] as unknown as ExpressionSpecification;
    return ['case', hover, theme.regionFillHover, byCountry];
  }
  const v: ExpressionSpecification = ['to-number', ['feature-state', 'v'], 0];
  const byValue = (colouring.kind === 'classes'
    ? ['step', v, colouring.colours[0] ?? theme.noData, ...colouring.breaks.flatMap((b, i) => [b, colouring.colours[i + 1] ?? theme.noData])]
    : colouring.stops.length > 1
      ? ['interpolate', ['linear'], v, ...colouring.stops.flat()]
      : (colouring.stops[0]?.[1] ?? theme.noData)) as unknown as ExpressionSpecification;
  const hasValue: ExpressionSpecification = ['==', ['typeof', ['feature-state', 'v']], 'number'];
  return ['case', hover, theme.regionFillHover, hasValue, byValue, theme.noData];
}

/** Regions drawn: fill (the click and hover target), "no data" hatching, thin boundaries. */
export function regionLayers(sourceId: string, theme: MapTheme, colouring: RegionColouring | null = null): LayerSpecification[] {
  const noData: LayerSpecification[] = colouring
    ? [{ id: 'regions-nodata', type: 'fill', source: sourceId, filter: ['in', ['get', 'id'], ['literal', [...colouring.noData]]], paint: { 'fill-pattern': NO_DATA_PATTERN } }]
    : [];
  return [
    { id: REGION_FILL_LAYER, type: 'fill', source: sourceId, paint: { 'fill-color': regionFillColor(theme, colouring), 'fill-opacity': 1 } },
    ...noData,
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
