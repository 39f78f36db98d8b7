/**
 * Editing stories: pure functions over the list, each returning a new list (or the same one when
 * nothing changes), so the store, the undo-free UI and the tests share one set of rules.
 */
import { MAX_SLIDES, newId, type Slide, type Story } from './schema';

export interface EditContext {
  now: string;
  seed?: () => number;
}

function touch(story: Story, slides: Slide[], ctx: EditContext): Story {
  return { ...story, slides, updated: ctx.now };
}

/** Applies `fn` to one story; the same list when nothing changed (no needless save). */
function mapStory(stories: readonly Story[], storyId: string, fn: (s: Story) => Story): Story[] {
  const next = stories.map((s) => (s.id === storyId ? fn(s) : s));
  return next.some((s, i) => s !== stories[i]) ? next : (stories as Story[]);
}

export function createStory(stories: readonly Story[], title: string, ctx: EditContext): { stories: Story[]; id: string } {
  const story: Story = { id: newId(ctx.seed), title, slides: [], updated: ctx.now };
  return { stories: [...stories, story], id: story.id };
}

export function renameStory(stories: readonly Story[], storyId: string, title: string, ctx: EditContext): Story[] {
  return mapStory(stories, storyId, (s) => ({ ...s, title, updated: ctx.now }));
}

export function deleteStory(stories: readonly Story[], storyId: string): Story[] {
  return stories.filter((s) => s.id !== storyId);
}

/** Adds a slide after `after` (or at the end); refused (null) when the story is full. */
export function addSlide(
  stories: readonly Story[], storyId: string, slide: Omit<Slide, 'id'>, ctx: EditContext, after?: number,
): { stories: Story[]; index: number } | null {
  const story = stories.find((s) => s.id === storyId);
  if (!story || story.slides.length >= MAX_SLIDES) return null;
  const index = after === undefined ? story.slides.length : Math.min(after + 1, story.slides.length);
  const slides = [...story.slides];
  slides.splice(index, 0, { ...slide, id: newId(ctx.seed) });
  return { stories: mapStory(stories, storyId, (s) => touch(s, slides, ctx)), index };
}

export function updateSlide(
  stories: readonly Story[], storyId: string, index: number, patch: Partial<Omit<Slide, 'id'>>, ctx: EditContext,
): Story[] {
  return mapStory(stories, storyId, (s) => {
    const old = s.slides[index];
    if (!old) return s;
    const slides = [...s.slides];
    slides[index] = { ...old, ...patch };
    return touch(s, slides, ctx);
  });
}

/** Moves a slide from one place to another (drag and drop, or one step with the keyboard). */
export function moveSlide(stories: readonly Story[], storyId: string, from: number, to: number, ctx: EditContext): Story[] {
  return mapStory(stories, storyId, (s) => {
    const n = s.slides.length;
    if (from < 0 || from >= n || to < 0 || to >= n || from === to) return s;
    const slides = [...s.slides];
    const [moved] = slides.splice(from, 1);
    if (moved) slides.splice(to, 0, moved);
    return touch(s, slides, ctx);
  });
}

export function duplicateSlide(
  stories: readonly Story[], storyId: string, index: number, ctx: EditContext,
): { stories: Story[]; index: number } | null {
  const slide = stories.find((s) => s.id === storyId)?.slides[index];
  if (!slide) return null;
  return addSlide(stories, storyId, { title: slide.title, notes: slide.notes, query: slide.query }, ctx, index);
}

export function deleteSlide(stories: readonly Story[], storyId: string, index: number, ctx: EditContext): Story[] {
  return mapStory(stories, storyId, (s) => (index in s.slides ? touch(s, s.slides.filter((_, i) => i !== index), ctx) : s));
}

/**
 * Joins imported stories with those already here: an imported story with an id already present
 * is added as a copy with a new id (its title marked), never over the one the user has.
 */
export function mergeStories(
  have: readonly Story[], incoming: readonly Story[], ctx: EditContext, copyTitle: (title: string) => string,
): { stories: Story[]; added: number; renamed: number } {
  const ids = new Set(have.map((s) => s.id));
  let renamed = 0;
  const added = incoming.map((s) => {
    if (!ids.has(s.id)) {
      ids.add(s.id);
      return s;
    }
    renamed++;
    const id = newId(ctx.seed);
    ids.add(id);
    return { ...s, id, title: copyTitle(s.title) };
  });
  return { stories: [...have, ...added], added: added.length, renamed };
}
