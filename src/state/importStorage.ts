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
  } catch {
    setAside(storage, text);
    return { entries: [], problems: [], error: 'notJson' };
  }
  if (!Array.isArray(json)) {
    setAside(storage, text);
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
    setAside(storage, JSON.stringify(json.filter((_, i) => bad.has(i + 1))));
  }
  return { entries: parsed.entries, problems: parsed.problems, error: null };
}

/** Keeps what could not be read under its own key (added to what an earlier read set aside). */
function setAside(storage: StorageLike, text: string): void {
  try {
    const before = storage.getItem(SET_ASIDE_KEY);
    storage.setItem(SET_ASIDE_KEY, before ? `${before}\n${text}` : text);
  } catch {
    // Nothing more can be done: the notice already says the rows were left out.
  }
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
