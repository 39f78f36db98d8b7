/**
 * The app store: one zustand store composed of slices. Actions only call the pure updaters
 * of each slice, so the behaviour is tested without React or a map. An action that changes
 * several slices does it in one `set`, so the URL records it as one history entry.
 */
import { create } from 'zustand';
import type { Lang } from '../i18n';
import { isUiLevel, type Level, type UiLevel } from '../model/levels';
import { DEFAULT_BOUNDS, type BBox, type Camera } from './camera';
import { initialNotices, withNotice, withoutNotice, type Notice, type NoticesState } from './notices';
import { initialSelection, withHover, withoutSelection, withSelected, withSelectedArea, type SelectionState } from './selection';
import { initialSettings, withLang, type SettingsState } from './settings';
import { initialView, withCamera, withFitRequest, withLevel, type ViewState } from './view';
import {
  initialOverlays, withAreasShown, withBand, withBorderLine, withBorderOnly, withOuterKm,
  type BorderRule, type OverlaysState,
} from './overlays';
import type { UrlState } from './url';
import { initialChoropleth, withChoropleth, withIndicator, type ChoroplethState } from './choropleth';

export interface AppState {
  view: ViewState;
  selection: SelectionState;
  settings: SettingsState;
  overlays: OverlaysState;
  choropleth: ChoroplethState;
  notices: NoticesState;

  setLevel: (level: UiLevel) => void;
  setCamera: (camera: Camera) => void;
  fitTo: (bbox: BBox) => void;
  /** Selects a region; `fit` also shows its level and flies to it (search, lists). */
  select: (regionId: string | null, fit?: { level: Level; bbox: BBox }) => void;
  selectArea: (areaId: string | null, bbox?: BBox) => void;
  clearSelection: () => void;
  setHover: (regionId: string | null) => void;
  setLang: (lang: Lang) => void;
  setBorderLine: (on: boolean) => void;
  setBand: (band: number, on: boolean) => void;
  setOuterKm: (km: number) => void;
  showAreas: (ids: readonly string[], on: boolean) => void;
  setBorderOnly: (rule: BorderRule | null) => void;
  /** Colours the map by an indicator (at a period, or its default), as one step in history. */
  setIndicator: (id: string | null, period?: string | null) => void;
  setChoropleth: (patch: Partial<Omit<ChoroplethState, 'indicator'>>) => void;
  addNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
  /** Applies a parsed URL (Back/Forward). A URL without camera brings back the default view. */
  applyUrl: (url: UrlState) => void;
}

export function createAppStore(url?: UrlState) {
  return create<AppState>()((set) => ({
    view: url ? { ...initialView, level: url.level, camera: url.camera } : initialView,
    selection: url ? { ...initialSelection, regionId: url.region, areaId: url.area } : initialSelection,
    settings: url ? { lang: url.lang } : initialSettings,
    overlays: url ? url.overlays : initialOverlays,
    choropleth: url ? url.choropleth : initialChoropleth,
    notices: initialNotices,

    setLevel: (level) => { set((s) => ({ view: withLevel(s.view, level) })); },
    setCamera: (camera) => { set((s) => ({ view: withCamera(s.view, camera) })); },
    fitTo: (bbox) => { set((s) => ({ view: withFitRequest(s.view, bbox) })); },
    select: (regionId, fit) => {
      set((s) => {
        const selection = withSelected(s.selection, regionId);
        if (!fit) return { selection };
        const view = withFitRequest(isUiLevel(fit.level) ? withLevel(s.view, fit.level) : s.view, fit.bbox);
        return { selection, view };
      });
    },
    selectArea: (areaId, bbox) => {
      set((s) => ({ selection: withSelectedArea(s.selection, areaId), ...(bbox ? { view: withFitRequest(s.view, bbox) } : {}) }));
    },
    clearSelection: () => { set((s) => ({ selection: withoutSelection(s.selection) })); },
    setHover: (regionId) => { set((s) => ({ selection: withHover(s.selection, regionId) })); },
    setLang: (lang) => { set((s) => ({ settings: withLang(s.settings, lang) })); },
    setBorderLine: (on) => { set((s) => ({ overlays: withBorderLine(s.overlays, on) })); },
    setBand: (band, on) => { set((s) => ({ overlays: withBand(s.overlays, band, on) })); },
    setOuterKm: (km) => { set((s) => ({ overlays: withOuterKm(s.overlays, km) })); },
    showAreas: (ids, on) => { set((s) => ({ overlays: withAreasShown(s.overlays, ids, on) })); },
    setBorderOnly: (rule) => { set((s) => ({ overlays: withBorderOnly(s.overlays, rule) })); },
    setIndicator: (id, period = null) => { set((s) => ({ choropleth: withIndicator(s.choropleth, id, period) })); },
    setChoropleth: (patch) => { set((s) => ({ choropleth: withChoropleth(s.choropleth, patch) })); },
    addNotice: (notice) => { set((s) => ({ notices: withNotice(s.notices, notice) })); },
    dismissNotice: (id) => { set((s) => ({ notices: withoutNotice(s.notices, id) })); },
    applyUrl: (u) => {
      set((s) => {
        let view = withLevel(s.view, u.level);
        // A camera by value wins over any pending fit; no camera means the default view.
        if (u.camera) view = { ...withCamera(view, u.camera), cameraRequest: null };
        else if (view.camera) view = { ...withFitRequest(view, DEFAULT_BOUNDS), camera: null };
        const selection = u.area ? withSelectedArea(s.selection, u.area) : withSelectedArea(withSelected(s.selection, u.region), null);
        return { view, selection, settings: withLang(s.settings, u.lang), overlays: u.overlays, choropleth: u.choropleth };
      });
    },
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;

export function urlStateOf(s: AppState): UrlState {
  return {
    level: s.view.level,
    region: s.selection.regionId,
    area: s.selection.areaId,
    camera: s.view.camera,
    lang: s.settings.lang,
    overlays: s.overlays,
    choropleth: s.choropleth,
  };
}
