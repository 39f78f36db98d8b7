/**
 * The app store: one zustand store composed of slices. Actions only call the pure updaters
 * of each slice, so the behaviour is tested without React or a map.
 */
import { create } from 'zustand';
import type { Lang } from '../i18n';
import type { UiLevel } from '../model/levels';
import type { BBox, Camera } from './camera';
import { initialNotices, withNotice, withoutNotice, type Notice, type NoticesState } from './notices';
import { initialSelection, withHover, withSelected, type SelectionState } from './selection';
import { initialSettings, withLang, type SettingsState } from './settings';
import { initialView, withCamera, withFitRequest, withLevel, type ViewState } from './view';
import type { UrlState } from './url';

export interface AppState {
  view: ViewState;
  selection: SelectionState;
  settings: SettingsState;
  notices: NoticesState;

  setLevel: (level: UiLevel) => void;
  setCamera: (camera: Camera) => void;
  fitTo: (bbox: BBox) => void;
  select: (regionId: string | null) => void;
  setHover: (regionId: string | null) => void;
  setLang: (lang: Lang) => void;
  addNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
  /** Applies a parsed URL (start-up, back/forward); the camera only when the URL names one. */
  applyUrl: (url: UrlState) => void;
}

export function createAppStore(url?: UrlState) {
  return create<AppState>()((set) => ({
    view: url ? { ...initialView, level: url.level, camera: url.camera } : initialView,
    selection: url ? { ...initialSelection, regionId: url.region } : initialSelection,
    settings: url ? { lang: url.lang } : initialSettings,
    notices: initialNotices,

    setLevel: (level) => { set((s) => ({ view: withLevel(s.view, level) })); },
    setCamera: (camera) => { set((s) => ({ view: withCamera(s.view, camera) })); },
    fitTo: (bbox) => { set((s) => ({ view: withFitRequest(s.view, bbox) })); },
    select: (regionId) => { set((s) => ({ selection: withSelected(s.selection, regionId) })); },
    setHover: (regionId) => { set((s) => ({ selection: withHover(s.selection, regionId) })); },
    setLang: (lang) => { set((s) => ({ settings: withLang(s.settings, lang) })); },
    addNotice: (notice) => { set((s) => ({ notices: withNotice(s.notices, notice) })); },
    dismissNotice: (id) => { set((s) => ({ notices: withoutNotice(s.notices, id) })); },
    applyUrl: (u) => {
      set((s) => {
        let view = withLevel(s.view, u.level);
        // A camera by value from the URL wins over any pending fit request.
        if (u.camera) view = { ...withCamera(view, u.camera), cameraRequest: null };
        return { view, selection: withSelected(s.selection, u.region), settings: withLang(s.settings, u.lang) };
      });
    },
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;

export function urlStateOf(s: AppState): UrlState {
  return { level: s.view.level, region: s.selection.regionId, camera: s.view.camera, lang: s.settings.lang };
}
