/** Choropleth slice: which indicator colours the map, for which period, classified how. */
import { CLASSINGS, REFERENCES, type ChoroplethChoices, type Classing, type Reference } from '../model/indicators/choices';
import { MAX_CLASSES, MIN_CLASSES, parseBreaks } from '../model/indicators/classify';
import { sliceCodec } from './codec';

export type ChoroplethState = ChoroplethChoices;

export const initialChoropleth: ChoroplethState = { indicator: null, period: null, classing: 'quantile', k: 5, breaks: [], reference: 'raw' };

/** A new indicator starts at the period given (or its default) and without manual breaks of another scale. */
export function withIndicator(s: ChoroplethState, indicator: string | null, period: string | null = null): ChoroplethState {
  if (s.indicator === indicator && s.period === period) return s;
  if (s.indicator === indicator) return { ...s, period };
  return { ...s, indicator, period, breaks: [], classing: s.classing === 'manual' ? 'quantile' : s.classing };
}

export function withChoropleth(s: ChoroplethState, patch: Partial<Omit<ChoroplethState, 'indicator'>>): ChoroplethState {
  const next = { ...s, ...patch };
  return JSON.stringify(next) === JSON.stringify(s) ? s : next;
}

/** `ind=…&year=2021&cls=quantile&k=5&brk=1_2&ref=national`. */
export const choroplethCodec = sliceCodec({
  default: initialChoropleth,
  of: (c: ChoroplethState): ChoroplethState => c,
  apply: (_: ChoroplethState, u: ChoroplethState): ChoroplethState => u,
  params: [
    {
      param: 'ind',
      read: (v, u) => (/^[a-z0-9_]{1,60}$/.test(v) ? { ...u, indicator: v } : null),
      write: (u) => u.indicator,
    },
    {
      param: 'year',
      read: (v, u) => (/^\d{4}(-\d{4}|-\d{2}-\d{2})?$/.test(v) ? { ...u, period: v } : null),
      write: (u) => u.period,
    },
    {
      param: 'cls',
      read: (v, u) => (CLASSINGS.includes(v as Classing) ? { ...u, classing: v as Classing } : null),
      write: (u) => (u.classing !== initialChoropleth.classing ? u.classing : null),
    },
    {
      param: 'k',
      read: (v, u) => (/^\d$/.test(v) && Number(v) >= MIN_CLASSES && Number(v) <= MAX_CLASSES ? { ...u, k: Number(v) } : null),
      write: (u) => (u.k !== initialChoropleth.k ? String(u.k) : null),
    },
    {
      param: 'brk',
      read: (v, u) => {
        const parsed = parseBreaks(v.replaceAll('_', ' '));
        return 'error' in parsed || parsed.breaks.length === 0 ? null : { ...u, breaks: parsed.breaks };
      },
      write: (u) => (u.breaks.length > 0 ? u.breaks.join('_') : null),
    },
    {
      param: 'ref',
      read: (v, u) => ((REFERENCES as readonly string[]).includes(v) ? { ...u, reference: v as Reference } : null),
      write: (u) => (u.reference !== initialChoropleth.reference ? u.reference : null),
    },
  ],
});
