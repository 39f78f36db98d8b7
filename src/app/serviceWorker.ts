/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * The service worker (vite-plugin-pwa's Workbox worker, precache list in geo/pwa/precache.ts) as
 * a small external store for React. In `npm start` the virtual module is a no-op: no worker.
 *
 * It is registered after the first map frame, not at page load: the first visit's precache (some
 * 400 files, 4.7 MB) would otherwise queue with the first frame's tiles for the browser's six
 * connections and its CPU. registerType is 'prompt': a new version waits until the user chooses
 * "Reload now"; nothing reloads on its own.
 */
import { registerSW } from 'virtual:pwa-register';
import { MARKS } from '../map/marks';

export interface ServiceWorkerState {
  /** The first visit's copy is complete: the app now works offline. */
  offlineReady: boolean;
  /** A new version is installed and waits for the user's word. */
  updateReady: boolean;
}

export interface ServiceWorkerLink {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => ServiceWorkerState;
  /** Activates the waiting version; the page then reloads once it takes control (the user asked). */
  reloadNow: () => void;
  /** Hides a line ("Later" for an update: it is offered again on the next visit). */
  dismiss: (which: keyof ServiceWorkerState) => void;
}

/**
 * Without a map (no WebGL, a broken style) the app is still worth saving: then it registers this
 * long after the page's load event. A deadline, not a wait for the map.
 */
const NO_MAP_DEADLINE_MS = 20_000;

/** User Timing mark when the worker is registered (the offline test times the precache from it). */
export const SW_REGISTER_MARK = 'grensatlas:sw-register';

/** Resolves at the first map frame (the app's own mark), or at the deadline after load without one. */
function afterFirstFrame(): Promise<void> {
  return new Promise((resolve) => {
    if (performance.getEntriesByName(MARKS.mapDrawn, 'mark').length > 0) { resolve(); return; }
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName(MARKS.mapDrawn, 'mark').length === 0) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'mark' });
    const deadline = () => { window.setTimeout(resolve, NO_MAP_DEADLINE_MS); };
    if (document.readyState === 'complete') deadline();
    else window.addEventListener('load', deadline, { once: true });
  });
}

export function connectServiceWorker(): ServiceWorkerLink {
  let state: ServiceWorkerState = { offlineReady: false, updateReady: false };
  const listeners = new Set<() => void>();
  const set = (patch: Partial<ServiceWorkerState>) => {
    state = { ...state, ...patch };
    for (const l of listeners) l();
  };
  let activate: (() => Promise<void>) | undefined;
  void afterFirstFrame().then(() => {
    performance.mark(SW_REGISTER_MARK);
    activate = registerSW({
      immediate: true,
      onOfflineReady: () => { set({ offlineReady: true }); },
      onNeedRefresh: () => { set({ updateReady: true }); },
      // Not the user's problem (a private window, storage refused, a test browser that blocks workers):
      // the app works as before, only not offline. Said in the console for whoever looks.
      onRegisterError: (e: unknown) => { console.warn('Grensatlas: no offline copy, the service worker did not register:', e); },
    });
  });
  return {
    subscribe: (listener) => {
      listeners.add(listener);
      return () => { listeners.delete(listener); };
    },
    getSnapshot: () => state,
    reloadNow: () => { void activate?.(); },
    dismiss: (which) => { set({ [which]: false }); },
  };
}
