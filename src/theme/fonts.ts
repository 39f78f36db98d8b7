/**
 * The font subset the app ships: fontsource's "latin" subset of Noto Sans, as its unicode-range
 * declares it. The page's CSS and the map's labels use the same woff2, so it is fetched once.
 */
export const LATIN_RANGE = [
  'U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2212',
  'U+FEFF', 'U+FFFD',
];

/** Whether a code point lies in a CSS unicode-range list such as LATIN_RANGE. */
export function inUnicodeRange(codePoint: number, ranges: readonly string[]): boolean {
  return ranges.some((r) => {
    const [from = '', to = from] = r.replace(/^U\+/, '').split('-');
    return codePoint >= parseInt(from, 16) && codePoint <= parseInt(to, 16);
  });
}
