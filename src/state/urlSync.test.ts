import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';
import { asCorrection, startUrlSync } from './urlSync';
import { parseUrl, urlSlicesChanged } from './url';

/** A stand-in for window: location and history, counting pushes and replaces. */
function fakeWindow(search = '') {
  const entries = [search];
  let index = 0;
  const listeners: (() => void)[] = [];
  const calls: string[] = [];
  const win = {
    location: { pathname: '/', hash: '', get search() { return entries[index] ?? ''; } },
    history: {
      pushState: (_: unknown, __: string, url: string) => { calls.push('push'); entries.splice(index + 1, Infinity, url.slice(1)); index++; },
      replaceState: (_: unknown, __: string, url: string) => { calls.push('replace'); entries[index] = url.slice(1); },
    },
    addEventListener: (_: string, fn: () => void) => listeners.push(fn),
    removeEventListener: () => undefined,
    back: () => { index--; for (const l of listeners) l(); },
  };
  return { win: win as unknown as Window & { back(): void }, calls, entries: () => entries.slice(0, index + 1) };
}

describe('URL sync', () => {
  it('pushes user steps, replaces camera and distance-slider moves', () => {
    const { win, calls } = fakeWindow('?level=3');
    const store = createAppStore(parseUrl('?level=3').state);
    startUrlSync(store, win);
    store.getState().select('NL213');
    store.getState().setBand(0, true);
    store.getState().setCamera({ center: [6, 52], zoom: 7 });
    store.getState().setOuterKm(55);
    store.getState().setOuterKm(60);
    expect(calls).toEqual(['push', 'push', 'replace', 'replace', 'replace']);
    expect(win.location.search).toBe('?region=NL213&map=7.00/52.0000/6.0000&border=line,0&dist=60');
  });

  it('replaces the entry for corrections and when restoring with Back', () => {
    const { win, calls } = fakeWindow('?region=NL999');
    const store = createAppStore(parseUrl(win.location.search).state);
    startUrlSync(store, win);
    asCorrection(() => { store.getState().select(null); });
    expect(calls).toEqual(['replace']);
    store.getState().setLevel(2);
    (win as unknown as { back(): void }).back();
    expect(store.getState().view.level).toBe(3);
    expect(calls).toEqual(['replace', 'push']);
  });

  it('makes one step of a search typed in the catalogue, and one of each catalogue action', () => {
    const { win, calls } = fakeWindow('?level=3');
    const store = createAppStore(parseUrl('?level=3').state);
    startUrlSync(store, win);
    store.getState().setCatalogue(true);
    for (const text of ['g', 'gr', 'gre', 'gren', 'grens']) store.getState().setInitiativeFilters({ text });
    store.getState().setInitiativeFilters({ kinds: ['regio_deal'] });
    store.getState().openInitiative('RD2-TWENTE');
    // Typing is one step, never five; a closed panel closes its entry too, in one step.
    store.getState().setCatalogue(false);
    expect(calls).toEqual(['push', 'push', 'replace', 'replace', 'replace', 'replace', 'push', 'push', 'push']);
    expect(win.location.search).toBe('?ik=regio_deal&iq=grens');
    // Clearing the filters and the scope is one step too.
    store.getState().setInitiativeScoped(true);
    store.getState().clearInitiativeFilters();
    expect(calls.slice(-2)).toEqual(['push', 'push']);
    expect(win.location.search).toBe('?level=3');
  });
});


describe('URL sync triggers', () => {
  it('tells a change of a URL part from a change of what stays out of the URL', () => {
    const store = createAppStore();
    const before = store.getState();
    store.getState().setHover('NL213');
    store.getState().setBounds([5, 50, 8, 53]);
    store.getState().setInitiativeHover('RD2-TWENTE');
    expect(urlSlicesChanged(store.getState(), before)).toBe(false);
    store.getState().select('NL213');
    expect(urlSlicesChanged(store.getState(), before)).toBe(true);
  });
});
