/**
 * Imported initiatives survive a reload in this browser's local storage, as the rows they were
 * read from. Reading them back goes through the same validation as a file: a damaged store
 * loses nothing for good (what cannot be read is set aside under a second key before anything
 * is written again), and says so.
 */
import { toRow } from '../model/initiatives/io';
import { keptRaw, parseRows, type ParseContext, type RowProblem } from '../model/initiatives/parse';
import type { Initiative, RawRow } from '../model/initiatives/types';

export const STORAGE_KEY = 'grensatlas:initiatives:v1';
/** Rows that could not be read back, kept for the user (and a later version) to recover. */
export const SET_ASIDE_KEY = 'grensatlas:initiatives:v1:unreadable';

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface StoredRead {
  entries: Initiative[];
  problems: RowProblem[];
  /** The stored value as a whole could not be read. */
  error: 'notJson' | 'notList' | 'unreadable' | null;
  detail?: string;
}

export function readStored(storage: StorageLike, ctx: ParseContext, taken: ReadonlySet<string>): StoredRead {
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch (e) {
    return { entries: [], problems: [], error: 'unreadable', detail: e instanceof Error ? e.message : String(e) };
  }
  if (text === null) return { entries: [], problems: [], error: null };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    setAside(storage, [text], []);
    return { entries: [], problems: [], error: 'notJson', detail: e instanceof Error ? e.message : String(e) };
  }
  if (!Array.isArray(json)) {
    setAside(storage, [json], []);
    return { entries: [], problems: [], error: 'notList' };
  }
  const rows = json.map((r: unknown, i) => {
    const raw: RawRow = {};
    if (typeof r === 'object' && r !== null) for (const [k, v] of Object.entries(r)) if (typeof v === 'string') raw[k as keyof RawRow] = v;
    return { raw, where: { kind: 'stored' as const, n: i + 1 } };
  });
  const parsed = parseRows(rows, ctx, taken, true);
  if (parsed.problems.length > 0) {
    const bad = new Set(parsed.problems.map((p) => p.where.n));
    setAside(storage, json.filter((_, i) => bad.has(i + 1)), parsed.entries);
  }
  return { entries: parsed.entries, problems: parsed.problems, error: null };
}

/**
 * Moves what could not be read to its own key (one JSON list, each item once), then leaves only
 * the good rows in the store, so the same rows are not reported again on the next visit.
 */
function setAside(storage: StorageLike, items: readonly unknown[], good: readonly Initiative[]): void {
  try {
    let kept: unknown[] = [];
    try {
      const before: unknown = JSON.parse(storage.getItem(SET_ASIDE_KEY) ?? '[]');
      if (Array.isArray(before)) kept = before;
    } catch {
      // A damaged set-aside list is replaced; what it held was reported when it was set aside.
    }
    const seen = new Set(kept.map((x) => JSON.stringify(x)));
    for (const item of items) if (!seen.has(JSON.stringify(item))) kept.push(item);
    storage.setItem(SET_ASIDE_KEY, JSON.stringify(kept));
    writeStored(storage, good);
  } catch {
    // Nothing more can be done: the notice already says the rows were left out.
  }
}

/** Another tab's stored set joined with this tab's: theirs first, ours after; an emptied store empties. */
export function mergeStored(stored: readonly Initiative[], ours: readonly Initiative[], storeEmptied: boolean): Initiative[] {
  if (storeEmptied) return [];
  const have = new Set(stored.map((e) => e.id));
  return [...stored, ...ours.filter((e) => !have.has(e.id))];
}

/** Writes the imported set; returns an error message when the browser refuses (full, disabled). */
export function writeStored(storage: StorageLike, entries: readonly Initiative[]): string | null {
  try {
    if (entries.length === 0) storage.removeItem(STORAGE_KEY);
    else storage.setItem(STORAGE_KEY, JSON.stringify(entries.map((e) => keptRaw(toRow(e)))));
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
