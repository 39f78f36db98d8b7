/**
 * A line at the top when the app is offline, when its copy on this device is complete, and when a
 * new version is ready ("Reload now" / "Later": it never reloads on its own). Text in role="status"
 * lines, out of the map's way (the header's second row, right).
 */
import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { connectServiceWorker } from './serviceWorker';
import { statusLines, type StatusLine } from './appStatus';
import '../styles/appStatus.css';

function subscribeOnline(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  const sw = 'serviceWorker' in navigator ? navigator.serviceWorker : undefined;
  sw?.addEventListener('controllerchange', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
    sw?.removeEventListener('controllerchange', onChange);
  };
}

/** The connection, and whether a service worker answers this page (so a saved copy serves it). */
function useConnection(): { online: boolean; controlled: boolean } {
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine);
  const controlled = useSyncExternalStore(subscribeOnline, () => 'serviceWorker' in navigator && navigator.serviceWorker.controller !== null);
  return { online, controlled };
}

const KEY = { 'offline-ready': 'offline.ready', 'update-ready': 'offline.update' } as const;

export function AppStatus() {
  const { t } = useTranslation();
  // One link per page: the component is mounted once, with the app.
  const [link] = useState(connectServiceWorker);
  const sw = useSyncExternalStore(link.subscribe, link.getSnapshot);
  const lines = statusLines({ ...useConnection(), ...sw });
  const text = (line: StatusLine) =>
    line.kind === 'offline' ? t(line.saved ? 'offline.offlineSaved' : 'offline.offlineUnsaved') : t(KEY[line.kind]);
  return (
    <section className="app-status" aria-label={t('offline.label')} aria-live="polite">
      {lines.map((line) => (
        <p key={line.kind} className={`app-status-line ${line.kind}`} role="status">
          <span>{text(line)}</span>
          {line.kind === 'update-ready' && (
            <>
              <button type="button" onClick={link.reloadNow}>{t('offline.reloadNow')}</button>
              <button type="button" onClick={() => { link.dismiss('updateReady'); }}>{t('offline.later')}</button>
            </>
          )}
          {line.kind === 'offline-ready' && (
            <button type="button" className="close" aria-label={t('offline.dismiss')} onClick={() => { link.dismiss('offlineReady'); }}>×</button>
          )}
        </p>
      ))}
    </section>
  );
}
