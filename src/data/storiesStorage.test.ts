import { describe, expect, it } from 'vitest';
import { readStories, STORIES_KEY, UNREADABLE_KEY, writeStories, type KeyVal } from './storiesStorage';
import { storyFile, type Story } from '../model/stories/schema';

// A synthetic story and an in-memory store standing in for IndexedDB, for the tests only.
const story: Story = { id: 'a', title: 'A', slides: [{ id: 's', title: 'S', notes: '', query: '?level=2' }], updated: '2026-12-03T12:00:00.000Z' };
function memory(init: Record<string, unknown> = {}, fail: { get?: Error; set?: Error } = {}): KeyVal & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(init));
  return {
    data,
    get: (k) => (fail.get ? Promise.reject(fail.get) : Promise.resolve(data.get(k))),
    set: (k, v) => {
      if (fail.set) return Promise.reject(fail.set);
      data.set(k, v);
      return Promise.resolve();
    },
  };
}

describe('stories in the browser', () => {
  it('writes and reads back', async () => {
    const kv = memory();
    expect(await writeStories([story], kv)).toBeNull();
    expect(await readStories(kv)).toEqual({ stories: [story], unavailable: null, damaged: null, migratedFrom: null });
  });

  it('reports full storage, and what was saved before stays', async () => {
    const kv = memory({ [STORIES_KEY]: storyFile([story]) });
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const full = { ...kv, set: () => Promise.reject(quota) };
    expect(await writeStories([story, { ...story, id: 'b' }], full)).toMatch(/QuotaExceededError/);
    expect((await readStories(kv)).stories).toEqual([story]);
  });

  it('reports a browser that refuses storage (private mode)', async () => {
    const kv = memory({}, { get: new Error('IndexedDB is disabled') });
    expect(await readStories(kv)).toMatchObject({ stories: [], unavailable: 'Error: IndexedDB is disabled' });
  });

  it('sets a damaged value aside and keeps the stories that are still good', async () => {
    const damaged = { ...storyFile([story]), stories: [story, { id: 'broken' }] };
    const kv = memory({ [STORIES_KEY]: damaged });
    const read = await readStories(kv);
    expect(read.stories).toEqual([story]);
    expect(read.damaged).toMatchObject({ dropped: 1, setAside: true });
    const aside = [...kv.data.keys()].filter((k) => k.startsWith(UNREADABLE_KEY));
    expect(aside).toHaveLength(1);
    expect(kv.data.get(aside[0] ?? '')).toEqual(damaged);
  });
});
