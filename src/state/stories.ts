/**
 * Stories slice: the stories of this browser, the one being edited, and presenter mode. Not part
 * of the URL (a story is a list of URLs); persisted in IndexedDB by app/useStoriesStorage.
 * A slide is the URL state: `slideQuery` writes it with the URL codecs, `slideState` reads it.
 */
import type { Story } from '../model/stories/schema';
import { parseUrl, serializeUrl, urlStateOf, type UrlProblem, type UrlSlices, type UrlState } from './url';

export interface Presenting {
  storyId: string;
  index: number;
  /** The screen is blanked (B or '.'). */
  blank: boolean;
  /** Digits typed towards "number, then Enter". */
  digits: string;
  /** When presenting started (ms since epoch): the speaker's timer. */
  started: number;
}

export interface StoriesState {
  list: readonly Story[];
  activeId: string | null;
  /** Read from storage yet? 'unavailable': the browser refused (private mode, disabled); kept in memory only. */
  status: 'loading' | 'ready' | 'unavailable';
  presenting: Presenting | null;
}

export const initialStories: StoriesState = { list: [], activeId: null, status: 'loading', presenting: null };

export function withList(state: StoriesState, list: readonly Story[], activeId?: string | null): StoriesState {
  const wanted = activeId === undefined ? state.activeId : activeId;
  const active = wanted !== null && list.some((s) => s.id === wanted) ? wanted : (list[0]?.id ?? null);
  const presenting = state.presenting && list.some((s) => s.id === state.presenting?.storyId) ? state.presenting : null;
  return { ...state, list, activeId: active, presenting };
}

export function withPresenting(state: StoriesState, patch: Partial<Presenting> | null): StoriesState {
  if (patch === null) return state.presenting ? { ...state, presenting: null } : state;
  if (!state.presenting) {
    const storyId = patch.storyId ?? state.activeId;
    if (storyId === null) return state;
    return { ...state, presenting: { storyId, index: 0, blank: false, digits: '', started: Date.now(), ...patch } };
  }
  return { ...state, presenting: { ...state.presenting, ...patch } };
}

/** The current view as a slide's query: the URL the codecs write, camera included once it moved. */
export function slideQuery(slices: UrlSlices): string {
  return serializeUrl(urlStateOf(slices));
}

/** A slide's view: the URL state its query gives, and what in it could not be read (an old link). */
export function slideState(query: string): { state: UrlState; problems: UrlProblem[] } {
  return parseUrl(query);
}
