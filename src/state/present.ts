/**
 * Showing slides and stepping through a story: one set of actions for the keys, the on-screen
 * buttons and the speaker window's commands.
 */
import type { Slide, Story } from '../model/stories/schema';
import { targetSlide, type PresenterAction } from '../model/stories/keys';
import type { AppState, AppStore } from './store';
import { slideState } from './stories';
import { serializeUrl, urlStateOf, type UrlState } from './url';

/** Shows a slide's view; what its link names that no longer exists is reported and left out. */
export function showSlide(store: AppStore, slide: Slide, motion: 'fly' | 'jump'): void {
  const { state, problems } = slideState(slide.query);
  const api = store.getState();
  if (problems.length > 0) {
    api.addNotice({ id: `slide:${slide.id}`, kind: 'slide-problems', title: slide.title, values: problems.map((p) => `${p.param}=${p.value}`) });
  }
  api.applyUrl(state, motion);
}

export function presentedStory(s: AppState): Story | null {
  const p = s.stories.presenting;
  return p ? (s.stories.list.find((x) => x.id === p.storyId) ?? null) : null;
}

/**
 * Whether the view has left the slide (the speaker explores): the URL state differs from the
 * slide's. A slide saved before the camera moved has no camera, and any camera matches it.
 */
export function hasLeftSlide(s: AppState, slide: Slide): boolean {
  const { state: wanted, query } = wantedOf(slide);
  const now = urlStateOf(s);
  const here = wanted.view.camera === null ? { ...now, view: { ...now.view, camera: null } } : now;
  return serializeUrl(here) !== query;
}

/**
 * A slide's view and canonical query, read once per slide: the presenter bar asks on every store
 * change (a hover included), and slides are immutable, so they key a WeakMap.
 */
const wanted = new WeakMap<Slide, { state: UrlState; query: string }>();
function wantedOf(slide: Slide): { state: UrlState; query: string } {
  let w = wanted.get(slide);
  if (!w) {
    const state = slideState(slide.query).state;
    w = { state, query: serializeUrl(state) };
    wanted.set(slide, w);
  }
  return w;
}

/** Starts presenting a story from its first slide (or `index`). */
export function startPresenting(store: AppStore, storyId: string, motion: 'fly' | 'jump', index = 0): void {
  const story = store.getState().stories.list.find((s) => s.id === storyId);
  if (!story) return;
  store.getState().setPresenting({ storyId, index, blank: false, digits: '', started: Date.now() });
  const slide = story.slides[index];
  if (slide) showSlide(store, slide, motion);
}

/** Carries out one presenter action. The next key always shows a slide, so it also ends free exploring. */
export function presenterStep(store: AppStore, action: PresenterAction, motion: 'fly' | 'jump'): void {
  const s = store.getState();
  const p = s.stories.presenting;
  const story = presentedStory(s);
  if (!p || !story) return;
  switch (action.kind) {
    case 'none':
      return;
    case 'typing':
      s.setPresenting({ digits: action.digits });
      return;
    case 'blank':
      s.setPresenting({ blank: !p.blank, digits: '' });
      return;
    case 'exit':
      s.setPresenting(null);
      return;
    default: {
      const to = targetSlide(action, p.index, story.slides.length);
      s.setPresenting({ digits: '', blank: false, ...(to === null ? {} : { index: to }) });
      const slide = to === null ? undefined : story.slides[to];
      if (slide) showSlide(store, slide, motion);
    }
  }
}
