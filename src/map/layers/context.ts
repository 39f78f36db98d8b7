import type { LayerSpecification } from 'maplibre-gl';
import type { MapTheme } from '../../theme/theme';
import { TILE_LAYERS } from '../../model/tiles';

/** Neighbouring countries as a quiet backdrop. */
export function contextLayers(sourceId: string, theme: MapTheme): LayerSpecification[] {
  return [
    { id: 'context-fill', type: 'fill', source: sourceId, 'source-layer': TILE_LAYERS.context, paint: { 'fill-color': theme.context.fill } },
    {
      id: 'context-line', type: 'line', source: sourceId, 'source-layer': TILE_LAYERS.context,
      paint: { 'line-color': theme.context.line, 'line-width': 0.8 },
    },
  ];
}
