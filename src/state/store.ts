/**
 * The app store: one zustand store composed of slices. Actions only call the pure updaters
 * of each slice, so the behaviour is tested without React or a map. An action that changes
 * several slices does it in one `set`, so the URL records it as one history entry.
 */
import { create } from 'zustand';
import type { Lang } from '../i18n';
import { isUiLevel, type Level, type UiLevel } from '../model/levels';
import type { BBox, Camera } from './camera';
import { initialNotices, withNotice, withoutNotice, type Notice, type NoticesState } from './notices';
import { initialSelection, withHover, withoutKind, withoutSelection, withSelection, type SelectionState } from './selection';
import {
  initialInitiatives, withFilters, withImported, withLayers, withOpen, withoutFilters, withoutImported, withPanel, withScopeListed,
  withStoredImports, withStoredRead,
  type ImportReport, type InitiativeLayers, type InitiativesState,
} from './initiatives';
import type { Filters } from '../model/initiatives/filter';
import type { Initiative } from '../model/initiatives/types';
import { initialSettings, withLang, type SettingsState } from './settings';
import { initialView, withBounds, withCamera, withFitRequest, withLevel, type ViewState } from './view';
import { initialOverlays, withAreasShown, withBand, withBorderLine, withBorderOnly, withOuterKm, type OverlaysState } from './overlays';
import type { BorderRule } from '../model/border/rule';
import { applyUrlState, type UrlSlices, type UrlState } from './url';
import { initialChoropleth, withChoropleth, withIndicator, type ChoroplethState } from './choropleth';
import { initialCompare, withAdded, withMoved, withRemoved, withYear, type CompareState } from './compare';
import type { Place } from '../model/compare/places';
import { initialSplit, withSplit, withSplitIndicator, type SplitState } from './split';
import { initialProfile, withProfile, withProfileClosed, withProfileOpen, type ProfileState } from './profile';
import { initialStories, withList, withPresenting, type Presenting, type StoriesState } from './stories';
import type { Story } from '../model/stories/schema';

export interface AppState {
  view: ViewState;
  selection: SelectionState;
  settings: SettingsState;
  overlays: OverlaysState;
  choropleth: ChoroplethState;
  initiatives: InitiativesState;
  compare: CompareState;
  notices: NoticesState;
  split: SplitState;
  profile: ProfileState;
  stories: StoriesState;

  setLevel: (level: UiLevel) => void;
  setCamera: (camera: Camera) => void;
  setBounds: (bounds: BBox) => void;
  /** The first frame with the regions is drawn (once). */
  markFirstFrame: () => void;
  fitTo: (bbox: BBox) => void;
  /** Selects a region; `fit` also shows its level and flies to it (search, lists). */
  select: (regionId: string | null, fit?: { level: Level; bbox: BBox }) => void;
  selectArea: (areaId: string | null, bbox?: BBox) => void;
  /** Selects a border zone (a distance band), and shows that band on the map. */
  selectZone: (zone: number | null) => void;
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
  /** Opens an initiative's detail in the catalogue (null: back to the list). */
  openInitiative: (id: string | null) => void;
  setCatalogue: (open: boolean) => void;
  setInitiativeFilters: (patch: Partial<Filters>) => void;
  setInitiativeScoped: (scoped: boolean) => void;
  clearInitiativeFilters: () => void;
  /** Opens the catalogue listing what lies within the selection. */
  listScopeInCatalogue: () => void;
  /** Replaces the imported set with what another tab stored. */
  setStoredImports: (entries: readonly Initiative[]) => void;
  setInitiativeLayers: (patch: Partial<InitiativeLayers>) => void;
  setInitiativeHover: (id: string | null) => void;
  addImported: (entries: readonly Initiative[], report: ImportReport | null) => void;
  /** The imports this browser stored, read once at start-up (possibly none). */
  setStoredRead: (entries: readonly Initiative[]) => void;
  removeImported: () => void;
  dismissImportReport: () => void;
  /** Adds places to the comparison (and unfolds it); those beyond six are refused with a notice. */
  addToCompare: (places: readonly Place[]) => void;
  removeFromCompare: (key: string) => void;
  moveInCompare: (key: string, by: number) => void;
  clearCompare: () => void;
  setCompareFolded: (folded: boolean) => void;
  /** Picks the period of one indicator's row (null: back to the aligned period). */
  setCompareYear: (indicator: string, period: string | null) => void;
  addNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
  /**
   * Applies a parsed URL (Back/Forward, a slide). A URL without camera brings back the default
   * view. 'fly' animates the camera there (presenter mode), 'jump' cuts.
   */
  applyUrl: (url: UrlState, motion?: 'fly' | 'jump') => void;
  /** The split map: mode, divider; `setSplitIndicator` also resets the right period. */
  setSplit: (patch: Partial<SplitState>) => void;
  setSplitIndicator: (id: string | null) => void;
  /** Opens the border profile for an indicator, along a stretch ('NL-DE', 'NL-BE' or an area id; default: the current one). */
  openProfile: (indicator: string, stretch?: string) => void;
  setProfile: (patch: Partial<ProfileState>) => void;
  closeProfile: () => void;
  /** Replaces the stories (after an edit, a read from storage or an import); `activeId` picks the one edited. */
  setStories: (list: readonly Story[], activeId?: string | null) => void;
  setStoriesStatus: (status: StoriesState['status']) => void;
  /** Starts (a patch with no presenter yet), changes or (null) stops presenter mode. */
  setPresenting: (patch: Partial<Presenting> | null) => void;
}

const INITIAL_SLICES: UrlSlices = {
  view: initialView, selection: initialSelection, settings: initialSettings, overlays: initialOverlays,
  choropleth: initialChoropleth, initiatives: initialInitiatives, compare: initialCompare, split: initialSplit, profile: initialProfile,
};

/**
 * The URL parts applied to the slices, and the one rule between slices: a zone named by a link
 * is drawn, as when it is chosen in the layer panel.
 */
function withUrl(slices: UrlSlices, url: UrlState): UrlSlices {
  const next = applyUrlState(slices, url);
  const zone = url.selection?.kind === 'zone' ? url.selection.band : null;
  return zone === null ? next : { ...next, overlays: withBand(next.overlays, zone, true) };
}

/** The URL applied, with how the camera gets there. */
function withUrlMotion(slices: UrlSlices, url: UrlState, motion: 'fly' | 'jump'): UrlSlices {
  const next = withUrl(slices, url);
  return next.view.motion === motion ? next : { ...next, view: { ...next.view, motion } };
}

export function createAppStore(url?: UrlState) {
  return create<AppState>()((set) => ({
    ...(url ? withUrl(INITIAL_SLICES, url) : INITIAL_SLICES),
    notices: initialNotices,
    stories: initialStories,

    setLevel: (level) => { set((s) => ({ view: withLevel(s.view, level) })); },
    setCamera: (camera) => { set((s) => ({ view: withCamera(s.view, camera) })); },
    setBounds: (bounds) => { set((s) => ({ view: withBounds(s.view, bounds) })); },
    markFirstFrame: () => { set((s) => (s.view.firstFrame ? s : { view: { ...s.view, firstFrame: true } })); },
    fitTo: (bbox) => { set((s) => ({ view: withFitRequest(s.view, bbox) })); },
    select: (regionId, fit) => {
      set((s) => {
        const selection = regionId === null ? withoutKind(s.selection, 'region') : withSelection(s.selection, { kind: 'region', id: regionId });
        if (!fit) return { selection };
        const view = withFitRequest(isUiLevel(fit.level) ? withLevel(s.view, fit.level) : s.view, fit.bbox);
        return { selection, view };
      });
    },
    selectArea: (areaId, bbox) => {
      const selection = (s: SelectionState) => (areaId === null ? withoutKind(s, 'area') : withSelection(s, { kind: 'area', id: areaId }));
      set((s) => ({ selection: selection(s.selection), ...(bbox ? { view: withFitRequest(s.view, bbox) } : {}) }));
    },
    selectZone: (zone) => {
      set((s) => ({
        selection: zone === null ? withoutKind(s.selection, 'zone') : withSelection(s.selection, { kind: 'zone', band: zone }),
        ...(zone !== null && !s.overlays.bands[zone] ? { overlays: withBand(s.overlays, zone, true) } : {}),
      }));
    },
    openInitiative: (id) => { set((s) => ({ initiatives: withOpen(s.initiatives, id) })); },
    setCatalogue: (open) => { set((s) => ({ initiatives: withPanel(s.initiatives, open) })); },
    setInitiativeFilters: (patch) => { set((s) => ({ initiatives: withFilters(s.initiatives, patch) })); },
    setInitiativeScoped: (scoped) => { set((s) => (s.initiatives.scoped === scoped ? s : { initiatives: { ...s.initiatives, scoped } })); },
    clearInitiativeFilters: () => { set((s) => ({ initiatives: withoutFilters(s.initiatives) })); },
    listScopeInCatalogue: () => { set((s) => ({ initiatives: withScopeListed(s.initiatives) })); },
    setStoredImports: (entries) => { set((s) => ({ initiatives: withStoredImports(s.initiatives, entries) })); },
    setInitiativeLayers: (patch) => { set((s) => ({ initiatives: withLayers(s.initiatives, patch) })); },
    setInitiativeHover: (id) => { set((s) => (s.initiatives.hover === id ? s : { initiatives: { ...s.initiatives, hover: id } })); },
    addImported: (entries, report) => { set((s) => ({ initiatives: withImported(s.initiatives, entries, report) })); },
    setStoredRead: (entries) => { set((s) => ({ initiatives: withStoredRead(s.initiatives, entries) })); },
    removeImported: () => { set((s) => ({ initiatives: withoutImported(s.initiatives) })); },
    dismissImportReport: () => { set((s) => (s.initiatives.report === null ? s : { initiatives: { ...s.initiatives, report: null } })); },
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
    addToCompare: (places) => {
      set((s) => {
        const { state, full } = withAdded(s.compare, places);
        return full.length === 0 ? { compare: state } : {
          compare: state, notices: withNotice(s.notices, { id: 'compare-full', kind: 'compare-full', count: full.length }),
        };
      });
    },
    removeFromCompare: (key) => { set((s) => ({ compare: withRemoved(s.compare, key) })); },
    moveInCompare: (key, by) => { set((s) => ({ compare: withMoved(s.compare, key, by) })); },
    clearCompare: () => { set((s) => ({ compare: { ...s.compare, places: [], years: {} } })); },
    setCompareFolded: (folded) => { set((s) => (s.compare.folded === folded ? s : { compare: { ...s.compare, folded } })); },
    setCompareYear: (indicator, period) => { set((s) => ({ compare: withYear(s.compare, indicator, period) })); },
    addNotice: (notice) => { set((s) => ({ notices: withNotice(s.notices, notice) })); },
    dismissNotice: (id) => { set((s) => ({ notices: withoutNotice(s.notices, id) })); },
    applyUrl: (u, motion = 'jump') => { set((s) => withUrlMotion(s, u, motion)); },
    setSplit: (patch) => { set((s) => ({ split: withSplit(s.split, patch) })); },
    setSplitIndicator: (id) => { set((s) => ({ split: withSplitIndicator(s.split, id) })); },
    openProfile: (indicator, stretch) => { set((s) => ({ profile: withProfileOpen(s.profile, indicator, stretch) })); },
    setProfile: (patch) => { set((s) => ({ profile: withProfile(s.profile, patch) })); },
    closeProfile: () => { set((s) => ({ profile: withProfileClosed(s.profile) })); },
    setStories: (list, activeId) => { set((s) => ({ stories: withList(s.stories, list, activeId) })); },
    setStoriesStatus: (status) => { set((s) => (s.stories.status === status ? s : { stories: { ...s.stories, status } })); },
    setPresenting: (patch) => { set((s) => ({ stories: withPresenting(s.stories, patch) })); },
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
