/**
 * Fonts for map labels, shipped by the app from @fontsource/noto-sans and declared through the
 * style's `font-faces` (MapLibre 6), so no glyph server is asked. One woff2, the latin subset
 * (the same file the page's CSS uses, so it is fetched once): every region name is written in it
 * (theme/fonts.test.ts). Unicode range as fontsource declares it for that subset.
 */
import type { StyleSpecification } from 'maplibre-gl';
import latin from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import { LATIN_RANGE } from '../theme/fonts';

type FontFaces = NonNullable<StyleSpecification['font-faces']>;

export function fontFaces(fontName: string, base: string): FontFaces {
  const abs = (url: string) => new URL(url, base).href;
  return {
    [fontName]: [
      {
        url: abs(latin),
        'unicode-range': LATIN_RANGE,
      },
    ],
  };
}
