/** Text helpers shared by every search in the app. */

/** Lower case without diacritics, so "munster" finds Münster and "liege" Liège. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
