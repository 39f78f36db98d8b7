import { describe, expect, it } from 'vitest';
import { createAppStore } from './store';
import { parseUrl, serializeUrl } from './url';
import { slideQuery, slideState } from './stories';

/** The query as the codecs write it, so that two spellings of one view compare equal. */
const canonicalQuery = (query: string) => serializeUrl(parseUrl(query).state);
import { hasLeftSlide, presenterStep, startPresenting } from './present';
import type { Story } from '../model/stories/schema';

// Synthetic slides, for the tests only: each is a view as a link would give it.
const QUERIES = [
  '?region=NL213&level=3&map=8.00/52.3000/6.6000&border=line,0,1&ind=gdp_eur_per_inhabitant&year=2021&cls=quantile&k=5&ref=national',
  '?level=2&lang=en&areas=euregio&cmp=NL21,DEA3&cat=1',
  '?prof=hdi&stretch=euregio&pyear=2021&split=side&rind=hdi',
];
const story: Story = {
  id: 'talk', title: 'Talk', updated: '2026-12-03T12:00:00.000Z',
  slides: QUERIES.map((query, i) => ({ id: `s${i}`, title: `Slide ${i + 1}`, notes: '', query })),
};

describe('a slide is the URL state', () => {
  it('reads back to the same view: slide -> state -> slide', () => {
    for (const q of QUERIES) {
      const store = createAppStore(slideState(q).state);
      expect(slideQuery(store.getState())).toBe(canonicalQuery(q));
      // And the same as the URL codecs read it directly.
      expect(slideState(q).state).toEqual(parseUrl(q).state);
    }
  });

  it('keeps the good part of an old slide and reports the rest', () => {
    const { state, problems } = slideState('?level=9&region=NL213');
    expect(problems.map((p) => p.param)).toEqual(['level']);
    expect(state.selection).toEqual(parseUrl('?region=NL213').state.selection);
  });
});

describe('presenting', () => {
  it('steps through the slides, shows each view, blanks, jumps by number and leaves', () => {
    const store = createAppStore();
    store.getState().setStories([story], 'talk');
    startPresenting(store, 'talk', 'fly');
    const at = () => [store.getState().stories.presenting?.index, slideQuery(store.getState())];
    expect(at()).toEqual([0, canonicalQuery(QUERIES[0] ?? '')]);
    expect(store.getState().view.motion).toBe('fly');
    presenterStep(store, { kind: 'next' }, 'jump');
    expect(at()).toEqual([1, canonicalQuery(QUERIES[1] ?? '')]);
    expect(store.getState().view.motion).toBe('jump');
    presenterStep(store, { kind: 'blank' }, 'jump');
    expect(store.getState().stories.presenting?.blank).toBe(true);
    presenterStep(store, { kind: 'typing', digits: '3' }, 'jump');
    presenterStep(store, { kind: 'goto', n: 3 }, 'jump');
    expect(at()).toEqual([2, canonicalQuery(QUERIES[2] ?? '')]);
    expect(store.getState().stories.presenting).toMatchObject({ blank: false, digits: '' });
    presenterStep(store, { kind: 'exit' }, 'jump');
    expect(store.getState().stories.presenting).toBeNull();
  });

  it('notices exploring, and the next key returns to the story', () => {
    const store = createAppStore();
    store.getState().setStories([story], 'talk');
    startPresenting(store, 'talk', 'jump');
    const slide = story.slides[0];
    if (!slide) throw new Error('no slide');
    expect(hasLeftSlide(store.getState(), slide)).toBe(false);
    store.getState().select('DEA34');
    expect(hasLeftSlide(store.getState(), slide)).toBe(true);
    presenterStep(store, { kind: 'prev' }, 'jump');
    expect(hasLeftSlide(store.getState(), slide)).toBe(false);
  });

  it('stops presenting a story that was deleted', () => {
    const store = createAppStore();
    store.getState().setStories([story], 'talk');
    startPresenting(store, 'talk', 'jump');
    store.getState().setStories([]);
    expect(store.getState().stories).toMatchObject({ presenting: null, activeId: null });
  });
});
