/**
 * Keeps the user's imported initiatives in local storage: read once the region index is there
 * (rows are checked against it), written on every change after that. A damaged store or a
 * refused write becomes a notice; nothing else is dropped.
 */
import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useAppStoreApi } from '../state/context';
import { readStored, writeStored } from '../state/importStorage';
import { parseContextOf, initiativesQuery } from './initiatives';
import { regionIndexQuery } from './queries';

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled (privacy settings): imports last for the session
  }
}

export function useImportStorage(): void {
  const store = useAppStoreApi();
  const index = useQuery(regionIndexQuery()).data;
  // The embedded ids must be known, so a stored row cannot shadow an embedded entry.
  const embedded = useQuery(initiativesQuery()).data;
  const loaded = useRef(false);

  useEffect(() => {
    if (loaded.current || !index || !embedded) return;
    loaded.current = true;
    const storage = browserStorage();
    if (!storage) return;
    const s = store.getState();
    const r = readStored(storage, parseContextOf(index), new Set(embedded.map((i) => i.id)));
    if (r.error) s.addNotice({ id: 'stored-initiatives', kind: 'stored-initiatives', count: 0, detail: r.error });
    else if (r.problems.length > 0) {
      const rows = new Set(r.problems.map((p) => p.where));
      const first = r.problems[0];
      s.addNotice({ id: 'stored-initiatives', kind: 'stored-initiatives', count: rows.size, detail: first ? `${first.where}: ${first.field ?? ''} ${first.message}` : '' });
    }
    if (r.entries.length > 0) s.addImported(r.entries, null);
    // From here on, every change of the imported set is written.
    return store.subscribe((next, prev) => {
      if (next.initiatives.imported === prev.initiatives.imported) return;
      const error = writeStored(storage, next.initiatives.imported);
      if (error) next.addNotice({ id: 'storage', kind: 'storage', detail: error });
    });
  }, [index, embedded, store]);
}
