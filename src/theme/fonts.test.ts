import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inUnicodeRange, LATIN_RANGE } from './fonts';
import { resources } from '../i18n';

/** Every string leaf of a nested object. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** fontsource's latin-ext subset, which the app no longer ships. */
const LATIN_EXT_RANGE = [
  'U+0100-02BA', 'U+02BD-02C5', 'U+02C7-02CC', 'U+02CE-02D7', 'U+02DD-02FF', 'U+0304', 'U+0308', 'U+0329', 'U+1D00-1DBF', 'U+1E00-1E9F',
  'U+1EF2-1EFF', 'U+2020', 'U+20A0-20AB', 'U+20AD-20C0', 'U+2113', 'U+2C60-2C7F', 'U+A720-A7FF',
];

function outside(texts: readonly string[]): string[] {
  const odd = new Set<string>();
  for (const t of texts) for (const ch of t) if (!inUnicodeRange(ch.codePointAt(0) ?? 0, LATIN_RANGE)) odd.add(ch);
  return [...odd];
}

const data = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../public/data/${file}`, import.meta.url), 'utf8'));

describe('the shipped font subset', () => {
  it('reads unicode ranges', () => {
    expect(inUnicodeRange(0xe9, LATIN_RANGE)).toBe(true); // é
    expect(inUnicodeRange(0x20ac, LATIN_RANGE)).toBe(true); // €
    expect(inUnicodeRange(0x141, LATIN_RANGE)).toBe(false); // Ł, latin-ext
  });
  it('covers every UI text in the three languages', () => {
    expect(outside(strings(resources))).toEqual([]);
  });
  it('covers every region name (the map labels)', () => {
    const names = (data('regions.json') as { name: string }[]).map((e) => e.name);
    expect(names.length).toBeGreaterThan(500);
    expect(outside(names)).toEqual([]);
  });
  it('loses nothing by leaving latin-ext out: no text in the embedded data needs it', () => {
    // Source notes are kept verbatim, and one quotes a date in CJK: no Noto subset the app could
    // ship covers that either, so the browser's fallback font draws it as before.
    for (const file of ['regions.json', 'indicators.json', 'initiatives.json', 'areas.json']) {
      const needsExt = outside(strings(data(file))).filter((ch) => inUnicodeRange(ch.codePointAt(0) ?? 0, LATIN_EXT_RANGE));
      expect({ file, needsExt }).toEqual({ file, needsExt: [] });
    }
  });
});
