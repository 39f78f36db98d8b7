/**
 * Keeps the user's imported initiatives in local storage: read once the region index and the
 * catalogue are there (rows are checked against them), written on every change after that, and
 * read again when another tab of this browser changes them. A damaged store or a refused write
 * becomes a notice; nothing else is dropped.
 */
import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useAppStore, useAppStoreApi } from '../state/context';
import { parseContextOf } from '../model/initiatives/catalogue';
import { initiativesQuery } from '../data/initiatives';
import { regionIndexQuery } from '../data/queries';
import { mergeStored, readStored, STORAGE_KEY, writeStored } from '../state/importStorage';
import type { AppStore } from '../state/store';
import type { Initiative } from '../model/initiatives/types';
import type { ParseContext } from '../model/initiatives/parse';

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled (privacy settings): imports last for the session
  }
}

function load(store: AppStore, storage: Storage, ctx: ParseContext, embedded: readonly Initiative[]): Initiative[] {
  const s = store.getState();
  const r = readStored(storage, ctx, new Set(embedded.map((i) => i.id)));
  if (r.error || r.problems.length > 0) {
    s.addNotice({
      id: 'stored-initiatives', kind: 'stored-initiatives', count: new Set(r.problems.map((p) => p.where.n)).size,
      first: r.problems[0] ?? null, error: r.error, ...(r.detail ? { detail: r.detail } : {}),
    });
  }
  return r.entries;
}

export function useImportStorage(): void {
  const store = useAppStoreApi();
  const index = useQuery(regionIndexQuery()).data;
  // The embedded ids must be known, so a stored row cannot shadow an embedded entry.
  const firstFrame = useAppStore((s) => s.view.firstFrame);
  const embedded = useQuery({ ...initiativesQuery(), enabled: firstFrame }).data;
  const loaded = useRef(false);

  useEffect(() => {
    if (!index || !embedded) return;
    const storage = browserStorage();
    // Once: what an earlier visit stored. A re-run (StrictMode, new data) only re-subscribes.
    if (!loaded.current) {
      loaded.current = true;
      const entries = storage ? load(store, storage, parseContextOf(index), embedded) : [];
      store.getState().setStoredRead(entries);
    }
    if (!storage) return;
    // From then on: every change is written; another tab's change is read.
    const unsubscribe = store.subscribe((next, prev) => {
      if (next.initiatives.imported === prev.initiatives.imported) return;
      const error = writeStored(storage, next.initiatives.imported);
      if (error) next.addNotice({ id: 'storage', kind: 'storage', detail: error });
    });
    const onStorage = (e: StorageEvent) => {
      if (e.key !== STORAGE_KEY) return;
      const stored = load(store, storage, parseContextOf(index), embedded);
      const merged = mergeStored(stored, store.getState().initiatives.imported, e.newValue === null);
      // Writing the merge back (when it adds ours) lets the other tab catch up in turn.
      store.getState().setStoredImports(merged);
    };
    window.addEventListener('storage', onStorage);
    return () => {
      unsubscribe();
      window.removeEventListener('storage', onStorage);
    };
  }, [index, embedded, store]);
}
