/**
 * Keeps the browser URL and the store in step. A change the user makes (level, selection,
 * language, layers) is a new history entry, so Back undoes it. A settled camera, the distance
 * slider, the catalogue's search text, a Back/Forward
 * restore and a correction the app makes itself (dropping an unknown region from an old link)
 * replace the current entry instead: pushing those would trap the user in Back loops.
 */
import type { AppStore } from './store';
import { urlStateOf } from './store';
import { parseUrl, serializeUrl, type UrlState } from './url';
import { initialOverlays } from './overlays';
import { urlNotice } from './notices';
import { urlPartChanged } from './initiatives';

let replacing = 0;


/** Runs store changes that correct the current URL rather than make a new step in history. */
export function asCorrection(fn: () => void): void {
  replacing++;
  try {
    fn();
  } finally {
    replacing--;
  }
}

export function startUrlSync(store: AppStore, win: Window = window): () => void {
  // True while the last entry written was a search being typed: the next letters replace it.
  let typing = false;
  const write = (): void => {
    const next = serializeUrl(urlStateOf(store.getState()));
    if (next === win.location.search) return;
    const now = parseUrl(win.location.search).state;
    const wanted = urlStateOf(store.getState());
    // Continuous controls (camera, band distance slider) replace the entry: one sweep of the
    // slider must not fill the history with every step it passed.
    const discrete = (u: UrlState, withText: boolean): string => serializeUrl({
      ...u, camera: null, overlays: { ...u.overlays, outerKm: initialOverlays.outerKm },
      initiatives: withText ? u.initiatives : { ...u.initiatives, filters: { ...u.initiatives.filters, text: '' } },
    });
    const onlyContinuous = discrete(now, true) === discrete(wanted, true);
    // Typing in the catalogue's search field is one step: the first letter pushes, the rest replace.
    const onlyText = !onlyContinuous && discrete(now, false) === discrete(wanted, false);
    const url = `${win.location.pathname}${next}${win.location.hash}`;
    if (replacing > 0 || onlyContinuous || (onlyText && typing)) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
    if (!onlyContinuous) typing = onlyText && replacing === 0;
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.view.level !== prev.view.level || s.view.camera !== prev.view.camera || s.selection.regionId !== prev.selection.regionId ||
        s.selection.areaId !== prev.selection.areaId || s.selection.zone !== prev.selection.zone || s.settings.lang !== prev.settings.lang ||
        s.overlays !== prev.overlays || s.choropleth !== prev.choropleth || urlPartChanged(s.initiatives, prev.initiatives)) write();
  });
  const onPop = (): void => {
    const { state, problems } = parseUrl(win.location.search);
    asCorrection(() => {
      for (const p of problems) store.getState().addNotice(urlNotice(p));
      store.getState().applyUrl(state);
    });
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
