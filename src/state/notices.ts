/** Notices: short messages about what went wrong (bad link, failed map update), shown until dismissed. */
import type { UrlProblem } from './url';
import type { RowProblem } from '../model/initiatives/parse';
import type { StoredRead } from './importStorage';

export type Notice =
  | { id: string; kind: 'url'; problem: UrlProblem }
  | { id: string; kind: 'unknown-region'; value: string }
  | { id: string; kind: 'unknown-areas'; values: string[] }
  | { id: string; kind: 'map-error'; detail: string }
  | { id: string; kind: 'unknown-initiative'; value: string }
  | { id: string; kind: 'stored-initiatives'; count: number; first: RowProblem | null; error: StoredRead['error']; detail?: string }
  | { id: string; kind: 'storage'; detail: string }
  | { id: string; kind: 'compare-full'; count: number }
  | { id: string; kind: 'unknown-places'; values: string[] }
  /** Stories could not be read from (or written to) this browser's storage. */
  | { id: string; kind: 'stories-storage'; what: 'read' | 'write'; detail: string }
  | { id: string; kind: 'stories-damaged'; count: number; detail: string }
  /** A slide's view names what no longer exists (an old link): left out, the rest shown. */
  | { id: string; kind: 'slide-problems'; title: string; values: string[] };

export interface NoticesState {
  notices: Notice[];
}

export const initialNotices: NoticesState = { notices: [] };

/** Adds a notice, replacing one with the same id (so a repeated problem shows once, up to date). */
export function withNotice(state: NoticesState, notice: Notice): NoticesState {
  const i = state.notices.findIndex((n) => n.id === notice.id);
  if (i === -1) return { notices: [...state.notices, notice] };
  const notices = [...state.notices];
  notices[i] = notice;
  return { notices };
}

export function withoutNotice(state: NoticesState, id: string): NoticesState {
  return { notices: state.notices.filter((n) => n.id !== id) };
}

export function urlNotice(problem: UrlProblem): Notice {
  return { id: problem.part ? `url:${problem.param}:${problem.value}` : `url:${problem.param}`, kind: 'url', problem };
}
