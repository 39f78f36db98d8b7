/**
 * The service worker's precache list covers every file the geo build writes: Workbox's own
 * getManifest, with the config vite.config.ts uses, over public/ (Vite copies public/ to dist/
 * as it is, so the same globs meet the same files there).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getManifest } from 'workbox-build';
import { MAX_PRECACHE_FILE_BYTES, PRECACHE_GLOBS } from './precache';

const PUBLIC = 'public';
const DATA = join(PUBLIC, 'data');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(PUBLIC, path).split(sep).join('/')];
  });
}

// `npm test` runs geo:ensure first, so public/data is there; a bare `vitest` before any build is not a failure of the list.
const haveData = existsSync(DATA);
const title = haveData ? 'the precache list' : 'the precache list (SKIPPED: public/data is missing, run `npm run geo` first)';
describe.skipIf(!haveData)(title, () => {
  const temp = mkdtempSync(join(tmpdir(), 'precache-'));
  afterAll(() => { rmSync(temp, { recursive: true, force: true }); });

  it('lists every file under public/data, and nothing is too large for it', async () => {
    const files = filesUnder(DATA);
    const { manifestEntries, warnings, count, size } = await getManifest({ globDirectory: PUBLIC, ...PRECACHE_GLOBS });
    const listed = new Set(manifestEntries.map((e) => e.url));
    expect(files.filter((f) => !listed.has(f))).toEqual([]);
    expect(listed).toContain('data/indicators.json');
    expect(listed).toContain('data/tiles/0/0/0.pbf');
    expect(warnings).toEqual([]);
    // Every file precached has a revision (its content hash), so a changed data file is fetched again on update.
    expect(manifestEntries.every((e) => typeof e.revision === 'string' && e.revision.length > 0)).toBe(true);
    expect(count).toBeGreaterThanOrEqual(files.length);
    expect(size).toBeGreaterThan(1_000_000);
  });

  it('leaves out a file of a kind it does not name, and reports one over the size limit', async () => {
    writeFileSync(join(temp, 'regions.json'), '{}');
    writeFileSync(join(temp, 'archive.pmtiles'), 'x');
    writeFileSync(join(temp, 'huge.json'), Buffer.alloc(MAX_PRECACHE_FILE_BYTES + 1, 32));
    const { manifestEntries, warnings } = await getManifest({ globDirectory: temp, ...PRECACHE_GLOBS });
    expect(manifestEntries.map((e) => e.url)).toEqual(['regions.json']);
    expect(warnings).toEqual([expect.stringMatching(/huge\.json.*maximumFileSizeToCacheInBytes/)]);
  });
});
