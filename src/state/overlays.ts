/** Overlay slice: border line, distance bands, cooperation areas and the border-regions filter. */
import { RULE_WITHIN_KM, type BorderRule, type RuleWithinKm } from '../model/border/rule';
import { AREA_ID } from '../model/nuts';
import { sliceCodec } from './codec';

export const BAND_COUNT = 3;
export const OUTER_KM = { min: 5, max: 100, step: 5, default: 50 } as const;

export interface OverlaysState {
  borderLine: boolean;
  bands: boolean[];
  outerKm: number;
  /** Visible cooperation areas, sorted ids. */
  areas: string[];
  /** "Border regions only": dims regions that fail the rule; null when off. */
  borderOnly: BorderRule | null;
}

export const initialOverlays: OverlaysState = {
  borderLine: true,
  bands: [false, false, false],
  outerKm: OUTER_KM.default,
  areas: [],
  borderOnly: null,
};

export function isValidOuterKm(km: number): boolean {
  return Number.isInteger(km) && km >= OUTER_KM.min && km <= OUTER_KM.max && km % OUTER_KM.step === 0;
}

export function withBorderLine(s: OverlaysState, on: boolean): OverlaysState {
  return s.borderLine === on ? s : { ...s, borderLine: on };
}

export function withBand(s: OverlaysState, band: number, on: boolean): OverlaysState {
  if (band < 0 || band >= BAND_COUNT || s.bands[band] === on) return s;
  return { ...s, bands: s.bands.map((b, i) => (i === band ? on : b)) };
}

export function withOuterKm(s: OverlaysState, km: number): OverlaysState {
  return !isValidOuterKm(km) || s.outerKm === km ? s : { ...s, outerKm: km };
}

/** Shows or hides areas; the list stays sorted and free of duplicates, so URLs are canonical. */
export function withAreasShown(s: OverlaysState, ids: readonly string[], on: boolean): OverlaysState {
  const set = new Set(s.areas);
  for (const id of ids) {
    if (on) set.add(id);
    else set.delete(id);
  }
  const areas = [...set].sort();
  return areas.join() === s.areas.join() ? s : { ...s, areas };
}

export function withBorderOnly(s: OverlaysState, rule: BorderRule | null): OverlaysState {
  const same = rule === s.borderOnly || (rule && s.borderOnly && rule.minShare === s.borderOnly.minShare && rule.withinKm === s.borderOnly.withinKm);
  return same ? s : { ...s, borderOnly: rule };
}

/** "line,0,2" -> border line and bands 0 and 2; "none" -> nothing. */
function parseBorder(value: string): Pick<OverlaysState, 'borderLine' | 'bands'> | null {
  const tokens = value === 'none' ? [] : value.split(',');
  const bands: boolean[] = Array.from({ length: BAND_COUNT }, () => false);
  let borderLine = false;
  for (const t of tokens) {
    if (t === 'line') borderLine = true;
    else if (/^\d$/.test(t) && Number(t) < BAND_COUNT) bands[Number(t)] = true;
    else return null;
  }
  return { borderLine, bands };
}

function formatBorder(o: OverlaysState): string {
  const tokens = [...(o.borderLine ? ['line'] : []), ...o.bands.flatMap((on, i) => (on ? [String(i)] : []))];
  return tokens.length > 0 ? tokens.join(',') : 'none';
}

/** "25,25" -> at least 25 % of the area within 25 km. */
function parseRule(value: string): BorderRule | null {
  const m = /^(\d{1,3}),(\d{1,3})$/.exec(value);
  if (!m) return null;
  const pct = Number(m[1]);
  const km = Number(m[2]);
  if (pct < 1 || pct > 100 || !(RULE_WITHIN_KM as readonly number[]).includes(km)) return null;
  return { minShare: pct / 100, withinKm: km as RuleWithinKm };
}

/** `border=line,0,1`, `dist=50`, `areas=edr,euregio`, `only=25,25`. */
export const overlaysCodec = sliceCodec({
  default: initialOverlays,
  of: (o: OverlaysState): OverlaysState => o,
  apply: (_: OverlaysState, u: OverlaysState): OverlaysState => u,
  params: [
    {
      param: 'border',
      read: (v, u) => {
        const b = parseBorder(v);
        return b ? { ...u, ...b } : null;
      },
      write: (u) => (formatBorder(u) !== formatBorder(initialOverlays) ? formatBorder(u) : null),
    },
    {
      param: 'dist',
      read: (v, u) => (/^\d+$/.test(v) && isValidOuterKm(Number(v)) ? { ...u, outerKm: Number(v) } : null),
      write: (u) => (u.outerKm !== initialOverlays.outerKm ? String(u.outerKm) : null),
      history: 'replace',
    },
    {
      param: 'areas',
      read: (v, u) => {
        const ids = v.split(',');
        return ids.every((id) => AREA_ID.test(id)) ? { ...u, areas: [...new Set(ids)].sort() } : null;
      },
      write: (u) => (u.areas.length > 0 ? u.areas.join(',') : null),
    },
    {
      param: 'only',
      read: (v, u) => {
        const rule = parseRule(v);
        return rule ? { ...u, borderOnly: rule } : null;
      },
      write: (u) => (u.borderOnly ? `${Math.round(u.borderOnly.minShare * 100)},${u.borderOnly.withinKm}` : null),
    },
  ],
});
