import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';
import { DEFAULT_URL_STATE, urlStateOf, type UrlState } from './url';

describe('store', () => {
  it('starts from a URL and reports it back', () => {
    const url: UrlState = {
      ...DEFAULT_URL_STATE, view: { level: 2, camera: { center: [6, 52], zoom: 7 }, frame: 'countries' }, selection: { kind: 'region', id: 'NL21' },
      settings: { lang: 'de' },
    };
    const store = createAppStore(url);
    expect(urlStateOf(store.getState())).toEqual(url);
  });
  it('selects from a list as one change: level, selection and a fit', () => {
    const store = createAppStore();
    let changes = 0;
    store.subscribe(() => { changes++; });
    store.getState().select('DEA34', { level: 3, bbox: [6.4, 51.7, 7.3, 52.2] });
    expect(changes).toBe(1);
    expect(store.getState().view.cameraRequest?.bbox).toEqual([6.4, 51.7, 7.3, 52.2]);
  });
  it('brings back the default view when Back reaches a URL without camera', () => {
    const store = createAppStore({ ...DEFAULT_URL_STATE, view: { level: 3, camera: { center: [6, 52], zoom: 7 }, frame: 'countries' } });
    store.getState().applyUrl(DEFAULT_URL_STATE);
    expect(store.getState().view.camera).toBeNull();
    expect(store.getState().view.cameraRequest).not.toBeNull();
  });
  it('restores an area selection and the overlays from a URL', () => {
    const store = createAppStore();
    store.getState().select('NL213');
    const overlays = { ...DEFAULT_URL_STATE.overlays, areas: ['euregio'] };
    store.getState().applyUrl({ ...DEFAULT_URL_STATE, selection: { kind: 'area', id: 'euregio' }, overlays });
    expect(store.getState().selection.selected).toEqual({ kind: 'area', id: 'euregio' });
    expect(store.getState().overlays.areas).toEqual(['euregio']);
  });
});

describe('initiatives in the store', () => {
  it('opens an entry with the panel, selects a zone with its band shown, and never replaces an import', () => {
    const s = createAppStore();
    s.getState().openInitiative('RD2-TWENTE');
    expect(s.getState().initiatives).toMatchObject({ panel: true, open: 'RD2-TWENTE' });
    s.getState().selectZone(2);
    expect(s.getState().selection.selected).toEqual({ kind: 'zone', band: 2 });
    expect(s.getState().overlays.bands[2]).toBe(true);
    const entry = { id: 'x' } as never;
    s.getState().addImported([entry], null);
    s.getState().addImported([{ id: 'x', name: 'other' } as never], null);
    expect(s.getState().initiatives.imported).toEqual([entry]);
    s.getState().removeImported();
    expect(s.getState().initiatives.imported).toEqual([]);
  });

  it('keeps year filters the URL can read: in 1800-2100, in order', () => {
    const s = createAppStore();
    s.getState().setInitiativeFilters({ from: 2024, to: 2019 });
    expect(s.getState().initiatives.filters).toMatchObject({ from: 2019, to: 2024 });
    s.getState().setInitiativeFilters({ from: 999 });
    expect(s.getState().initiatives.filters).toMatchObject({ from: null, to: 2024 });
  });

  it('lists the selection in the catalogue as one step, closing an open entry', () => {
    const s = createAppStore();
    s.getState().openInitiative('RD2-TWENTE');
    s.getState().listScopeInCatalogue();
    expect(s.getState().initiatives).toMatchObject({ panel: true, scoped: true, open: null });
  });

  it('takes another tab\'s imports only when they differ, so tabs never echo each other', () => {
    const s = createAppStore();
    const entry = { id: 'x' } as never;
    s.getState().setStoredImports([entry]);
    const before = s.getState().initiatives;
    s.getState().setStoredImports([{ id: 'x' } as never]);
    expect(s.getState().initiatives).toBe(before);
  });
});


describe('stored imports', () => {
  it('are marked read even when there are none, and come before what was imported meanwhile', () => {
    const s = createAppStore();
    expect(s.getState().initiatives.storedRead).toBe(false);
    s.getState().addImported([{ id: 'new' } as never], null);
    s.getState().setStoredRead([{ id: 'old' } as never, { id: 'new' } as never]);
    expect(s.getState().initiatives).toMatchObject({ storedRead: true, imported: [{ id: 'old' }, { id: 'new' }] });
    const none = createAppStore();
    none.getState().setStoredRead([]);
    expect(none.getState().initiatives.storedRead).toBe(true);
  });
});
