import { describe, expect, it } from 'vitest';
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { applyDesign, type MapDesign, type MapLike } from './reconcile';

/** A fake map that records calls and keeps the layer order, like maplibre's style does. */
function fakeMap() {
  const calls: string[] = [];
  const order: string[] = [];
  const setData: unknown[] = [];
  const map: MapLike = {
    addSource: (id) => calls.push(`addSource ${id}`),
    removeSource: (id) => calls.push(`removeSource ${id}`),
    getSource: () => ({ setData: (d: unknown) => setData.push(d) }),
    addLayer: (l) => { calls.push(`addLayer ${l.id}`); order.push(l.id); },
    removeLayer: (id) => { calls.push(`removeLayer ${id}`); order.splice(order.indexOf(id), 1); },
    moveLayer: (id) => { calls.push(`moveLayer ${id}`); order.splice(order.indexOf(id), 1); order.push(id); },
    setPaintProperty: (id, k) => calls.push(`paint ${id} ${k}`),
    setLayoutProperty: (id, k) => calls.push(`layout ${id} ${k}`),
    setFilter: (id) => calls.push(`filter ${id}`),
  };
  return { map, calls, order, setData };
}

const fc = { type: 'FeatureCollection' as const, features: [] };
const geo = (data: unknown = fc): SourceSpecification => ({ type: 'geojson', data: data as typeof fc });
const fill = (id: string, source: string, color = '#000'): LayerSpecification => ({ id, type: 'fill', source, paint: { 'fill-color': color } });

describe('applyDesign', () => {
  it('adds everything on first run, in order', () => {
    const { map, calls, order } = fakeMap();
    applyDesign(map, null, { sources: { a: geo() }, layers: [fill('x', 'a'), fill('y', 'a')] });
    expect(calls).toEqual(['addSource a', 'addLayer x', 'addLayer y']);
    expect(order).toEqual(['x', 'y']);
  });

  it('does nothing when the design is the same', () => {
    const { map, calls } = fakeMap();
    const d: MapDesign = { sources: { a: geo() }, layers: [fill('x', 'a')] };
    applyDesign(map, null, d);
    calls.length = 0;
    applyDesign(map, d, { sources: { a: geo() }, layers: [fill('x', 'a')] });
    expect(calls).toEqual([]);
  });

  it('changes paint in place and data with setData', () => {
    const { map, calls, setData } = fakeMap();
    const d: MapDesign = { sources: { a: geo() }, layers: [fill('x', 'a')] };
    applyDesign(map, null, d);
    calls.length = 0;
    const data = { ...fc };
    applyDesign(map, d, { sources: { a: geo(data) }, layers: [fill('x', 'a', '#fff')] });
    expect(calls).toEqual(['paint x fill-color']);
    expect(setData).toEqual([data]);
  });

  it('swaps a source and its layers, keeping the stack order', () => {
    const { map, order } = fakeMap();
    const d1: MapDesign = { sources: { r1: geo(), top: geo() }, layers: [fill('regions', 'r1'), fill('labels', 'top')] };
    applyDesign(map, null, d1);
    applyDesign(map, d1, { sources: { r2: geo(), top: geo() }, layers: [fill('regions', 'r2'), fill('labels', 'top')] });
    expect(order).toEqual(['regions', 'labels']);
  });

  it('re-adds a layer whose zoom range changed', () => {
    const { map, calls } = fakeMap();
    const d: MapDesign = { sources: { a: geo() }, layers: [fill('x', 'a')] };
    applyDesign(map, null, d);
    calls.length = 0;
    applyDesign(map, d, { sources: { a: geo() }, layers: [{ ...fill('x', 'a'), minzoom: 6 }] });
    expect(calls).toEqual(['removeLayer x', 'addLayer x']);
  });

  it('removes layers before their source', () => {
    const { map, calls } = fakeMap();
    const d: MapDesign = { sources: { a: geo() }, layers: [fill('x', 'a')] };
    applyDesign(map, null, d);
    calls.length = 0;
    applyDesign(map, d, { sources: {}, layers: [] });
    expect(calls).toEqual(['removeLayer x', 'removeSource a']);
  });
});
