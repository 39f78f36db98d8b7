import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { MapTheme } from '../../theme/theme';
import { TILE_LAYERS } from '../../model/tiles';
import { drawnAnd, type DrawnRegions } from '../drawn';

/** Distance bands, only those switched on; colour by band index (nearest darkest). */
export function bandLayers(sourceId: string, theme: MapTheme, visible: readonly boolean[]): LayerSpecification[] {
  const shown = visible.flatMap((on, i) => (on ? [i] : []));
  const color = ['match', ['get', 'band'], ...theme.bands.flatMap((c, i) => [i, c]), 'rgba(0,0,0,0)'] as unknown as ExpressionSpecification;
  const filter: FilterSpecification = ['in', ['get', 'band'], ['literal', shown]];
  return [{ id: 'border-bands', type: 'fill', source: sourceId, filter, paint: { 'fill-color': color } }];
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
