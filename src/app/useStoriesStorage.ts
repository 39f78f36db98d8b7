/**
 * Stories persist in IndexedDB: read once at start-up, written after every change. Writes go one
 * after another (a later list never lands before an earlier one). A browser that refuses storage
 * keeps the stories in memory for the session and says so; a failed write keeps what was saved.
 */
import { useEffect } from 'react';
import { useAppStoreApi } from '../state/context';
import { readStories, writeStories } from '../data/storiesStorage';
import type { Story } from '../model/stories/schema';

export function useStoriesStorage(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    let cancelled = false;
    let loaded = false;
    let queue = Promise.resolve();
    const save = (list: readonly Story[]) => {
      queue = queue.then(async () => {
        const error = await writeStories(list);
        const api = store.getState();
        if (error) api.addNotice({ id: 'stories-write', kind: 'stories-storage', what: 'write', detail: error });
        else if (api.notices.notices.some((n) => n.id === 'stories-write')) api.dismissNotice('stories-write');
      });
    };
    void readStories().then((read) => {
      if (cancelled) return;
      const api = store.getState();
      if (read.unavailable) api.addNotice({ id: 'stories-read', kind: 'stories-storage', what: 'read', detail: read.unavailable });
      if (read.damaged) api.addNotice({ id: 'stories-damaged', kind: 'stories-damaged', count: read.damaged.dropped, detail: read.damaged.detail });
      // Stories made before the read finished (the panel works at once) join those read.
      const made = api.stories.list.filter((s) => !read.stories.some((r) => r.id === s.id));
      api.setStories([...read.stories, ...made]);
      // A damaged value that could not be set aside must not be written over: memory only.
      loaded = !read.unavailable && read.damaged?.setAside !== false;
      api.setStoriesStatus(loaded ? 'ready' : 'unavailable');
      // A damaged value was set aside; writing the good part back means it is not reported again.
      if (loaded && (made.length > 0 || read.damaged || read.migratedFrom !== null)) save(store.getState().stories.list);
    });
    const unsubscribe = store.subscribe((s, prev) => {
      if (loaded && s.stories.list !== prev.stories.list) save(s.stories.list);
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [store]);
}
