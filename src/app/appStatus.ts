/**
 * What the app says about itself at the top: offline or not, whether this device holds a copy,
 * and whether a new version waits. Pure: the connection and the service worker's state in, the
 * lines to show out.
 */

export interface StatusInput {
  /** navigator.onLine. */
  online: boolean;
  /** A service worker answers this page's requests (navigator.serviceWorker.controller). */
  controlled: boolean;
  /** The first visit's copy is complete (and not yet dismissed). */
  offlineReady: boolean;
  /** A new version is installed and waits for the user's word (not put off with "Later"). */
  updateReady: boolean;
}

export type StatusLine =
  /** No network: whether the app runs from the saved copy or only from what it has loaded. */
  | { kind: 'offline'; saved: boolean }
  /** The copy is saved: the app now works offline. */
  | { kind: 'offline-ready' }
  /** A new version is ready: reload now or later. */
  | { kind: 'update-ready' };

export function statusLines(s: StatusInput): StatusLine[] {
  const lines: StatusLine[] = [];
  if (!s.online) lines.push({ kind: 'offline', saved: s.controlled });
  // Offline, the offline line says it already.
  else if (s.offlineReady) lines.push({ kind: 'offline-ready' });
  if (s.updateReady) lines.push({ kind: 'update-ready' });
  return lines;
}
