/**
 * What a comparison row's strip chart draws: every region of one level with a figure in the row's
 * period (faint), the places compared (numbered), the national averages and the EU reference
 * where the source is an EU index. Pure; read from the same Row as the table.
 */
import { FOCUS_COUNTRIES, type Level } from '../levels';
import type { RegionIndex } from '../regionIndex';
import type { IndicatorTable } from '../indicators/table';
import { nationalReference, type Row } from './comparison';

export interface StripData {
  level: Level;
  dots: { id: string; country: string; value: number }[];
  /** Place number (1-based) and its value; `own` false for a parent's figure. */
  marks: { n: number; value: number; own: boolean }[];
  rules: { label: string; value: number }[];
  min: number;
  max: number;
}

function levelOf(row: Row, table: IndicatorTable, index: RegionIndex): Level {
  const counts = new Map<Level, number>();
  for (const c of row.cells) if (c.kind === 'figure') counts.set(c.level, (counts.get(c.level) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
  if (top) return top[0];
  // Areas and zones are made of NUTS 3 regions; otherwise the finest level with figures.
  if (row.cells.some((c) => c.kind === 'aggregate' || c.kind === 'range')) return 3;
  const levels = [...(table.figures.get(row.meta.id)?.get(row.period)?.keys() ?? [])].map((id) => index.byId.get(id)?.level ?? 0);
  return levels.length > 0 ? (Math.max(...levels) as Level) : 3;
}

export function stripData(row: Row, table: IndicatorTable, index: RegionIndex): StripData | null {
  const level = levelOf(row, table, index);
  const byRegion = table.figures.get(row.meta.id)?.get(row.period);
  if (!byRegion) return null;
  const dots = index.list
    .filter((e) => e.level === level && byRegion.has(e.id))
    .map((e) => ({ id: e.id, country: e.country, value: byRegion.get(e.id)?.value ?? NaN }));
  const marks = row.cells.flatMap((c, i) =>
    c.kind === 'figure' ? [{ n: i + 1, value: c.value, own: c.own }] : c.kind === 'aggregate' ? [{ n: i + 1, value: c.value, own: true }] : [],
  );
  const rules: StripData['rules'] = FOCUS_COUNTRIES.flatMap((country) => {
    const ref = dots.some((d) => d.country === country) ? nationalReference(table, index, row.meta, row.period, country, level) : null;
    return ref ? [{ label: country, value: ref.value }] : [];
  });
  if (row.meta.euIndex) rules.push({ label: 'EU', value: 100 });
  const all = [...dots.map((d) => d.value), ...marks.map((m) => m.value), ...rules.map((r) => r.value)];
  if (all.length === 0) return null;
  return { level, dots, marks, rules, min: Math.min(...all), max: Math.max(...all) };
}
