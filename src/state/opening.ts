/**
 * The opening view. A bare visit (no state parameter in the URL; `lang` alone still counts as
 * bare) opens on a preset made for a first look: the map coloured by GDP per inhabitant at
 * NUTS 3, the border line, and the frame of the border regions (`map=border`). The app then
 * rewrites the URL once, in place (urlSync's start-up canonicalisation, history.replaceState),
 * to that preset, so that what is on screen is an explicit, shareable link.
 *
 * Any link that carries state opens exactly as before: the codecs' defaults (no indicator, the
 * countries' view) are unchanged and decide what such a link means. (The app never writes a bare
 * URL itself: see serializeUrl.)
 */
import { BARE_PARAMS, parseUrl, URL_PARAMS, type UrlProblem, type UrlState } from './url';

/** The indicator the map opens with: a real cross-border figure at NUTS 3 for every country. */
export const OPENING_INDICATOR = 'gdp_eur_per_inhabitant';

/** Whether a query string names no state: nothing, unknown parameters, or only `lang`. */
export function isBareVisit(search: string): boolean {
  const params = new URLSearchParams(search);
  return URL_PARAMS.every(({ codec }) => BARE_PARAMS.includes(codec.param) || !params.has(codec.param));
}

/** The opening preset over a (bare) URL state: its language kept. */
export function withOpening(state: UrlState): UrlState {
  return {
    ...state,
    view: { ...state.view, level: 3, camera: null, frame: 'border' },
    overlays: { ...state.overlays, borderLine: true },
    choropleth: { ...state.choropleth, indicator: OPENING_INDICATOR, period: null },
  };
}

/** The state the app starts from: the link's, or the opening preset for a bare visit. */
export function startState(search: string): { state: UrlState; problems: UrlProblem[]; opening: boolean } {
  const parsed = parseUrl(search);
  const opening = isBareVisit(search);
  return { ...parsed, state: opening ? withOpening(parsed.state) : parsed.state, opening };
}
