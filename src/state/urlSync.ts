/**
 * Keeps the browser URL and the store in step. A change of level, region or language is a new
 * history entry (Back undoes it); a settled camera only replaces the current one.
 */
import type { AppStore } from './store';
import { urlStateOf } from './store';
import { parseUrl, serializeUrl } from './url';
import { urlNotice } from './notices';

export function startUrlSync(store: AppStore, win: Window = window): () => void {
  // While applying a URL from Back/Forward, rewrite that entry rather than pushing a new one.
  let restoring = false;
  const write = (): void => {
    const s = store.getState();
    const next = serializeUrl(urlStateOf(s));
    if (next === win.location.search) return;
    const before = parseUrl(win.location.search).state;
    const after = urlStateOf(s);
    const onlyCamera = before.level === after.level && before.region === after.region && before.lang === after.lang;
    const url = `${win.location.pathname}${next}${win.location.hash}`;
    if (onlyCamera || restoring) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.view.level !== prev.view.level || s.view.camera !== prev.view.camera ||
        s.selection.regionId !== prev.selection.regionId || s.settings.lang !== prev.settings.lang) write();
  });
  const onPop = (): void => {
    const { state, problems } = parseUrl(win.location.search);
    for (const p of problems) store.getState().addNotice(urlNotice(p));
    restoring = true;
    try {
      store.getState().applyUrl(state);
    } finally {
      restoring = false;
    }
  };
  win.addEventListener('popstate', onPop);
  // Canonicalise the start URL: bad parts reported at start-up are dropped from it.
  const canonical = serializeUrl(urlStateOf(store.getState()));
  if (canonical !== win.location.search) win.history.replaceState(null, '', `${win.location.pathname}${canonical}${win.location.hash}`);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
