/**
 * Presenter keys: what a key press means while presenting. Clickers send PageDown/PageUp (some
 * also `.` or `b` to blank, F5 or Esc for start); keyboards add arrows, Space, Home/End and a
 * number followed by Enter to jump. Pure: the state of a typed number goes in and comes out.
 */

export type PresenterAction =
  | { kind: 'next' }
  | { kind: 'prev' }
  | { kind: 'first' }
  | { kind: 'last' }
  /** Go to slide n (1-based, as the speaker counts). */
  | { kind: 'goto'; n: number }
  | { kind: 'blank' }
  | { kind: 'exit' }
  /** A digit typed towards a jump: nothing happens yet, the number grows. */
  | { kind: 'typing'; digits: string }
  | { kind: 'none' };

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar', 'N', 'n']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace', 'P', 'p']);
const BLANK = new Set(['b', 'B', '.', 'w', 'W']);

/**
 * The action for one key, given the digits typed so far. Modified keys (Ctrl+R, Cmd+C, Alt+←)
 * belong to the browser and are never taken. Shift+Space goes back, as in slide software.
 */
export function presenterKey(e: KeyInput, digits: string): PresenterAction {
  if (e.ctrlKey || e.metaKey || e.altKey) return { kind: 'none' };
  if (/^[0-9]$/.test(e.key)) return { kind: 'typing', digits: `${digits}${e.key}`.slice(-4) };
  if (e.key === 'Enter') {
    const n = Number(digits);
    return digits !== '' && n >= 1 ? { kind: 'goto', n } : { kind: 'none' };
  }
  if (e.key === ' ' && e.shiftKey) return { kind: 'prev' };
  if (NEXT.has(e.key)) return { kind: 'next' };
  if (PREV.has(e.key)) return { kind: 'prev' };
  if (e.key === 'Home') return { kind: 'first' };
  if (e.key === 'End') return { kind: 'last' };
  if (BLANK.has(e.key)) return { kind: 'blank' };
  if (e.key === 'Escape') return { kind: 'exit' };
  return { kind: 'none' };
}

/** The slide an action leads to, from slide `index` of `count` (null: stay). */
export function targetSlide(action: PresenterAction, index: number, count: number): number | null {
  if (count === 0) return null;
  const to = (() => {
    switch (action.kind) {
      case 'next': return Math.min(index + 1, count - 1);
      case 'prev': return Math.max(index - 1, 0);
      case 'first': return 0;
      case 'last': return count - 1;
      case 'goto': return Math.min(Math.max(action.n - 1, 0), count - 1);
      default: return null;
    }
  })();
  return to;
}
