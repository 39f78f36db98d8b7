/**
 * Where keyboard focus goes when a panel closes: back to the map (its canvas is focusable and
 * keyboard-navigable), so it is not dropped on <body>.
 */
export function focusMap(): void {
  document.querySelector<HTMLElement>('[data-testid="map"] canvas')?.focus({ preventScroll: true });
}
