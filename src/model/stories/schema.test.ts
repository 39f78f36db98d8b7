import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readStoryJson, readStoryText, salvageStories, STORY_FORMAT, STORY_VERSION, storyFileText, type Story } from './schema';

// Synthetic stories, for the tests only.
const NOW = '2026-12-03T12:00:00.000Z';
const story = (id: string, slides: Story['slides'] = []): Story => ({ id, title: `Story ${id}`, slides, updated: NOW });
const slide = (id: string, query: string) => ({ id, title: `Slide ${id}`, notes: 'notes\nline two', query });
let n = 0;
const seed = () => ((n = (n * 9301 + 49297) % 233280) / 233280);

describe('story files', () => {
  it('round-trips: what is written is read back the same', () => {
    const stories = [story('a', [slide('s1', '?level=2&region=NL21'), slide('s2', '')]), story('b')];
    const read = readStoryText(storyFileText(stories));
    expect(read).toEqual({ ok: true, file: { format: STORY_FORMAT, version: STORY_VERSION, stories }, migratedFrom: null });
  });

  it('round-trips any valid story (property)', () => {
    const arbSlide = fc.record({
      id: fc.stringMatching(/^[a-z0-9]{1,12}$/), title: fc.string({ maxLength: 50 }), notes: fc.string({ maxLength: 200 }),
      query: fc.constantFrom('', '?level=2', '?ind=hdi&year=2021&map=7.00/52.0000/6.0000'),
    });
    fc.assert(fc.property(fc.array(arbSlide, { maxLength: 5 }), fc.string({ maxLength: 40 }), (slides, title) => {
      const s: Story = { id: 'x1', title, slides, updated: NOW };
      const read = readStoryText(storyFileText([s]));
      expect(read.ok && read.file.stories[0]).toEqual(s);
    }));
  });

  it('refuses text that is not JSON, another app\'s JSON and a newer version, with the reason', () => {
    expect(readStoryText('{"format": ')).toMatchObject({ ok: false, error: { kind: 'notJson' } });
    expect(readStoryText('[1,2,3]')).toEqual({ ok: false, error: { kind: 'foreign' } });
    expect(readStoryText('{"type":"FeatureCollection","features":[]}')).toEqual({ ok: false, error: { kind: 'foreign' } });
    expect(readStoryJson({ format: STORY_FORMAT, version: 3, stories: [] })).toEqual({ ok: false, error: { kind: 'newer', version: 3 } });
  });

  it('says where a file breaks the schema', () => {
    const bad = { format: STORY_FORMAT, version: 2, stories: [story('a', [{ ...slide('s1', '?level=2'), query: 'javascript:alert(1)' }])] };
    expect(readStoryJson(bad)).toMatchObject({ ok: false, error: { kind: 'invalid', path: 'stories.0.slides.0.query' } });
    const extra = { format: STORY_FORMAT, version: 2, stories: [{ ...story('a'), script: '<b>x</b>' }] };
    expect(readStoryJson(extra)).toMatchObject({ ok: false, error: { kind: 'invalid', path: 'stories.0' } });
    const twice = { format: STORY_FORMAT, version: 2, stories: [story('a'), story('a')] };
    expect(readStoryJson(twice)).toMatchObject({ ok: false, error: { kind: 'invalid', path: 'stories.1.id' } });
  });

  it('migrates version 1 (one story, whole links) to version 2 (stories of queries)', () => {
    const v1 = {
      format: STORY_FORMAT, version: 1, title: 'Euregio congress',
      slides: [{ title: 'Twente', url: 'https://example.org/grensatlas/?region=NL213&level=3' }, { title: 'Start', notes: 'hi', url: '/' }],
    };
    const read = readStoryJson(v1, NOW, seed);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.migratedFrom).toBe(1);
    const [s] = read.file.stories;
    expect(s?.title).toBe('Euregio congress');
    expect(s?.slides.map((x) => [x.title, x.notes, x.query])).toEqual([['Twente', '', '?region=NL213&level=3'], ['Start', 'hi', '']]);
    // A migrated file is a valid current file.
    expect(readStoryText(storyFileText(read.file.stories)).ok).toBe(true);
  });

  it('salvages the stories that are valid on their own from a damaged store', () => {
    const damaged = { format: STORY_FORMAT, version: 2, stories: [story('a'), { id: 'b', title: 5 }, story('c')] };
    expect(readStoryJson(damaged).ok).toBe(false);
    expect(salvageStories(damaged)).toEqual({ stories: [story('a'), story('c')], dropped: 1 });
    expect(salvageStories('garbage')).toEqual({ stories: [], dropped: 0 });
  });
});
