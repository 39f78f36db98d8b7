/**
 * The comparison's charts as one sheet for export (SVG or PNG): a title, the places with their
 * numbers, the legend of marks and rules, one strip per indicator with its name, unit, year and
 * level, and the source line (each indicator's dataset and the boundaries' attribution).
 */
import type { TFunction } from 'i18next';
import type { Comparison } from '../../model/compare/comparison';
import type { StripData } from '../../model/compare/chart';
import { ATTRIBUTION } from '../../model/attribution';
import { lightTheme } from '../../theme/theme';
import type { Lang } from '../../i18n';
import { STRIP_H, StripMarks } from './StripChart';
import { numberFormat } from './text';

const W = 820;
const LABEL_W = 300;
const ROW_H = STRIP_H + 8;
const TOP = 84;

export interface SheetProps {
  t: TFunction;
  comparison: Comparison;
  strips: ReadonlyMap<string, StripData | null>;
  names: readonly string[];
  lang: Lang;
  svgRef: React.Ref<SVGSVGElement>;
}

export function ChartSheet({ t, comparison, strips, names, lang, svgRef }: SheetProps) {
  const rows = comparison.groups.flatMap((g) => g.rows);
  const height = TOP + rows.length * ROW_H + 44;
  const datasets = [...new Set(rows.map((r) => `${r.meta.publisher} ${r.meta.dataset}`))].join(', ');
  const places = names.map((n, i) => `${String(i + 1)} ${n}`).join(' · ');
  return (
    <svg
      ref={svgRef} xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${String(W)} ${String(height)}`} width={W} height={height}
      fontFamily="Noto Sans, sans-serif"
    >
      <rect width={W} height={height} fill="#ffffff" />
      <text x={16} y={26} fontSize={17} fontWeight={600} fill="#1f2326">{t('cmp.sheetTitle', { places })}</text>
      <text x={16} y={48} fontSize={11} fill="#444">{t('cmp.sheetLegend')}</text>
      {Object.entries(lightTheme.countries).map(([c, colour], i) => (
        <g key={c} transform={`translate(${String(16 + i * 64)},64)`}>
          <line x1={0} x2={14} y1={-4} y2={-4} stroke={colour} strokeWidth={2} />
          <text x={18} y={0} fontSize={11} fill={colour}>{c}</text>
        </g>
      ))}
      {rows.map((row, i) => {
        const data = strips.get(row.meta.id) ?? null;
        const y = TOP + i * ROW_H;
        return (
          <g key={row.meta.id} transform={`translate(0,${String(y)})`}>
            <text x={16} y={24} fontSize={12} fontWeight={600} fill="#1f2326">{row.meta.names[lang]}</text>
            <text x={16} y={40} fontSize={10.5} fill="#555">
              {`${row.meta.unit[lang]} · ${row.period}${data ? ` · NUTS ${String(data.level)}` : ''}`}
            </text>
            {data
              ? (
                <g transform={`translate(${String(LABEL_W)},0)`}>
                  <StripMarks data={data} fmt={numberFormat(lang, row.meta.decimals)} width={W - LABEL_W - 16} />
                </g>
              )
              : <text x={LABEL_W} y={30} fontSize={11} fill="#555">{t('cmp.noChart')}</text>}
          </g>
        );
      })}
      <text x={16} y={height - 22} fontSize={10} fill="#444">{t('cmp.sheetSources', { sources: datasets })}</text>
      <text x={16} y={height - 8} fontSize={10} fill="#444">{ATTRIBUTION}</text>
    </svg>
  );
}
