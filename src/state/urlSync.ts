/**
 * Keeps the browser URL and the store in step. A change the user makes (level, selection,
 * language, layers) is a new history entry, so Back undoes it. A settled camera, the distance
 * slider, the catalogue's search text, a Back/Forward
 * restore and a correction the app makes itself (dropping an unknown region from an old link)
 * replace the current entry instead: pushing those would trap the user in Back loops.
 */
import type { AppStore } from './store';
import { parseUrl, serializeUrl, urlSlicesChanged, urlStateOf } from './url';
import { urlNotice } from './notices';

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
    // Continuous controls (their codecs say `history: 'replace'`) replace the entry: one sweep
    // of a slider must not fill the history with every step it passed.
    const onlyContinuous = serializeUrl(now, ['replace']) === serializeUrl(wanted, ['replace']);
    // Typing in a search field ('typing') is one step: the first letter pushes, the rest replace.
    const onlyText = !onlyContinuous && serializeUrl(now, ['replace', 'typing']) === serializeUrl(wanted, ['replace', 'typing']);
    const url = `${win.location.pathname}${next}${win.location.hash}`;
    if (replacing > 0 || onlyContinuous || (onlyText && typing)) win.history.replaceState(null, '', url);
    else win.history.pushState(null, '', url);
    if (!onlyContinuous) typing = onlyText && replacing === 0;
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (urlSlicesChanged(s, prev)) write();
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
