/** The browser's screen facilities for presenting: full screen and the user's motion preference. */

/** Asks for full screen; a refusal (no user gesture, an iframe, a kiosk) leaves presenting in the window. */
export function enterFullscreen(): void {
  const root = document.documentElement;
  if (document.fullscreenElement) return;
  try {
    root.requestFullscreen().catch(() => undefined);
  } catch {
    // No Fullscreen API (an old or embedded browser): present in the window.
  }
}

export function exitFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

/** Flights between slides, or cuts for users who prefer reduced motion. */
export function preferredMotion(): 'fly' | 'jump' {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'jump' : 'fly';
}
