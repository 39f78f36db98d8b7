import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { MapTheme } from '../../theme/theme';
import { TILE_LAYERS } from '../../model/tiles';
import { drawnAnd, type DrawnRegions } from '../drawn';

/** Name of the hatch image of distance band `i` (added to the map with the other patterns). */
export function bandHatchImage(i: number): string {
  return `hatch-band-${i}`;
}

/**
 * Distance bands, only those switched on: hatching, denser nearer the border, and the band's
 * outline. Only the hatch lines and outlines are painted, never a tint over the band: a region
 * under a band keeps its own (class) colour, so the bands can lie over any indicator.
 */
export function bandLayers(sourceId: string, theme: MapTheme, visible: readonly boolean[]): LayerSpecification[] {
  const shown = visible.flatMap((on, i) => (on ? [i] : []));
  const filter: FilterSpecification = ['in', ['get', 'band'], ['literal', shown]];
  const images = theme.bands.spacing.flatMap((_, i) => [i, bandHatchImage(i)]);
  const pattern = ['match', ['get', 'band'], ...images, ''] as unknown as ExpressionSpecification;
  return [
    { id: 'border-bands', type: 'fill', source: sourceId, filter, paint: { 'fill-pattern': pattern } },
    {
      id: 'border-bands-outline',
      type: 'line',
      source: sourceId,
      filter,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': theme.bands.color, 'line-width': theme.bands.outline, 'line-opacity': 0.85 },
    },
  ];
}

/** The NL–DE and NL–BE land border (from the tiles), as a coloured band under the national border line. */
export function borderLineLayers(sourceId: string, theme: MapTheme): LayerSpecification[] {
  return [{
    id: 'border-line',
    type: 'line',
    source: sourceId,
    'source-layer': TILE_LAYERS.border,
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': theme.borderGlow, 'line-opacity': 0.75, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 5, 9, 9] },
  }];
}

/** Dims the regions drawn that are not border regions under the current rule (ids listed in the filter). */
export function dimLayers(sourceId: string, theme: MapTheme, drawn: DrawnRegions, keep: readonly string[]): LayerSpecification[] {
  return [{
    id: 'regions-dim',
    type: 'fill',
    source: sourceId,
    'source-layer': TILE_LAYERS.regions,
    filter: drawnAnd(drawn, ['!', ['in', ['get', 'id'], ['literal', keep]]]),
    paint: { 'fill-color': theme.dim },
  }];
}
