import { describe, expect, it } from 'vitest';
import { addSlide, createStory, deleteSlide, duplicateSlide, mergeStories, moveSlide, renameStory, updateSlide } from './edit';
import type { Story } from './schema';

// Synthetic stories, for the tests only.
let n = 1;
const ctx = { now: '2026-12-03T12:00:00.000Z', seed: () => (n = (n * 16807) % 2147483647) / 2147483647 };
const titles = (s: readonly Story[], id: string) => s.find((x) => x.id === id)?.slides.map((x) => x.title);

describe('editing stories', () => {
  it('adds, moves, duplicates, updates and deletes slides', () => {
    const made = createStory([], 'Talk', ctx);
    let list = made.stories;
    for (const title of ['a', 'b', 'c']) list = addSlide(list, made.id, { title, notes: '', query: `?k=${title}` }, ctx)?.stories ?? list;
    expect(titles(list, made.id)).toEqual(['a', 'b', 'c']);
    list = moveSlide(list, made.id, 2, 0, ctx);
    expect(titles(list, made.id)).toEqual(['c', 'a', 'b']);
    expect(moveSlide(list, made.id, 0, 5, ctx)).toBe(list);
    list = duplicateSlide(list, made.id, 1, ctx)?.stories ?? list;
    expect(titles(list, made.id)).toEqual(['c', 'a', 'a', 'b']);
    const ids = list[0]?.slides.map((s) => s.id) ?? [];
    expect(new Set(ids).size).toBe(4);
    list = updateSlide(list, made.id, 2, { title: 'a2', query: '?level=2' }, ctx);
    expect(list[0]?.slides[2]).toMatchObject({ title: 'a2', query: '?level=2' });
    list = deleteSlide(list, made.id, 0, ctx);
    expect(titles(list, made.id)).toEqual(['a', 'a2', 'b']);
    list = renameStory(list, made.id, 'Congress', ctx);
    expect(list[0]?.title).toBe('Congress');
  });

  it('adds imported stories beside those here; one with a known id comes in as a copy', () => {
    const have: Story[] = [{ id: 'x', title: 'Mine', slides: [], updated: ctx.now }];
    const incoming: Story[] = [{ id: 'x', title: 'Mine', slides: [], updated: ctx.now }, { id: 'y', title: 'New', slides: [], updated: ctx.now }];
    const merged = mergeStories(have, incoming, ctx, (t) => `${t} (copy)`);
    expect(merged.stories.map((s) => s.title)).toEqual(['Mine', 'Mine (copy)', 'New']);
    expect(merged.stories[1]?.id).not.toBe('x');
    expect(merged).toMatchObject({ added: 2, renamed: 1 });
  });
});
