/**
 * The URL is the single shareable state: ?level=3&region=NL213&map=8.00/52.3000/6.6000&lang=en.
 * Parsing never throws: what is valid is kept, each invalid part becomes a problem the UI reports.
 */
import { DEFAULT_LANG, isLang, type Lang } from '../i18n';
import { DEFAULT_LEVEL, isUiLevel, type UiLevel } from '../model/levels';
import { isValidCamera, type Camera } from './camera';

export interface UrlState {
  level: UiLevel;
  region: string | null;
  camera: Camera | null;
  lang: Lang;
}

export type UrlProblem =
  | { kind: 'bad-level'; value: string }
  | { kind: 'bad-region'; value: string }
  | { kind: 'bad-map'; value: string }
  | { kind: 'bad-lang'; value: string };

export const DEFAULT_URL_STATE: UrlState = { level: DEFAULT_LEVEL, region: null, camera: null, lang: DEFAULT_LANG };

/** NUTS codes: two letters, then up to three letters or digits (DEA34, NL213, BE2). */
const REGION_CODE = /^[A-Z]{2}[A-Z0-9]{0,3}$/;

export function isRegionCode(value: string): boolean {
  return REGION_CODE.test(value);
}

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

export function parseUrl(search: string): { state: UrlState; problems: UrlProblem[] } {
  const params = new URLSearchParams(search);
  const state: UrlState = { ...DEFAULT_URL_STATE };
  const problems: UrlProblem[] = [];

  const level = params.get('level');
  if (level !== null) {
    const n = Number(level);
    if (/^\d$/.test(level) && isUiLevel(n)) state.level = n;
    else problems.push({ kind: 'bad-level', value: clip(level) });
  }
  const region = params.get('region');
  if (region !== null) {
    const code = region.trim().toUpperCase();
    if (isRegionCode(code)) state.region = code;
    else problems.push({ kind: 'bad-region', value: clip(region) });
  }
  const map = params.get('map');
  if (map !== null) {
    const camera = parseCamera(map);
    if (camera) state.camera = camera;
    else problems.push({ kind: 'bad-map', value: clip(map) });
  }
  const lang = params.get('lang');
  if (lang !== null) {
    if (isLang(lang)) state.lang = lang;
    else problems.push({ kind: 'bad-lang', value: clip(lang) });
  }
  return { state, problems };
}

export function formatCamera(c: Camera): string {
  return `${c.zoom.toFixed(2)}/${c.center[1].toFixed(4)}/${c.center[0].toFixed(4)}`;
}

/** Serialises to a query string ('' for the default view); defaults are left out. */
export function serializeUrl(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.level !== DEFAULT_URL_STATE.level) params.set('level', String(state.level));
  if (state.region) params.set('region', state.region);
  if (state.camera) params.set('map', formatCamera(state.camera));
  if (state.lang !== DEFAULT_URL_STATE.lang) params.set('lang', state.lang);
  const s = params.toString().replaceAll('%2F', '/');
  return s ? `?${s}` : '';
}
