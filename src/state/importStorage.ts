/**
 * Imported initiatives survive a reload in this browser's local storage, as the rows they were
 * read from. Reading them back goes through the same validation as a file: a damaged store
 * loses only the rows that are damaged, and says so.
 */
import { toRow } from '../model/initiatives/io';
import { parseRows, type ParseContext, type RowProblem } from '../model/initiatives/parse';
import type { Initiative, RawRow } from '../model/initiatives/types';

export const STORAGE_KEY = 'grensatlas:initiatives:v1';

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface StoredRead {
  entries: Initiative[];
  problems: RowProblem[];
  /** The stored value as a whole could not be read. */
  error: string | null;
}

export function readStored(storage: StorageLike, ctx: ParseContext, taken: ReadonlySet<string>): StoredRead {
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch (e) {
    return { entries: [], problems: [], error: e instanceof Error ? e.message : String(e) };
  }
  if (text === null) return { entries: [], problems: [], error: null };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { entries: [], problems: [], error: 'not valid JSON' };
  }
  if (!Array.isArray(json)) return { entries: [], problems: [], error: 'not a list of rows' };
  const rows = json.map((r: unknown, i) => {
    const raw: RawRow = {};
    if (typeof r === 'object' && r !== null) for (const [k, v] of Object.entries(r)) if (typeof v === 'string') raw[k as keyof RawRow] = v;
    return { raw, where: `stored row ${i + 1}` };
  });
  const parsed = parseRows(rows, ctx, taken);
  const rawById = new Map(rows.map((r) => [r.raw.id ?? '', r.raw]));
  return { entries: parsed.entries.map((e) => ({ ...e, raw: stripEmpty(rawById.get(e.id) ?? {}) })), problems: parsed.problems, error: null };
}

function stripEmpty(raw: RawRow): Record<string, string> {
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== ''));
}

/** Writes the imported set; returns an error message when the browser refuses (full, disabled). */
export function writeStored(storage: StorageLike, entries: readonly Initiative[]): string | null {
  try {
    if (entries.length === 0) storage.removeItem(STORAGE_KEY);
    else storage.setItem(STORAGE_KEY, JSON.stringify(entries.map((e) => stripEmpty(toRow(e)))));
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}
