/** Notices: short messages about what went wrong (bad link, failed load), shown until dismissed. */
import type { UrlProblem } from './url';

export type Notice =
  | { id: string; kind: 'url'; problem: UrlProblem }
  | { id: string; kind: 'unknown-region'; value: string };

export interface NoticesState {
  notices: Notice[];
}

export const initialNotices: NoticesState = { notices: [] };

/** Adds a notice unless one with the same id is already shown. */
export function withNotice(state: NoticesState, notice: Notice): NoticesState {
  if (state.notices.some((n) => n.id === notice.id)) return state;
  return { notices: [...state.notices, notice] };
}

export function withoutNotice(state: NoticesState, id: string): NoticesState {
  return { notices: state.notices.filter((n) => n.id !== id) };
}

export function urlNotice(problem: UrlProblem): Notice {
  return { id: `url:${problem.kind}`, kind: 'url', problem };
}
