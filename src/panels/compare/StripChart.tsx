/**
 * One indicator's strip plot: every region of the level as a faint tick (one path, so six rows of
 * 500 regions stay cheap), the national averages and the EU reference as labelled rules, and the
 * places compared as numbered marks (hollow for a parent's figure). Read from the same Row as the table.
 */
import type { StripData } from '../../model/compare/chart';
import { lightTheme } from '../../theme/theme';

export const STRIP_W = 260;
export const STRIP_H = 66;
const PAD = 12;
const BASE = 30;

/** The strip's marks in a group, `width` wide: shared by the table's charts and the exported sheet. */
export function StripMarks({ data, fmt, width = STRIP_W }: { data: StripData; fmt: Intl.NumberFormat; width?: number }) {
  const span = data.max - data.min || 1;
  const x = (v: number) => PAD + ((v - data.min) / span) * (width - 2 * PAD);
  const ticks = data.dots.map((d) => `M${x(d.value).toFixed(1)} ${String(BASE - 6)}v12`).join('');
  const { ink, casing } = lightTheme.compare;
  return (
    <g>
      <path d={ticks} stroke="#9e9e9e" strokeOpacity={0.45} strokeWidth={1} />
      {[...data.rules].sort((a, b) => a.value - b.value).map((r, i) => {
        const colour = lightTheme.countries[r.label] ?? '#333';
        return (
          <g key={r.label} transform={`translate(${x(r.value).toFixed(1)},0)`}>
            <line y1={BASE - 12} y2={BASE + 10} stroke={colour} strokeWidth={2} strokeDasharray={r.label === 'EU' ? '3 2' : undefined} />
            {/* Labels step down in value order, so three close averages stay legible. */}
            <text y={BASE + 20 + (i % 3) * 8} textAnchor="middle" fontSize={9} fill={colour}>{r.label}</text>
          </g>
        );
      })}
      {data.marks.map((m) => (
        <g key={m.n} transform={`translate(${x(m.value).toFixed(1)},${String(BASE - 17)})`} data-place={m.n} data-value={m.value}>
          <circle r={7} fill={m.own ? ink : casing} stroke={ink} strokeWidth={1.5} />
          <text y={3.5} textAnchor="middle" fontSize={10} fontWeight={700} fill={m.own ? casing : ink}>{m.n}</text>
          <title>{fmt.format(m.value)}</title>
        </g>
      ))}
      <text x={PAD} y={STRIP_H - 2} fontSize={9} fill="#555">{fmt.format(data.min)}</text>
      <text x={width - PAD} y={STRIP_H - 2} fontSize={9} fill="#555" textAnchor="end">{fmt.format(data.max)}</text>
    </g>
  );
}

export function StripChart({ data, label, fmt }: { data: StripData; label: string; fmt: Intl.NumberFormat }) {
  return (
    <svg className="strip" viewBox={`0 0 ${String(STRIP_W)} ${String(STRIP_H)}`} width={STRIP_W} height={STRIP_H} role="img" aria-label={label}>
      <title>{label}</title>
      <StripMarks data={data} fmt={fmt} />
    </svg>
  );
}
