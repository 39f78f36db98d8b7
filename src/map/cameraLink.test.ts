import { describe, expect, it } from 'vitest';
import { isFollowing, linkCameras, type CameraMap } from './cameraLink';

type Listener = (e: object) => void;

/** A fake map whose jumpTo fires movestart, move and moveend at once, as maplibre-gl's does. */
function fakeMap(name: string, log: string[]) {
  const listeners = new Map<string, Set<Listener>>();
  let center = { lng: 6, lat: 52 };
  let zoom = 7;
  const fire = (type: string, e: object) => { for (const l of listeners.get(type) ?? []) l(e); };
  const map = {
    getCenter: () => center,
    getZoom: () => zoom,
    jumpTo: (o: { center: [number, number]; zoom: number }, data?: object) => {
      log.push(`${name} ${String(o.zoom)}/${String(o.center[1])}/${String(o.center[0])}${data && isFollowing(data) ? ' following' : ''}`);
      center = { lng: o.center[0], lat: o.center[1] };
      zoom = o.zoom;
      for (const type of ['movestart', 'move', 'moveend']) fire(type, { ...data });
    },
    on: (type: string, l: Listener) => { listeners.set(type, (listeners.get(type) ?? new Set()).add(l)); },
    off: (type: string, l: Listener) => { listeners.get(type)?.delete(l); },
    /** A user's gesture: the camera moves, then the map fires its events with the input event. */
    gesture: (to: { lng: number; lat: number; zoom: number }, end = false) => {
      center = { lng: to.lng, lat: to.lat };
      zoom = to.zoom;
      fire('move', { originalEvent: 'drag' });
      if (end) fire('moveend', { originalEvent: 'drag' });
    },
    listeners,
  };
  return map;
}

describe('linked cameras of the split map', () => {
  it('starts in step, and the right map follows every move of the main map without echo', () => {
    const log: string[] = [];
    const main = fakeMap('main', log);
    const right = fakeMap('right', log);
    main.gesture({ lng: 5, lat: 51, zoom: 6 });
    expect(log).toEqual([]);
    linkCameras(main as unknown as CameraMap, right as unknown as CameraMap);
    expect(log).toEqual(['right 6/51/5']);
    main.gesture({ lng: 7, lat: 50, zoom: 8 }, true);
    expect(log).toEqual(['right 6/51/5', 'right 8/50/7']);
  });

  it('a gesture on the right map moves the main map, flagged as following until it ends', () => {
    const log: string[] = [];
    const main = fakeMap('main', log);
    const right = fakeMap('right', log);
    const reports: string[] = [];
    // What the main map does on moveend: report the camera, unless the right map still leads.
    main.on('moveend', (e) => { if (!isFollowing(e)) reports.push(String(main.getZoom())); });
    const unlink = linkCameras(main as unknown as CameraMap, right as unknown as CameraMap);
    log.length = 0;
    right.gesture({ lng: 6.5, lat: 52.2, zoom: 8 });
    right.gesture({ lng: 6.6, lat: 52.3, zoom: 9 }, true);
    expect(log).toEqual(['main 8/52.2/6.5 following', 'main 9/52.3/6.6 following', 'main 9/52.3/6.6']);
    expect(reports).toEqual(['9']);
    // No move of the right map was echoed back to it.
    expect(log.filter((l) => l.startsWith('right'))).toEqual([]);
    unlink();
    expect([...main.listeners.get('move') ?? [], ...right.listeners.get('move') ?? []]).toEqual([]);
  });
});
