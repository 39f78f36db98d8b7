/**
 * The URL is the single shareable state:
 *   ?level=3&region=NL213&map=8.00/52.3000/6.6000&lang=en
 *    &border=line,0,1&dist=50&areas=edr,euregio&area=euregio&only=25,25
 *    &ind=gdp_eur_per_inhabitant&year=2021&cls=quantile&k=5&brk=1_2&ref=national
 *    &zone=0 (a selected border zone)
 *    &cat=1&ini=RD2-TWENTE&ik=regio_deal,city_deal&it=work&iy=2019-2024&ix=yes&iq=grens&in=1&il=counts
 *    (the initiative catalogue: open, the entry shown, filters, within the selection, map layers)
 * Parsing never throws: what is valid is kept, each invalid part becomes a problem the UI reports.
 */
import { DEFAULT_LANG, isLang, type Lang } from '../i18n';
import { DEFAULT_LEVEL, isUiLevel, type UiLevel } from '../model/levels';
import { AREA_ID, NUTS_CODE } from '../model/nuts';
import { isValidCamera, type Camera } from './camera';
import { CLASSINGS, initialChoropleth, REFERENCES, type ChoroplethState, type Classing, type Reference } from './choropleth';
import { MAX_CLASSES, MIN_CLASSES, parseBreaks } from '../model/indicators/classify';
import { NO_FILTERS } from '../model/initiatives/filter';
import { ID_PATTERN, YEAR_MAX, YEAR_MIN } from '../model/initiatives/parse';
import { KINDS, TOPICS, type Kind, type Topic } from '../model/initiatives/types';
import { initialInitiativesUrl, type InitiativeLayers, type InitiativesUrl } from './initiatives';
import { BAND_COUNT, initialOverlays, isValidOuterKm, RULE_WITHIN_KM, type BorderRule, type OverlaysState, type RuleWithinKm } from './overlays';

export interface UrlState {
  choropleth: ChoroplethState;
  level: UiLevel;
  region: string | null;
  area: string | null;
  zone: number | null;
  camera: Camera | null;
  lang: Lang;
  overlays: OverlaysState;
  initiatives: InitiativesUrl;
}

export type UrlParam = 'level' | 'region' | 'area' | 'zone' | 'map' | 'lang' | 'border' | 'dist' | 'areas' | 'only' | 'ind' | 'year' | 'cls' | 'k' | 'brk' | 'ref'
  | 'cat' | 'ini' | 'ik' | 'it' | 'iy' | 'ix' | 'iq' | 'in' | 'il';
export interface UrlProblem {
  param: UrlParam;
  value: string;
}

export const DEFAULT_URL_STATE: UrlState = {
  choropleth: initialChoropleth,
  level: DEFAULT_LEVEL,
  region: null,
  area: null,
  zone: null,
  camera: null,
  lang: DEFAULT_LANG,
  overlays: initialOverlays,
  initiatives: initialInitiativesUrl,
};

/** Shortens user-supplied text before it is quoted in a notice. */
function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

function parseCamera(value: string): Camera | null {
  const parts = value.split('/');
  if (parts.length !== 3 || parts.some((p) => p.trim() === '')) return null;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  const camera: Camera = { center: [lon, lat], zoom };
  return isValidCamera(camera) ? camera : null;
}

/** "line,0,2" -> border line and bands 0 and 2; "none" -> nothing. */
function parseBorder(value: string): Pick<OverlaysState, 'borderLine' | 'bands'> | null {
  const tokens = value === 'none' ? [] : value.split(',');
  const bands: boolean[] = Array.from({ length: BAND_COUNT }, () => false);
  let borderLine = false;
  for (const t of tokens) {
    if (t === 'line') borderLine = true;
    else if (/^\d$/.test(t) && Number(t) < BAND_COUNT) bands[Number(t)] = true;
    else return null;
  }
  return { borderLine, bands };
}

function formatBorder(o: OverlaysState): string {
  const tokens = [...(o.borderLine ? ['line'] : []), ...o.bands.flatMap((on, i) => (on ? [String(i)] : []))];
  return tokens.length > 0 ? tokens.join(',') : 'none';
}

/** "25,25" -> at least 25 % of the area within 25 km. */
function parseRule(value: string): BorderRule | null {
  const m = /^(\d{1,3}),(\d{1,3})$/.exec(value);
  if (!m) return null;
  const pct = Number(m[1]);
  const km = Number(m[2]);
  if (pct < 1 || pct > 100 || !(RULE_WITHIN_KM as readonly number[]).includes(km)) return null;
  return { minShare: pct / 100, withinKm: km as RuleWithinKm };
}

export function parseUrl(search: string): { state: UrlState; problems: UrlProblem[] } {
  const params = new URLSearchParams(search);
  const problems: UrlProblem[] = [];
  let overlays = initialOverlays;
  const state: UrlState = { ...DEFAULT_URL_STATE };
  const read = (param: UrlParam, accept: (value: string) => boolean) => {
    const value = params.get(param);
    if (value !== null && !accept(value)) problems.push({ param, value: clip(value) });
  };

  read('level', (v) => {
    const n = Number(v);
    if (!/^\d$/.test(v) || !isUiLevel(n)) return false;
    state.level = n;
    return true;
  });
  read('region', (v) => {
    const code = v.trim().toUpperCase();
    if (!NUTS_CODE.test(code)) return false;
    state.region = code;
    return true;
  });
  read('area', (v) => {
    if (!AREA_ID.test(v)) return false;
    state.area = v;
    return true;
  });
  read('map', (v) => {
    const camera = parseCamera(v);
    state.camera = camera;
    return camera !== null;
  });
  read('lang', (v) => {
    if (!isLang(v)) return false;
    state.lang = v;
    return true;
  });
  read('border', (v) => {
    const b = parseBorder(v);
    if (b) overlays = { ...overlays, ...b };
    return b !== null;
  });
  read('dist', (v) => {
    const km = Number(v);
    if (!/^\d+$/.test(v) || !isValidOuterKm(km)) return false;
    overlays = { ...overlays, outerKm: km };
    return true;
  });
  read('areas', (v) => {
    const ids = v.split(',');
    if (!ids.every((id) => AREA_ID.test(id))) return false;
    overlays = { ...overlays, areas: [...new Set(ids)].sort() };
    return true;
  });
  read('only', (v) => {
    const rule = parseRule(v);
    if (rule) overlays = { ...overlays, borderOnly: rule };
    return rule !== null;
  });
  let choropleth = initialChoropleth;
  read('ind', (v) => {
    if (!/^[a-z0-9_]{1,60}$/.test(v)) return false;
    choropleth = { ...choropleth, indicator: v };
    return true;
  });
  read('year', (v) => {
    if (!/^\d{4}(-\d{4}|-\d{2}-\d{2})?$/.test(v)) return false;
    choropleth = { ...choropleth, period: v };
    return true;
  });
  read('cls', (v) => {
    if (!(CLASSINGS as readonly string[]).includes(v)) return false;
    choropleth = { ...choropleth, classing: v as Classing };
    return true;
  });
  read('k', (v) => {
    const k = Number(v);
    if (!/^\d$/.test(v) || k < MIN_CLASSES || k > MAX_CLASSES) return false;
    choropleth = { ...choropleth, k };
    return true;
  });
  read('brk', (v) => {
    const parsed = parseBreaks(v.replaceAll('_', ' '));
    if ('error' in parsed || parsed.breaks.length === 0) return false;
    choropleth = { ...choropleth, breaks: parsed.breaks };
    return true;
  });
  read('ref', (v) => {
    if (!(REFERENCES as readonly string[]).includes(v)) return false;
    choropleth = { ...choropleth, reference: v as Reference };
    return true;
  });
  state.choropleth = choropleth;
  read('zone', (v) => {
    if (!/^\d$/.test(v) || Number(v) >= BAND_COUNT) return false;
    state.zone = Number(v);
    return true;
  });
  state.initiatives = parseInitiatives(read);
  // One thing is selected: a region wins over an area, an area over a zone; the loser is reported.
  if (state.region && state.area) {
    problems.push({ param: 'area', value: state.area });
    state.area = null;
  }
  if ((state.region || state.area) && state.zone !== null) {
    problems.push({ param: 'zone', value: String(state.zone) });
    state.zone = null;
  }
  state.overlays = overlays;
  return { state, problems };
}

function listParam<T extends string>(value: string, allowed: readonly T[]): T[] | null {
  const items = value.split(',');
  if (!items.every((x) => (allowed as readonly string[]).includes(x))) return null;
  return allowed.filter((a) => items.includes(a));
}

function parseInitiatives(read: (param: UrlParam, accept: (value: string) => boolean) => void): InitiativesUrl {
  let u: InitiativesUrl = initialInitiativesUrl;
  let filters = NO_FILTERS;
  read('cat', (v) => {
    if (v !== '0' && v !== '1') return false;
    u = { ...u, panel: v === '1' };
    return true;
  });
  read('ini', (v) => {
    if (!ID_PATTERN.test(v)) return false;
    u = { ...u, open: v, panel: true };
    return true;
  });
  read('ik', (v) => {
    const kinds = listParam<Kind>(v, KINDS);
    if (kinds) filters = { ...filters, kinds };
    return kinds !== null;
  });
  read('it', (v) => {
    const topics = listParam<Topic>(v, TOPICS);
    if (topics) filters = { ...filters, topics };
    return topics !== null;
  });
  read('iy', (v) => {
    const m = /^(\d{4})?-(\d{4})?$/.exec(v);
    if (!m || (!m[1] && !m[2])) return false;
    const from = m[1] ? Number(m[1]) : null;
    const to = m[2] ? Number(m[2]) : null;
    const inRange = (y: number | null) => y === null || (y >= YEAR_MIN && y <= YEAR_MAX);
    if (!inRange(from) || !inRange(to) || (from !== null && to !== null && to < from)) return false;
    filters = { ...filters, from, to };
    return true;
  });
  read('ix', (v) => {
    if (v !== 'yes' && v !== 'no') return false;
    filters = { ...filters, cross: v };
    return true;
  });
  read('iq', (v) => {
    if (v.length > 100) return false;
    filters = { ...filters, text: v.trim() === '' ? '' : v };
    return true;
  });
  read('in', (v) => {
    if (v !== '1') return false;
    u = { ...u, scoped: true };
    return true;
  });
  read('il', (v) => {
    const layers = v === 'none' ? [] : listParam<keyof InitiativeLayers>(v, ['points', 'counts']);
    if (layers) u = { ...u, layers: { points: layers.includes('points'), counts: layers.includes('counts') } };
    return layers !== null;
  });
  return { ...u, filters };
}

function serializeInitiatives(params: URLSearchParams, u: InitiativesUrl): void {
  const d = initialInitiativesUrl;
  if (u.panel !== d.panel && !u.open) params.set('cat', u.panel ? '1' : '0');
  if (u.open) params.set('ini', u.open);
  const f = u.filters;
  if (f.kinds.length > 0) params.set('ik', f.kinds.join(','));
  if (f.topics.length > 0) params.set('it', f.topics.join(','));
  if (f.from !== null || f.to !== null) params.set('iy', `${f.from ?? ''}-${f.to ?? ''}`);
  if (f.cross !== 'all') params.set('ix', f.cross);
  if (f.text.trim() !== '') params.set('iq', f.text);
  if (u.scoped) params.set('in', '1');
  if (u.layers.points !== d.layers.points || u.layers.counts !== d.layers.counts) {
    const on = (['points', 'counts'] as const).filter((k) => u.layers[k]);
    params.set('il', on.length > 0 ? on.join(',') : 'none');
  }
}

export function formatCamera(c: Camera): string {
  return `${c.zoom.toFixed(2)}/${c.center[1].toFixed(4)}/${c.center[0].toFixed(4)}`;
}

/** Serialises to a query string ('' for the default view); defaults are left out. */
export function serializeUrl(state: UrlState): string {
  const params = new URLSearchParams();
  const o = state.overlays;
  const d = initialOverlays;
  if (state.level !== DEFAULT_URL_STATE.level) params.set('level', String(state.level));
  if (state.region) params.set('region', state.region);
  if (state.area) params.set('area', state.area);
  if (state.zone !== null) params.set('zone', String(state.zone));
  if (state.camera) params.set('map', formatCamera(state.camera));
  if (state.lang !== DEFAULT_URL_STATE.lang) params.set('lang', state.lang);
  if (formatBorder(o) !== formatBorder(d)) params.set('border', formatBorder(o));
  if (o.outerKm !== d.outerKm) params.set('dist', String(o.outerKm));
  if (o.areas.length > 0) params.set('areas', o.areas.join(','));
  if (o.borderOnly) params.set('only', `${Math.round(o.borderOnly.minShare * 100)},${o.borderOnly.withinKm}`);
  const c = state.choropleth;
  const dc = initialChoropleth;
  if (c.indicator) params.set('ind', c.indicator);
  if (c.period) params.set('year', c.period);
  if (c.classing !== dc.classing) params.set('cls', c.classing);
  if (c.k !== dc.k) params.set('k', String(c.k));
  if (c.breaks.length > 0) params.set('brk', c.breaks.join('_'));
  if (c.reference !== dc.reference) params.set('ref', c.reference);
  serializeInitiatives(params, state.initiatives);
  const s = params.toString().replaceAll('%2F', '/').replaceAll('%2C', ',');
  return s ? `?${s}` : '';
}
