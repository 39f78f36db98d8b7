/**
 * Stories: sequences of slides a speaker steps through. A slide is a view of the map as its URL
 * query (the same codecs as every deep link), plus a title and speaker notes. The file format is
 * versioned; reading never throws and never half-applies: a file is either read whole (possibly
 * with slides reported as unusable later, when their query is parsed) or refused with a reason.
 *
 * Versions:
 * - 1: one story per file, `{ format, version: 1, title, slides: [{ title, notes, url }] }`, where
 *   `url` was a whole link (origin and path included). Written by the first drafts of this feature.
 * - 2: several stories, each with an id; a slide keeps only the query (`?level=2&...`), so a story
 *   moves between hosts (a laptop, a conference server) unchanged.
 */
import { z } from 'zod';

export const STORY_FORMAT = 'grensatlas-stories';
export const STORY_VERSION = 2;
/** Limits that keep a file from a stranger (or a mistake) from filling the browser's storage. */
export const MAX_STORIES = 100;
export const MAX_SLIDES = 200;
const MAX_TEXT = 5000;
const MAX_QUERY = 4000;

const text = (max: number) => z.string().max(max);
const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
/** A query string as `location.search` has it: empty or starting with '?'. */
const query = z.string().max(MAX_QUERY).regex(/^(\?[^#\s]*)?$/);

export const slideSchema = z.strictObject({ id, title: text(300), notes: text(MAX_TEXT), query });
export const storySchema = z.strictObject({
  id,
  title: text(300),
  slides: z.array(slideSchema).max(MAX_SLIDES),
  updated: z.iso.datetime(),
});
export const storyFileSchema = z.strictObject({
  format: z.literal(STORY_FORMAT),
  version: z.literal(STORY_VERSION),
  stories: z.array(storySchema).max(MAX_STORIES),
});

const v1Schema = z.object({
  format: z.literal(STORY_FORMAT),
  version: z.literal(1),
  title: text(300),
  slides: z.array(z.object({ title: text(300), notes: text(MAX_TEXT).optional(), url: z.string().max(MAX_QUERY + 2000) })).max(MAX_SLIDES),
});

export type Slide = z.infer<typeof slideSchema>;
export type Story = z.infer<typeof storySchema>;
export type StoryFile = z.infer<typeof storyFileSchema>;

export type StoryReadError =
  /** Not JSON at all. */
  | { kind: 'notJson'; detail: string }
  /** JSON, but not a Grensatlas story file (another app's file, a data file). */
  | { kind: 'foreign' }
  /** A story file from a newer Grensatlas than this one. */
  | { kind: 'newer'; version: number }
  /** A story file that breaks its schema: where and what. */
  | { kind: 'invalid'; path: string; detail: string };

export type StoryRead =
  | { ok: true; file: StoryFile; migratedFrom: number | null }
  | { ok: false; error: StoryReadError };

/** A fresh id: random, URL-safe; `seed` makes ids predictable in tests. */
export function newId(seed?: () => number): string {
  const r = seed ?? Math.random;
  return Array.from({ length: 12 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(r() * 36)]).join('');
}

/** The query of a v1 slide's whole link; null when it is not a link at all. */
function queryOfLink(url: string): string | null {
  try {
    const u = new URL(url, 'http://localhost/');
    return u.search;
  } catch {
    return null;
  }
}

function migrateV1(v1: z.infer<typeof v1Schema>, now: string, seed?: () => number): unknown {
  return {
    format: STORY_FORMAT,
    version: STORY_VERSION,
    stories: [{
      id: newId(seed),
      title: v1.title,
      updated: now,
      slides: v1.slides.map((s) => ({ id: newId(seed), title: s.title, notes: s.notes ?? '', query: queryOfLink(s.url) ?? '' })),
    }],
  };
}

function firstIssue(error: z.ZodError): { path: string; detail: string } {
  const issue = error.issues[0];
  return { path: issue ? issue.path.join('.') : '', detail: issue?.message ?? '' };
}

/** Reads a story file's parsed JSON: validated, older versions migrated. */
export function readStoryJson(json: unknown, now = new Date().toISOString(), seed?: () => number): StoryRead {
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== STORY_FORMAT) {
    return { ok: false, error: { kind: 'foreign' } };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && version > STORY_VERSION) return { ok: false, error: { kind: 'newer', version } };
  let migratedFrom: number | null = null;
  let current: unknown = json;
  if (version === 1) {
    const v1 = v1Schema.safeParse(json);
    if (!v1.success) return { ok: false, error: { kind: 'invalid', ...firstIssue(v1.error) } };
    current = migrateV1(v1.data, now, seed);
    migratedFrom = 1;
  }
  const parsed = storyFileSchema.safeParse(current);
  if (!parsed.success) return { ok: false, error: { kind: 'invalid', ...firstIssue(parsed.error) } };
  const ids = new Set<string>();
  for (const [i, s] of parsed.data.stories.entries()) {
    if (ids.has(s.id)) return { ok: false, error: { kind: 'invalid', path: `stories.${i}.id`, detail: `duplicate id ${s.id}` } };
    ids.add(s.id);
  }
  return { ok: true, file: parsed.data, migratedFrom };
}

/** Reads a story file's text. */
export function readStoryText(text: string, now?: string, seed?: () => number): StoryRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: { kind: 'notJson', detail: e instanceof Error ? e.message : String(e) } };
  }
  return readStoryJson(json, now, seed);
}

export function storyFile(stories: readonly Story[]): StoryFile {
  return { format: STORY_FORMAT, version: STORY_VERSION, stories: [...stories] };
}

export function storyFileText(stories: readonly Story[]): string {
  return `${JSON.stringify(storyFile(stories), null, 2)}\n`;
}

/**
 * What can be kept of a stored value that failed validation as a whole: each story that passes
 * on its own. The caller keeps the raw value aside, so nothing is lost for good.
 */
export function salvageStories(json: unknown): { stories: Story[]; dropped: number } {
  const list = (json as { stories?: unknown } | null)?.stories;
  if (!Array.isArray(list)) return { stories: [], dropped: 0 };
  const ids = new Set<string>();
  const stories: Story[] = [];
  for (const item of list) {
    const s = storySchema.safeParse(item);
    if (s.success && !ids.has(s.data.id)) {
      ids.add(s.data.id);
      stories.push(s.data);
    }
  }
  return { stories, dropped: list.length - stories.length };
}
