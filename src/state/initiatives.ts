/**
 * Initiatives slice: the catalogue panel (open, filters, the entry whose detail is shown), the
 * map layers (points, counts per region) and the entries users imported. Imports are not part
 * of the URL (they live in this browser's storage); everything else is.
 */
import { isFiltered, NO_FILTERS, type Filters } from '../model/initiatives/filter';
import { YEAR_MAX, YEAR_MIN } from '../model/initiatives/parse';
import type { Initiative } from '../model/initiatives/types';
import type { ImportResult } from '../model/initiatives/io';

export interface InitiativeLayers {
  /** Markers for entries with a point (clustered). */
  points: boolean;
  /** A badge with the number of initiatives per region drawn. */
  counts: boolean;
}

/** What an import found (its result without the entries), for the file named. */
export type ImportReport = Omit<ImportResult, 'entries'> & { fileName: string; added: number };

export interface InitiativesState {
  /** The catalogue panel is open. */
  panel: boolean;
  /** The entry whose detail is shown (in the catalogue panel). */
  open: string | null;
  filters: Filters;
  /** List only what lies within the selection. */
  scoped: boolean;
  layers: InitiativeLayers;
  /** Imported by the user, kept in local storage. */
  imported: Initiative[];
  /** What the last import found, until dismissed. */
  report: ImportReport | null;
  /** The entry hovered in a list or on the map (transient, not in the URL). */
  hover: string | null;
}

export const initialInitiatives: InitiativesState = {
  panel: false, open: null, filters: NO_FILTERS, scoped: false, layers: { points: true, counts: false }, imported: [], report: null, hover: null,
};

/** The parts of the slice the URL carries (hover, imports and the import report stay out). */
const URL_KEYS = ['panel', 'open', 'filters', 'scoped', 'layers'] as const;
export type InitiativesUrl = Pick<InitiativesState, (typeof URL_KEYS)[number]>;

export function urlPartOf(s: InitiativesState): InitiativesUrl {
  return { panel: s.panel, open: s.open, filters: s.filters, scoped: s.scoped, layers: s.layers };
}

export function urlPartChanged(a: InitiativesState, b: InitiativesState): boolean {
  return URL_KEYS.some((k) => a[k] !== b[k]);
}

export const initialInitiativesUrl: InitiativesUrl = urlPartOf(initialInitiatives);

export function withUrlPart(s: InitiativesState, u: InitiativesUrl): InitiativesState {
  return { ...s, ...u };
}

/** Opening an entry's detail opens the panel too; closing it goes back to the list. */
export function withOpen(s: InitiativesState, id: string | null): InitiativesState {
  if (s.open === id && (id === null || s.panel)) return s;
  return { ...s, open: id, panel: id !== null ? true : s.panel };
}

/** Closing the panel closes the entry shown in it too: nothing stays highlighted unseen. */
export function withPanel(s: InitiativesState, panel: boolean): InitiativesState {
  if (s.panel === panel) return s;
  return panel ? { ...s, panel } : { ...s, panel, open: null };
}

/** Years outside 1800-2100 are dropped and a reversed range is turned round, as the URL reads them. */
function saneYears(f: Filters): Filters {
  const ok = (y: number | null) => (y !== null && Number.isInteger(y) && y >= YEAR_MIN && y <= YEAR_MAX ? y : null);
  const from = ok(f.from);
  const to = ok(f.to);
  return from !== null && to !== null && to < from ? { ...f, from: to, to: from } : { ...f, from, to };
}

export function withFilters(s: InitiativesState, patch: Partial<Filters>): InitiativesState {
  const filters = saneYears({ ...s.filters, ...patch });
  return JSON.stringify(filters) === JSON.stringify(s.filters) ? s : { ...s, filters };
}

/** "Clear filters": the filters and "only within the selection", as one step. */
export function withoutFilters(s: InitiativesState): InitiativesState {
  return !isFiltered(s.filters) && !s.scoped ? s : { ...s, filters: NO_FILTERS, scoped: false };
}

/** "Show all of them in the catalogue": the list, limited to the selection, as one step. */
export function withScopeListed(s: InitiativesState): InitiativesState {
  return { ...s, panel: true, scoped: true, open: null };
}

export function withLayers(s: InitiativesState, patch: Partial<InitiativeLayers>): InitiativesState {
  const layers = { ...s.layers, ...patch };
  return layers.points === s.layers.points && layers.counts === s.layers.counts ? s : { ...s, layers };
}

/** Adds imported entries after those already there; never replaces one. */
export function withImported(s: InitiativesState, entries: readonly Initiative[], report: ImportReport | null): InitiativesState {
  const have = new Set(s.imported.map((e) => e.id));
  return { ...s, imported: [...s.imported, ...entries.filter((e) => !have.has(e.id))], report };
}

/** The imported set as another tab of this browser stored it. */
export function withStoredImports(s: InitiativesState, entries: readonly Initiative[]): InitiativesState {
  // The same set: no change, so no write, so the tabs do not echo each other's events forever.
  const ids = (xs: readonly Initiative[]) => xs.map((e) => e.id).join('\n');
  return ids(entries) === ids(s.imported) ? s : { ...s, imported: [...entries] };
}

export function withoutImported(s: InitiativesState): InitiativesState {
  const open = s.open && s.imported.some((e) => e.id === s.open) ? null : s.open;
  return { ...s, imported: [], report: null, open };
}
