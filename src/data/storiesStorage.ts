/**
 * Stories persist in this browser's IndexedDB (idb-keyval), as one story file under one key.
 * IndexedDB writes are transactions: a write that fails (full storage, private mode) leaves the
 * value saved before it untouched, so an error loses nothing already saved. A stored value that
 * no longer validates is copied aside under its own key before anything is written over it.
 */
import { get, set } from 'idb-keyval';
import { readStoryJson, salvageStories, storyFile, type Story } from '../model/stories/schema';

export const STORIES_KEY = 'grensatlas:stories';
export const UNREADABLE_KEY = 'grensatlas:stories:unreadable';

export interface KeyVal {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

const idb: KeyVal = { get: (k) => get(k), set: (k, v) => set(k, v) };

export interface StoriesRead {
  stories: Story[];
  /** The browser refused to read (no IndexedDB, private mode): stories live in memory only. */
  unavailable: string | null;
  /** The stored value was damaged: how many stories were set aside, and why. */
  damaged: { dropped: number; detail: string; setAside: boolean } | null;
  migratedFrom: number | null;
}

function message(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

export async function readStories(kv: KeyVal = idb): Promise<StoriesRead> {
  let value: unknown;
  try {
    value = await kv.get(STORIES_KEY);
  } catch (e) {
    return { stories: [], unavailable: message(e), damaged: null, migratedFrom: null };
  }
  if (value === undefined) return { stories: [], unavailable: null, damaged: null, migratedFrom: null };
  const read = readStoryJson(value);
  if (read.ok) return { stories: read.file.stories, unavailable: null, damaged: null, migratedFrom: read.migratedFrom };
  const { stories, dropped } = salvageStories(value);
  const detail = read.error.kind === 'invalid' ? `${read.error.path}: ${read.error.detail}` : read.error.kind;
  try {
    await kv.set(`${UNREADABLE_KEY}:${new Date().toISOString()}`, value);
  } catch {
    // Cannot set it aside: then nothing may be written over it (the caller keeps stories in memory).
    return { stories, unavailable: null, damaged: { dropped: Math.max(dropped, 1), detail, setAside: false }, migratedFrom: null };
  }
  return { stories, unavailable: null, damaged: { dropped: Math.max(dropped, 1), detail, setAside: true }, migratedFrom: null };
}

/** Writes all stories; returns the browser's error when it refuses (full, disabled), else null. */
export async function writeStories(stories: readonly Story[], kv: KeyVal = idb): Promise<string | null> {
  try {
    await kv.set(STORIES_KEY, storyFile(stories));
    return null;
  } catch (e) {
    return message(e);
  }
}
