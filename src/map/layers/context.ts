import type { LayerSpecification } from 'maplibre-gl';
import type { MapTheme } from '../../theme/theme';

/** Neighbouring countries as a quiet backdrop. */
export function contextLayers(sourceId: string, theme: MapTheme): LayerSpecification[] {
  return [
    { id: 'context-fill', type: 'fill', source: sourceId, paint: { 'fill-color': theme.context.fill } },
    { id: 'context-line', type: 'line', source: sourceId, paint: { 'line-color': theme.context.line, 'line-width': 0.8 } },
  ];
}
