/**
 * Initiatives slice: the catalogue panel (open, filters, the entry whose detail is shown), the
 * map layers (points, counts per region) and the entries users imported. Imports are not part
 * of the URL (they live in this browser's storage); everything else is.
 */
import { isFiltered, NO_FILTERS, type Filters } from '../model/initiatives/filter';
import { ID_PATTERN, YEAR_MAX, YEAR_MIN } from '../model/initiatives/parse';
import { listParam, sliceCodec } from './codec';
import { KINDS, TOPICS, type Initiative, type Kind, type Topic } from '../model/initiatives/types';
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
  /** This browser's stored imports have been read (until then an id may still be one of them). */
  storedRead: boolean;
}

export const initialInitiatives: InitiativesState = {
  panel: false, open: null, filters: NO_FILTERS, scoped: false, layers: { points: true, counts: false },
  imported: [], report: null, hover: null, storedRead: false,
};

/** The parts of the slice the URL carries (hover, imports and the import report stay out). */
export type InitiativesUrl = Pick<InitiativesState, 'panel' | 'open' | 'filters' | 'scoped' | 'layers'>;

export function urlPartOf(s: InitiativesState): InitiativesUrl {
  return { panel: s.panel, open: s.open, filters: s.filters, scoped: s.scoped, layers: s.layers };
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

/** The stored imports, read once at start-up, added before anything imported meanwhile. */
export function withStoredRead(s: InitiativesState, entries: readonly Initiative[]): InitiativesState {
  if (entries.length === 0) return { ...s, storedRead: true };
  const have = new Set(entries.map((e) => e.id));
  return { ...s, imported: [...entries, ...s.imported.filter((e) => !have.has(e.id))], storedRead: true };
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

type Url = InitiativesUrl;
const withFilter = (u: Url, patch: Partial<Filters>): Url => ({ ...u, filters: { ...u.filters, ...patch } });

/** `iy=2019-2024`, `iy=2019-`, `iy=-2024`: active years, within 1800-2100, in order. */
function parseYears(v: string): Pick<Filters, 'from' | 'to'> | null {
  const m = /^(\d{4})?-(\d{4})?$/.exec(v);
  if (!m || (!m[1] && !m[2])) return null;
  const from = m[1] ? Number(m[1]) : null;
  const to = m[2] ? Number(m[2]) : null;
  const inRange = (y: number | null) => y === null || (y >= YEAR_MIN && y <= YEAR_MAX);
  return !inRange(from) || !inRange(to) || (from !== null && to !== null && to < from) ? null : { from, to };
}

const LAYER_KEYS = ['points', 'counts'] as const;

/** The catalogue: `cat=1` (open), `ini=ID` (the entry shown), its filters, `in=1` (within the selection), `il=` (map layers). */
export const initiativesCodec = sliceCodec({
  default: initialInitiativesUrl,
  of: urlPartOf,
  apply: withUrlPart,
  params: [
    {
      param: 'cat',
      read: (v, u) => (v === '0' || v === '1' ? { ...u, panel: v === '1' } : null),
      write: (u) => (u.panel !== initialInitiativesUrl.panel && !u.open ? (u.panel ? '1' : '0') : null),
    },
    { param: 'ini', read: (v, u) => (ID_PATTERN.test(v) ? { ...u, open: v, panel: true } : null), write: (u) => u.open },
    {
      param: 'ik',
      read: (v, u) => {
        const kinds = listParam<Kind>(v, KINDS);
        return kinds ? withFilter(u, { kinds }) : null;
      },
      write: (u) => (u.filters.kinds.length > 0 ? u.filters.kinds.join(',') : null),
    },
    {
      param: 'it',
      read: (v, u) => {
        const topics = listParam<Topic>(v, TOPICS);
        return topics ? withFilter(u, { topics }) : null;
      },
      write: (u) => (u.filters.topics.length > 0 ? u.filters.topics.join(',') : null),
    },
    {
      param: 'iy',
      read: (v, u) => {
        const years = parseYears(v);
        return years ? withFilter(u, years) : null;
      },
      write: ({ filters: f }) => (f.from !== null || f.to !== null ? `${f.from ?? ''}-${f.to ?? ''}` : null),
    },
    {
      param: 'ix',
      read: (v, u) => (v === 'yes' || v === 'no' ? withFilter(u, { cross: v }) : null),
      write: (u) => (u.filters.cross !== 'all' ? u.filters.cross : null),
    },
    {
      param: 'iq',
      read: (v, u) => (v.length > 100 ? null : withFilter(u, { text: v.trim() === '' ? '' : v })),
      write: (u) => (u.filters.text.trim() !== '' ? u.filters.text : null),
      history: 'typing',
    },
    { param: 'in', read: (v, u) => (v === '1' ? { ...u, scoped: true } : null), write: (u) => (u.scoped ? '1' : null) },
    {
      param: 'il',
      read: (v, u) => {
        const on = v === 'none' ? [] : listParam(v, LAYER_KEYS);
        return on ? { ...u, layers: { points: on.includes('points'), counts: on.includes('counts') } } : null;
      },
      write: (u) => {
        const d = initialInitiativesUrl.layers;
        if (u.layers.points === d.points && u.layers.counts === d.counts) return null;
        const on = LAYER_KEYS.filter((k) => u.layers[k]);
        return on.length > 0 ? on.join(',') : 'none';
      },
    },
  ],
});
