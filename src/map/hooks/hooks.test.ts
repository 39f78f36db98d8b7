import { describe, expect, it } from 'vitest';
import type * as maplibregl from 'maplibre-gl';
import { parseUrl } from '../../state/url';
import { createAppStore } from '../../state/store';
import { newSession } from '../session';
import { setRegionColours, type FeatureStateLike } from './useRegionColours';
import { followCamera } from './useCameraCommands';

/** A fake map recording feature states per id, with one source. */
function fakeStates(source: string) {
  const states = new Map<string, Record<string, unknown>>();
  const map: FeatureStateLike = {
    getSource: (id) => (id === source ? {} : undefined),
    setFeatureState: (f, s) => {
      // Feature state on vector tiles needs the source layer; without it MapLibre throws.
      if (f.sourceLayer !== 'regions') throw new Error('no source layer');
      states.set(f.id, { ...states.get(f.id), ...s });
    },
    removeFeatureState: (f, key) => {
      states.set(f.id, Object.fromEntries(Object.entries(states.get(f.id) ?? {}).filter(([k]) => k !== key)));
    },
  };
  return { map, states };
}

describe('region colours as feature state', () => {
  it('sets a colour per region, "no data" for a gap, and clears them without an indicator', () => {
    const { map, states } = fakeStates('regions-3');
    const colours = new Map<string, string | null>([['NL213', '#123456'], ['DEA34', null]]);
    expect(setRegionColours(map, 'regions-3', ['NL213', 'DEA34'], colours, '#e3e3e3')).toBe(true);
    expect(Object.fromEntries(states)).toEqual({ NL213: { c: '#123456', nodata: false }, DEA34: { c: '#e3e3e3', nodata: true } });
    setRegionColours(map, 'regions-3', ['NL213', 'DEA34'], null, '#e3e3e3');
    expect(Object.fromEntries(states)).toEqual({ NL213: {}, DEA34: {} });
  });
  it('does nothing while the source is not on the map', () => {
    const { map, states } = fakeStates('regions-3');
    expect(setRegionColours(map, 'regions-2', ['NL21'], new Map([['NL21', '#fff']]), '#e3e3e3')).toBe(false);
    expect(states.size).toBe(0);
  });
});

/** A fake map with a camera that fitBounds and jumpTo move, recording the calls. */
function fakeCameraMap(width = 1280) {
  const calls: string[] = [];
  let center = { lng: 6, lat: 52 };
  let zoom = 7;
  const map = {
    getContainer: () => ({ clientWidth: width }),
    getCenter: () => center,
    getZoom: () => zoom,
    fitBounds: (bbox: number[], o: { padding: { right: number } }) => { calls.push(`fit ${bbox.join(',')} right ${o.padding.right}`); },
    jumpTo: (c: { center: [number, number]; zoom: number }) => {
      calls.push(`jump ${c.zoom}/${c.center[1]}/${c.center[0]}`);
      center = { lng: c.center[0], lat: c.center[1] };
      zoom = c.zoom;
    },
    flyTo: (c: { center: [number, number]; zoom: number }) => { calls.push(`fly ${c.zoom}/${c.center[1]}/${c.center[0]}`); },
    on: (type: string, fn: () => void) => { handlers.set(type, fn); },
    off: (type: string) => { handlers.delete(type); },
  };
  const handlers = new Map<string, () => void>();
  const fire = (type: string) => { handlers.get(type)?.(); };
  return { map: map as unknown as maplibregl.Map, calls, fire };
}

describe('camera commands', () => {
  it('carries out a request made before the map was ready, each request once, with room for the panel', () => {
    const store = createAppStore();
    store.getState().fitTo([6.4, 51.7, 7.3, 52.2]);
    const { map, calls } = fakeCameraMap();
    const session = newSession();
    const stop = followCamera(map, store, session);
    expect(calls).toEqual(['fit 6.4,51.7,7.3,52.2 right 420']);
    expect(session).toMatchObject({ moved: true, handledFit: 1 });
    // A rebuilt map does not repeat a request already carried out.
    stop();
    followCamera(map, store, session);
    expect(calls).toHaveLength(1);
  });
  it('jumps to a camera restored by Back, and not to the one it already shows', () => {
    const store = createAppStore();
    const { map, calls } = fakeCameraMap(800);
    followCamera(map, store, newSession());
    store.getState().setCamera({ center: [6, 52], zoom: 7 });
    expect(calls).toEqual([]);
    store.getState().setCamera({ center: [7, 51.5], zoom: 8 });
    expect(calls).toEqual(['jump 8/51.5/7']);
    store.getState().fitTo([5, 50, 6, 51]);
    expect(calls.at(-1)).toBe('fit 5,50,6,51 right 60');
  });
  it('flies to a slide after a fit (the fit is cleared, the camera followed), and aims again after a resize', () => {
    const store = createAppStore();
    const { map, calls, fire } = fakeCameraMap();
    followCamera(map, store, newSession());
    store.getState().fitTo([5, 50, 6, 51]);
    const slide = parseUrl('?map=6.60/51.9000/6.4000').state;
    store.getState().applyUrl(slide, 'fly');
    expect(calls.slice(-1)).toEqual(['fly 6.6/51.9/6.4']);
    fire('resize');
    expect(calls.slice(-1)).toEqual(['fly 6.6/51.9/6.4']);
    expect(calls.filter((c) => c.startsWith('fly'))).toHaveLength(2);
    fire('moveend');
    fire('resize');
    expect(calls.filter((c) => c.startsWith('fly'))).toHaveLength(2);
    store.getState().applyUrl(parseUrl('?map=8.00/51.0000/5.0000').state);
    expect(calls.at(-1)).toBe('jump 8/51/5');
  });
});
