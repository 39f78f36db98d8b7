/**
 * Declarative map: a MapDesign (sources + ordered layers) is computed from state, and this
 * reconciler applies the difference to the live map, the way react-map-gl's <Layer> diffs
 * props. GeoJSON data is compared by reference, so passing the same object costs nothing.
 */
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';

export interface MapDesign {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
}

/** The part of maplibre-gl's Map the reconciler needs (and tests fake). */
export interface MapLike {
  addSource(id: string, source: SourceSpecification): unknown;
  removeSource(id: string): unknown;
  getSource(id: string): unknown;
  addLayer(layer: LayerSpecification): unknown;
  removeLayer(id: string): unknown;
  moveLayer(id: string): unknown;
  setPaintProperty(layerId: string, name: string, value: unknown): unknown;
  setLayoutProperty(layerId: string, name: string, value: unknown): unknown;
  setFilter(layerId: string, filter: unknown): unknown;
}

function withoutData(source: SourceSpecification): string {
  const rest: Record<string, unknown> = { ...source };
  delete rest.data;
  return JSON.stringify(rest);
}

function sourceOf(layer: LayerSpecification): string | undefined {
  return 'source' in layer && typeof layer.source === 'string' ? layer.source : undefined;
}

type Props = Record<string, unknown>;

/** Everything but paint, layout and filter (type, source, zooms, ...): a change there means re-adding. */
function structure(layer: LayerSpecification): string {
  const rest: Record<string, unknown> = { ...layer };
  delete rest.paint;
  delete rest.layout;
  delete rest.filter;
  return JSON.stringify(rest);
}

function updateProps(
  map: MapLike,
  id: string,
  before: Props | undefined,
  after: Props | undefined,
  setter: 'setPaintProperty' | 'setLayoutProperty',
): void {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    const a = before?.[key];
    const b = after?.[key];
    if (JSON.stringify(a) !== JSON.stringify(b)) map[setter](id, key, b);
  }
}

export function applyDesign(map: MapLike, prev: MapDesign | null, next: MapDesign): void {
  const prevSources = prev?.sources ?? {};
  const prevLayers = new Map((prev?.layers ?? []).map((l) => [l.id, l]));
  const nextLayerIds = new Set(next.layers.map((l) => l.id));

  // Sources whose options (not data) changed are rebuilt, and so are the layers that use them.
  const rebuilt = new Set<string>();
  for (const [id, source] of Object.entries(next.sources)) {
    const old = prevSources[id];
    if (old && withoutData(old) !== withoutData(source)) rebuilt.add(id);
  }
  const gone = new Set(Object.keys(prevSources).filter((id) => !(id in next.sources) || rebuilt.has(id)));

  const kept: string[] = [];
  for (const [id, layer] of prevLayers) {
    const src = sourceOf(layer);
    if (!nextLayerIds.has(id) || (src !== undefined && gone.has(src))) {
      map.removeLayer(id);
      prevLayers.delete(id);
    } else kept.push(id);
  }
  for (const id of gone) map.removeSource(id);

  for (const [id, source] of Object.entries(next.sources)) {
    const old = prevSources[id];
    if (!old || gone.has(id)) map.addSource(id, source);
    else if ('data' in source && 'data' in old && source.data !== old.data) {
      (map.getSource(id) as { setData(data: unknown): void }).setData(source.data);
    }
  }

  const added: string[] = [];
  for (const layer of next.layers) {
    const old = prevLayers.get(layer.id);
    if (!old) {
      map.addLayer(layer);
      added.push(layer.id);
      continue;
    }
    if (JSON.stringify(old) === JSON.stringify(layer)) continue;
    if (structure(old) !== structure(layer)) {
      map.removeLayer(layer.id);
      map.addLayer(layer);
      kept.splice(kept.indexOf(layer.id), 1);
      added.push(layer.id);
      continue;
    }
    updateProps(map, layer.id, (old as { paint?: Props }).paint, (layer as { paint?: Props }).paint, 'setPaintProperty');
    updateProps(map, layer.id, (old as { layout?: Props }).layout, (layer as { layout?: Props }).layout, 'setLayoutProperty');
    const f0 = (old as { filter?: unknown }).filter;
    const f1 = (layer as { filter?: unknown }).filter;
    if (JSON.stringify(f0) !== JSON.stringify(f1)) map.setFilter(layer.id, f1 ?? null);
  }

  // New layers were appended on top; restack only when that is not the wanted order.
  const actual = [...kept, ...added];
  const wanted = next.layers.map((l) => l.id);
  if (actual.join('\n') !== wanted.join('\n')) for (const id of wanted) map.moveLayer(id);
}
