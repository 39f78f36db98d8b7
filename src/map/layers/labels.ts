import type { LayerSpecification } from 'maplibre-gl';
import type { MapTheme } from '../../theme/theme';

/**
 * Region names at their label points (pole of inaccessibility, computed in the geo build),
 * drawn with the font the app ships; MapLibre drops labels that would collide.
 */
export function labelLayers(sourceId: string, theme: MapTheme): LayerSpecification[] {
  return [
    {
      id: 'region-labels',
      type: 'symbol',
      source: sourceId,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [theme.font],
        'text-size': ['interpolate', ['linear'], ['zoom'], 5, 10 * theme.scale.text, 9, 14 * theme.scale.text],
        'text-max-width': 8,
        'text-padding': 2,
        // A label may shift off its point a little rather than be dropped next to a big neighbour.
        'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.4,
        // Larger regions first, so Kreise do not crowd out the big names.
        'symbol-sort-key': ['-', 0, ['get', 'areaKm2']],
      },
      paint: { 'text-color': theme.label.color, 'text-halo-color': theme.label.halo, 'text-halo-width': 1.4 },
    },
  ];
}
