/**
 * Fonts for map labels, shipped by the app from @fontsource/noto-sans and declared through the
 * style's `font-faces` (MapLibre 6), so no glyph server is asked. Unicode ranges as fontsource
 * declares them for its latin and latin-ext subsets.
 */
import type { StyleSpecification } from 'maplibre-gl';
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';

type FontFaces = NonNullable<StyleSpecification['font-faces']>;

export function fontFaces(fontName: string, base: string): FontFaces {
  const abs = (url: string) => new URL(url, base).href;
  return {
    [fontName]: [
      {
        url: abs(latin),
        'unicode-range': [
          'U+0000-00FF', 'U+0131', 'U+0152-0153', 'U+02BB-02BC', 'U+02C6', 'U+02DA', 'U+02DC', 'U+2000-206F', 'U+20AC', 'U+2122', 'U+2212',
          'U+FEFF', 'U+FFFD',
        ],
      },
      {
        url: abs(latinExt),
        'unicode-range': [
          'U+0100-02BA', 'U+02BD-02C5', 'U+02C7-02CC', 'U+02CE-02D7', 'U+02DD-02FF', 'U+1E00-1E9F', 'U+1EF2-1EFF', 'U+2C60-2C7F', 'U+A720-A7FF',
        ],
      },
    ],
  };
}
