import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { MapTheme } from '../../theme/theme';
import { TILE_LAYERS } from '../../model/tiles';
import { drawnFilter, type DrawnRegions } from '../drawn';

/** The tiles' layer of regions (all levels; level 0 are the four countries). */
const REGIONS = TILE_LAYERS.regions;

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

/**
 * Regions drawn: fill (the click and hover target), "no data" hatching by feature-state, boundaries.
 * The hatching is hidden while no drawn region lacks a figure: a hidden layer gets no bucket in the
 * worker, so tiles are cut without a pattern (nor the round trip for its image) on the way to the
 * first frame.
 */
export function regionLayers(sourceId: string, theme: MapTheme, drawn: DrawnRegions, noData = true): LayerSpecification[] {
  const on = { source: sourceId, 'source-layer': REGIONS, filter: drawnFilter(drawn) };
  return [
    { id: REGION_FILL_LAYER, type: 'fill', ...on, paint: { 'fill-color': regionFillColor(theme), 'fill-opacity': 1 } },
    {
      id: 'regions-nodata',
      type: 'fill',
      ...on,
      layout: { visibility: noData ? 'visible' : 'none' },
      paint: { 'fill-pattern': NO_DATA_PATTERN, 'fill-opacity': ['case', ['boolean', ['feature-state', 'nodata'], false], 1, 0] },
    },
    {
      id: 'regions-line',
      type: 'line',
      ...on,
      paint: {
        'line-color': theme.regionLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.4 * theme.scale.line, 9, 1.2 * theme.scale.line],
      },
    },
  ];
}

export function countryLayers(sourceId: string, theme: MapTheme): LayerSpecification[] {
  return [
    {
      id: 'countries-line',
      type: 'line',
      source: sourceId,
      'source-layer': REGIONS,
      filter: ['==', ['get', 'level'], 0],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': theme.countryLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 1.2 * theme.scale.line, 9, 2.5 * theme.scale.line],
      },
    },
  ];
}

/**
 * Outline of the selected region, at any level, whatever level is drawn: the tiles hold every
 * level, so a selection changes only this filter (always there, matching nothing when none).
 */
export function selectionLayers(sourceId: string, theme: MapTheme, selected: string | null): LayerSpecification[] {
  return [
    {
      id: 'selection-line',
      type: 'line',
      source: sourceId,
      'source-layer': REGIONS,
      filter: ['==', ['get', 'id'], selected ?? ''],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': theme.selection, 'line-width': 3.5 * theme.scale.line },
    },
  ];
}
