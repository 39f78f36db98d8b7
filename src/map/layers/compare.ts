import type { FeatureCollection, Point } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { MapTheme } from '../../theme/theme';
import { TILE_LAYERS } from '../../model/tiles';

export interface CompareBadgeProps {
  n: number;
  label: string;
}

/** The places compared: the regions that outline them (any level, or an area's members) and a numbered badge each. */
export interface CompareInput {
  ids: readonly string[];
  badges: FeatureCollection<Point, CompareBadgeProps>;
}

/**
 * The places compared, outlined in dark ink on a white casing (apart from the selection's magenta)
 * and numbered as in the table. The outline filters the tiles by id without a level, so places of
 * different levels are all drawn.
 */
export function compareLayers(tileSource: string, badgeSource: string, theme: MapTheme, ids: readonly string[]): LayerSpecification[] {
  const filter: ['in', ['get', string], ['literal', string[]]] = ['in', ['get', 'id'], ['literal', [...ids]]];
  const { ink, casing } = theme.compare;
  return [
    {
      id: 'compare-casing', type: 'line', source: tileSource, 'source-layer': TILE_LAYERS.regions, filter,
      layout: { 'line-join': 'round' }, paint: { 'line-color': casing, 'line-width': 5 },
    },
    {
      id: 'compare-line', type: 'line', source: tileSource, 'source-layer': TILE_LAYERS.regions, filter,
      layout: { 'line-join': 'round' }, paint: { 'line-color': ink, 'line-width': 2.5 },
    },
    {
      id: 'compare-badge', type: 'circle', source: badgeSource,
      paint: { 'circle-radius': 11, 'circle-color': ink, 'circle-stroke-color': casing, 'circle-stroke-width': 2 },
    },
    {
      id: 'compare-number', type: 'symbol', source: badgeSource,
      layout: {
        'text-field': ['get', 'label'], 'text-font': [theme.font], 'text-size': 13,
        // A place's number is never dropped for a region name.
        'text-allow-overlap': true, 'text-ignore-placement': true,
      },
      paint: { 'text-color': casing },
    },
  ];
}
