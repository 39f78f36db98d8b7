/** NUTS levels. Level 0 (countries) is drawn as outline and context; users switch between 1-3. */
export type Level = 0 | 1 | 2 | 3;
export type UiLevel = 1 | 2 | 3;
export const UI_LEVELS: readonly UiLevel[] = [1, 2, 3];
export const DEFAULT_LEVEL: UiLevel = 3;

export function isUiLevel(n: number): n is UiLevel {
  return n === 1 || n === 2 || n === 3;
}

export const FOCUS_COUNTRIES = ['NL', 'BE', 'DE', 'LU'] as const;
export type Country = (typeof FOCUS_COUNTRIES)[number];
export function isCountry(c: string): c is Country {
  return (FOCUS_COUNTRIES as readonly string[]).includes(c);
}
