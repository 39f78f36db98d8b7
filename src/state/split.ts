/**
 * Split slice: a second map beside the main one (`side`) or over it, clipped at a divider
 * (`swipe`), coloured by another indicator or the same indicator in another period.
 */
import type { ChoroplethChoices } from '../model/indicators/choices';
import { sliceCodec } from './codec';

export const SPLIT_MODES = ['side', 'swipe'] as const;
export type SplitMode = (typeof SPLIT_MODES)[number];

export interface SplitState {
  /** null: one map. */
  mode: SplitMode | null;
  /** The right map's indicator; null: the main map's. */
  indicator: string | null;
  /** The right map's period; null: the main map's period for the same indicator, else the indicator's default. */
  period: string | null;
  /** Where the swipe divider stands, in percent of the map's width from the left. */
  swipe: number;
}

export const SWIPE_DEFAULT = 50;
export const initialSplit: SplitState = { mode: null, indicator: null, period: null, swipe: SWIPE_DEFAULT };

export function withSplit(s: SplitState, patch: Partial<SplitState>): SplitState {
  const next = { ...s, ...patch, swipe: clampSwipe(patch.swipe ?? s.swipe) };
  return next.mode === s.mode && next.indicator === s.indicator && next.period === s.period && next.swipe === s.swipe ? s : next;
}

/** Another indicator for the right map starts at its own default period. */
export function withSplitIndicator(s: SplitState, indicator: string | null): SplitState {
  return withSplit(s, { indicator, period: indicator === s.indicator ? s.period : null });
}

export function clampSwipe(value: number): number {
  return Math.min(100, Math.max(0, Math.round(value)));
}

/** The divider's position after a key press (the keys of an ARIA slider); null for any other key. */
export function swipeAfterKey(value: number, key: string): number | null {
  const step: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -10, PageUp: 10 };
  if (key === 'Home') return 0;
  if (key === 'End') return 100;
  const d = step[key];
  return d === undefined ? null : clampSwipe(value + d);
}

/** The divider's position for a pointer at `x`, over a map from `left` that is `width` wide. */
export function swipeAt(x: number, left: number, width: number): number {
  return width > 0 ? clampSwipe(((x - left) / width) * 100) : SWIPE_DEFAULT;
}

/**
 * The right map's choices: the main map's classes and reference, with the right indicator and
 * period. Own breaks belong to the main indicator's scale, so another indicator falls back to
 * quantiles (as choosing another indicator does on the main map).
 */
export function rightChoices(main: ChoroplethChoices, split: SplitState): ChoroplethChoices {
  const indicator = split.indicator ?? main.indicator;
  const same = indicator === main.indicator;
  const period = split.period ?? (same ? main.period : null);
  if (same) return { ...main, period };
  return { ...main, indicator, period, breaks: [], classing: main.classing === 'manual' ? 'quantile' : main.classing };
}

/** `split=side|swipe&rind=hdi&ryear=2019&swipe=40`; the store keeps the right side's choices while split is off, the URL does not. */
export const splitCodec = sliceCodec({
  default: initialSplit,
  of: (s: SplitState): SplitState => (s.mode ? s : initialSplit),
  apply: (_: SplitState, u: SplitState): SplitState => u,
  params: [
    {
      param: 'split',
      read: (v, u) => ((SPLIT_MODES as readonly string[]).includes(v) ? { ...u, mode: v as SplitMode } : null),
      write: (u) => u.mode,
    },
    {
      param: 'rind',
      read: (v, u) => (/^[a-z0-9_]{1,60}$/.test(v) ? { ...u, indicator: v } : null),
      write: (u) => u.indicator,
    },
    {
      param: 'ryear',
      read: (v, u) => (/^\d{4}(-\d{4}|-\d{2}-\d{2})?$/.test(v) ? { ...u, period: v } : null),
      write: (u) => u.period,
    },
    {
      param: 'swipe',
      read: (v, u) => (/^\d{1,3}$/.test(v) && Number(v) <= 100 ? { ...u, swipe: Number(v) } : null),
      write: (u) => (u.swipe !== SWIPE_DEFAULT ? String(u.swipe) : null),
      history: 'replace',
    },
  ],
});
