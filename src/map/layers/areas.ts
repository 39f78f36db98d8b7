import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { MapTheme } from '../../theme/theme';

export const AREA_HIT_LAYER = 'areas-hit';

/** Name of the hatch image for partial members of an area kind (added to the map by MapView). */
export function hatchImage(kind: string): string {
  return `hatch-${kind}`;
}

function byKind(theme: MapTheme, pick: (k: MapTheme['areaKinds'][keyof MapTheme['areaKinds']]) => string | number): ExpressionSpecification {
  const cases = Object.entries(theme.areaKinds).flatMap(([k, v]) => [k, pick(v)]);
  return ['match', ['get', 'kind'], ...cases, pick(theme.areaKinds.euregio)] as unknown as ExpressionSpecification;
}

/**
 * Cooperation areas: an invisible fill to hit-test clicks, hatching over partial members,
 * outlines styled per kind (a dashed Interreg line stays visible beside a Euregio line on the
 * same boundary), a heavier line for the selected area, and names.
 */
export function areaLayers(
  ids: { outlines: string; partial: string; labels: string },
  theme: MapTheme,
  visible: readonly string[],
  selected: string | null,
): LayerSpecification[] {
  const shown: ExpressionSpecification = ['in', ['get', 'id'], ['literal', visible]];
  const layers: LayerSpecification[] = [
    { id: AREA_HIT_LAYER, type: 'fill', source: ids.outlines, filter: shown, paint: { 'fill-color': '#000', 'fill-opacity': 0 } },
    { id: 'areas-partial', type: 'fill', source: ids.partial, filter: shown, paint: { 'fill-pattern': ['concat', 'hatch-', ['get', 'kind']] } },
  ];
  for (const [kind, style] of Object.entries(theme.areaKinds)) {
    layers.push({
      id: `areas-line-${kind}`,
      type: 'line',
      source: ids.outlines,
      filter: ['all', shown, ['==', ['get', 'kind'], kind]],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': style.color, 'line-width': style.width, ...(style.dash ? { 'line-dasharray': style.dash } : {}) },
    });
  }
  layers.push(
    {
      id: 'areas-selected',
      type: 'line',
      source: ids.outlines,
      filter: ['==', ['get', 'id'], selected ?? ''],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': byKind(theme, (k) => k.color), 'line-width': 5 },
    },
    {
      id: 'areas-labels',
      type: 'symbol',
      source: ids.labels,
      filter: shown,
      layout: { 'text-field': ['get', 'name'], 'text-font': [theme.font], 'text-size': 13, 'text-max-width': 10, 'text-allow-overlap': false },
      paint: { 'text-color': byKind(theme, (k) => k.color), 'text-halo-color': '#fff', 'text-halo-width': 2 },
    },
  );
  return layers;
}
