/** Catalogue filters and the order of the list: pure, so the panel and the tests share them. */
import type { Initiative, Kind, Topic } from './types';
import type { Hit } from './within';
import { fold } from '../text';

export type CrossBorder = 'all' | 'yes' | 'no';

export interface Filters {
  /** Kinds shown; empty means all. */
  kinds: Kind[];
  /** Topics; empty means all, else an entry must have one of them. */
  topics: Topic[];
  /** Active in some year of [from, to]; entries without a start year drop out once either is set. */
  from: number | null;
  to: number | null;
  cross: CrossBorder;
  text: string;
}

export const NO_FILTERS: Filters = { kinds: [], topics: [], from: null, to: null, cross: 'all', text: '' };

export function isFiltered(f: Filters): boolean {
  return f.kinds.length > 0 || f.topics.length > 0 || f.from !== null || f.to !== null || f.cross !== 'all' || f.text.trim() !== '';
}


export function activeIn(i: Pick<Initiative, 'start' | 'end'>, from: number | null, to: number | null): boolean {
  if (from === null && to === null) return true;
  if (i.start === null) return false;
  const end = i.end ?? Infinity;
  return (to === null || i.start <= to) && (from === null || end >= from);
}

export function matches(i: Initiative, f: Filters): boolean {
  if (f.kinds.length > 0 && !f.kinds.includes(i.kind)) return false;
  if (f.topics.length > 0 && !i.topics.some((t) => f.topics.includes(t))) return false;
  if (!activeIn(i, f.from, f.to)) return false;
  if (f.cross !== 'all' && i.crossBorder !== (f.cross === 'yes')) return false;
  const words = fold(f.text).split(/\s+/).filter(Boolean);
  if (words.length > 0) {
    const hay = fold([i.id, i.name, ...i.partners, ...i.places, ...i.themes].join(' '));
    if (!words.every((w) => hay.includes(w))) return false;
  }
  return true;
}

/**
 * Relevance to the current selection: within it by a confirmed location first, then within it
 * by an approximate one or only through partial members of an area, then in a region on screen, then the rest; within a group the most
 * recently started first, then by name.
 */
export function byRelevance(
  list: readonly Initiative[], inScope: ReadonlyMap<string, Pick<Hit, 'confirmed' | 'partial'>> | null, inView: ReadonlySet<string> | null,
  locale: string,
): Initiative[] {
  const rank = (i: Initiative): number => {
    const hit = inScope?.get(i.id);
    if (hit) return hit.confirmed && !hit.partial ? 0 : 1;
    return inView?.has(i.id) ? 2 : 3;
  };
  const collator = new Intl.Collator(locale);
  return [...list].sort((a, b) => rank(a) - rank(b) || (b.start ?? -Infinity) - (a.start ?? -Infinity) || collator.compare(a.name, b.name));
}
