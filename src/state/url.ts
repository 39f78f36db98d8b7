/**
 * The URL is the single shareable state, e.g.
 *   ?region=NL213&level=3&map=8.00/52.3000/6.6000&lang=en&border=line,0,1&dist=50&areas=edr,euregio
 *    &ind=gdp_eur_per_inhabitant&year=2021&cls=quantile&k=5&ref=national&cat=1&ini=RD2-TWENTE&ik=regio_deal
 *    &prof=hdi&stretch=euregio&pyear=2021
 * Everything here is derived from the slices' codec tables: to add a parameter, add one entry to
 * the table of the slice it belongs to. Parsing never throws: what is valid is kept, and each
 * invalid part becomes a problem that the UI reports.
 */
import { clip, type ParamCodec, type SliceCodec } from './codec';
import { selectionCodec } from './selection';
import { viewCodec } from './view';
import { settingsCodec } from './settings';
import { overlaysCodec } from './overlays';
import { choroplethCodec } from './choropleth';
import { initiativesCodec } from './initiatives';
import { compareCodec } from './compare';
import { splitCodec } from './split';
import { profileCodec } from './profile';

/** The slices the URL carries, in the order their parameters are read and written. */
export const URL_SLICES = {
  selection: selectionCodec,
  view: viewCodec,
  settings: settingsCodec,
  overlays: overlaysCodec,
  choropleth: choroplethCodec,
  initiatives: initiativesCodec,
  compare: compareCodec,
  split: splitCodec,
  profile: profileCodec,
} as const;

type Slices = typeof URL_SLICES;
export type UrlSlice = keyof Slices;
type PartOf<C> = C extends SliceCodec<unknown, infer U, string> ? U : never;
type ParamsOf<C> = C extends SliceCodec<unknown, unknown, infer P> ? P : never;
type SliceOf<C> = C extends SliceCodec<infer S, unknown, string> ? S : never;

/** What the URL holds: one part per slice. */
export type UrlState = { [K in UrlSlice]: PartOf<Slices[K]> };
/** The store slices the URL parts come from. */
export type UrlSlices = { [K in UrlSlice]: SliceOf<Slices[K]> };
export type UrlParam = ParamsOf<Slices[UrlSlice]>;

export interface UrlProblem {
  param: UrlParam;
  value: string;
  /** One item of a list parameter was left out; the rest of the list was kept. */
  part?: true;
}

const SLICE_KEYS = Object.keys(URL_SLICES) as UrlSlice[];

/** Loosens one slice's codec to the shape the generic loops below use. */
function codecOf(key: UrlSlice): SliceCodec<unknown, unknown, UrlParam> {
  return URL_SLICES[key];
}

export const DEFAULT_URL_STATE = Object.fromEntries(SLICE_KEYS.map((k) => [k, codecOf(k).default])) as UrlState;

/** Every parameter, in order, with the slice it belongs to. */
export const URL_PARAMS: readonly { slice: UrlSlice; codec: ParamCodec<unknown, UrlParam> }[] =
  SLICE_KEYS.flatMap((slice) => codecOf(slice).params.map((codec) => ({ slice, codec })));

export function parseUrl(search: string): { state: UrlState; problems: UrlProblem[] } {
  const params = new URLSearchParams(search);
  const problems: UrlProblem[] = [];
  const state: Record<string, unknown> = { ...DEFAULT_URL_STATE };
  for (const { slice, codec } of URL_PARAMS) {
    const value = params.get(codec.param);
    if (value === null) continue;
    const next = codec.read(value, state[slice]);
    if (next === null) problems.push({ param: codec.param, value: clip(value) });
    else {
      state[slice] = next;
      for (const part of codec.dropped?.(value) ?? []) problems.push({ param: codec.param, value: clip(part), part: true });
    }
  }
  return { state: state as UrlState, problems };
}

/**
 * Parameters that leave a link bare: they say how the app speaks, not what it shows. A bare visit
 * opens on the opening preset (state/opening.ts); a link with any other parameter, as it says.
 */
export const BARE_PARAMS: readonly string[] = ['lang'] satisfies readonly UrlParam[];

/**
 * Serialises to a query string; defaults are left out. `except` leaves out parameters by their
 * history kind (urlSync compares states without them). Never bare: the defaults alone are written
 * `?level=3`, since a bare link opens on the opening preset, not on the defaults.
 */
export function serializeUrl(state: UrlState, except: readonly ('replace' | 'typing')[] = []): string {
  const params = new URLSearchParams();
  for (const { slice, codec } of URL_PARAMS) {
    if (codec.history && codec.history !== 'push' && except.includes(codec.history)) continue;
    const value = codec.write(state[slice]);
    if (value !== null) params.set(codec.param, value);
  }
  if ([...params.keys()].every((k) => BARE_PARAMS.includes(k))) params.set('level', String(state.view.level));
  const s = params.toString().replaceAll('%2F', '/').replaceAll('%2C', ',').replaceAll('%3A', ':');
  return s ? `?${s}` : '';
}

/** The URL parts of the store's slices. */
export function urlStateOf(slices: UrlSlices): UrlState {
  return Object.fromEntries(SLICE_KEYS.map((k) => [k, codecOf(k).of(slices[k])])) as UrlState;
}

/** The store's slices with the URL parts applied. */
export function applyUrlState<T extends UrlSlices>(slices: T, url: UrlState): Pick<T, UrlSlice> {
  return Object.fromEntries(SLICE_KEYS.map((k) => [k, codecOf(k).apply(slices[k], url[k])])) as Pick<T, UrlSlice>;
}

/** Two URL parts with the same fields (slices are immutable, so fields compare by identity). */
function samePart(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => x[k] === y[k]);
}

/**
 * Whether a URL part changed: a hover, the bounds or an import change their slice but not its URL
 * part, and cost no serialisation.
 */
export function urlSlicesChanged(a: UrlSlices, b: UrlSlices): boolean {
  return SLICE_KEYS.some((k) => a[k] !== b[k] && !samePart(codecOf(k).of(a[k]), codecOf(k).of(b[k])));
}
