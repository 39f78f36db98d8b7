import type { LayerSpecification, LineLayerSpecification } from 'maplibre-gl';
import type { MapTheme } from '../../theme/theme';
import { TILE_LAYERS } from '../../model/tiles';
import { drawnAnd, type DrawnRegions } from '../drawn';

export const INITIATIVE_POINT_LAYER = 'initiatives-point';
export const INITIATIVE_CLUSTER_LAYER = 'initiatives-cluster';

/**
 * Initiatives with a point: clusters with their size, single points as dots. A point placed at
 * its region's centre (the facts give no coordinates) is a ring, an exact one a filled dot, and
 * a cluster of such guesses a ring with its count; the hovered or opened one gets a ring in the
 * highlight colour.
 */
export function initiativePointLayers(sourceId: string, theme: MapTheme, hover: string | null): LayerSpecification[] {
  const { ink, casing } = theme.initiative;
  return [
    {
      id: INITIATIVE_CLUSTER_LAYER,
      type: 'circle',
      source: sourceId,
      filter: ['has', 'point_count'],
      // A cluster of guessed points (region centres only) is drawn as a ring, like a single one.
      paint: {
        'circle-color': ['case', ['==', ['get', 'exact'], 0], casing, ink],
        'circle-radius': ['step', ['get', 'point_count'], 11, 5, 14, 10, 17],
        'circle-stroke-color': ['case', ['==', ['get', 'exact'], 0], ink, casing],
        'circle-stroke-width': 2.5,
      },
    },
    {
      id: 'initiatives-cluster-count',
      type: 'symbol',
      source: sourceId,
      filter: ['has', 'point_count'],
      layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-font': [theme.font], 'text-size': 12, 'text-allow-overlap': true },
      paint: { 'text-color': ['case', ['==', ['get', 'exact'], 0], ink, casing] },
    },
    {
      id: INITIATIVE_POINT_LAYER,
      type: 'circle',
      source: sourceId,
      filter: ['!', ['has', 'point_count']],
      paint: {
        'circle-color': ['case', ['get', 'approx'], casing, ink],
        'circle-radius': 6,
        'circle-stroke-color': ['case', ['get', 'approx'], ink, casing],
        'circle-stroke-width': 2.5,
      },
    },
    {
      id: 'initiatives-point-hover',
      type: 'circle',
      source: sourceId,
      filter: ['==', ['get', 'id'], hover ?? ''],
      paint: { 'circle-color': 'rgba(0,0,0,0)', 'circle-radius': 10, 'circle-stroke-color': theme.initiative.hover, 'circle-stroke-width': 3 },
    },
  ];
}

/** A badge per region with the number of initiatives located in it ("4", or "4+2?" with unconfirmed ones). */
export function initiativeCountLayers(sourceId: string, theme: MapTheme): LayerSpecification[] {
  const { ink, casing } = theme.initiative;
  return [
    {
      id: 'initiatives-count-badge',
      type: 'circle',
      source: sourceId,
      paint: {
        'circle-color': casing, 'circle-radius': ['case', ['get', 'approx'], 14, 11], 'circle-stroke-color': ink, 'circle-stroke-width': 1.5,
        'circle-translate': [0, -16],
      },
    },
    {
      id: 'initiatives-count-text',
      type: 'symbol',
      source: sourceId,
      layout: {
        'text-field': ['get', 'label'], 'text-font': [theme.font], 'text-size': 11, 'text-allow-overlap': true, 'text-ignore-placement': true,
      },
      paint: { 'text-color': ink, 'text-translate': [0, -16] },
    },
  ];
}

/** The regions of the hovered or opened initiative: a dark line on a white casing, dashed where unconfirmed. */
export function initiativeHighlightLayers(
  regionSource: string, theme: MapTheme, drawn: DrawnRegions, confirmed: readonly string[], unconfirmed: readonly string[],
): LayerSpecification[] {
  const line = (id: string, ids: readonly string[], paint: LineLayerSpecification['paint']): LayerSpecification => ({
    id, type: 'line', source: regionSource, 'source-layer': TILE_LAYERS.regions,
    filter: drawnAnd(drawn, ['in', ['get', 'id'], ['literal', [...ids]]]), layout: { 'line-join': 'round' }, paint,
  });
  const { ink, casing } = theme.initiative;
  return [
    line('initiative-highlight-casing', [...confirmed, ...unconfirmed], { 'line-color': casing, 'line-width': 5 }),
    line('initiative-highlight', confirmed, { 'line-color': ink, 'line-width': 2.5 }),
    line('initiative-highlight-unconfirmed', unconfirmed, { 'line-color': ink, 'line-width': 2.5, 'line-dasharray': [2, 1.5] }),
  ];
}
