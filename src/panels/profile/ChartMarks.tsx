/** The parts of the border profile chart around the dots: header and legend, axes, mean rules, the step, the source. */
import { useTranslation } from 'react-i18next';
import { STEP_KM, type BorderProfile } from '../../model/border/profile';
import { countryColour, profileTheme as pt } from '../../theme/profile';
import type { ChartLayout } from './chartLayout';

export interface ChartText {
  title: string;
  unit: string;
  source: string[];
  country: (code: string) => string;
  value: (v: number) => string;
  signed: (v: number) => string;
  km: (v: number) => string;
}

/** The texts as the panel gives them: the source in one line, wrapped by the chart. */
export type ChartInputText = Omit<ChartText, 'source'> & { source: string };

/** Title, one legend line per country (colour, level, mean, count), and the step's line. */
export function ChartHeader({ profile, layout, text }: { profile: BorderProfile; layout: ChartLayout; text: ChartText }) {
  const { t } = useTranslation();
  const { legend, stepY, left } = layout;
  const step = profile.step;
  return (
    <g className="chart-header">
      <text x={8} y={layout.titleY} className="chart-title">{text.title}</text>
      {profile.countries.map((c, i) => {
        const { x, y } = legend[i] ?? { x: 0, y: 0 };
        const args = { country: text.country(c.country), level: c.level, count: c.n };
        return (
          <g key={c.country}>
            <circle cx={x + 6} cy={y - 4} r={4.5} fill={countryColour(c.country)} />
            <line x1={x + 16} x2={x + 36} y1={y - 4} y2={y - 4} stroke={countryColour(c.country)} strokeWidth={2} strokeDasharray="5 3" />
            <text x={x + 42} y={y} className="chart-legend">
              {c.mean === null ? t('borderProfile.legendNone', args) : t('borderProfile.legendItem', { ...args, mean: text.value(c.mean) })}
            </text>
          </g>
        );
      })}
      <rect x={8} y={stepY - 11} width={36} height={10} fill={pt.stepZone} stroke={pt.step} strokeWidth={0.5} />
      <text x={50} y={stepY} className="chart-legend">
        {step.value === null ? t('borderProfile.legendStepNone')
          : t('borderProfile.legendStep', { value: text.signed(step.value), dutch: step.dutch.n, foreign: step.foreign.n })}
      </text>
      {profile.noData.length > 0 && (
        <text x={50} y={layout.noDataY} className="chart-legend chart-nodata">
          {t('borderProfile.legendNoData', { count: profile.noData.length })}
        </text>
      )}
      <text x={left - 56} y={layout.unitY} className="chart-axis-label">{t('borderProfile.unit', { unit: text.unit })}</text>
    </g>
  );
}

/** Grid, ticks and labels; the border at 0 and the ±25 km the step is taken over. */
export function ChartAxes({ layout, text }: { layout: ChartLayout; text: ChartText }) {
  const { t } = useTranslation();
  const { x, y, top, bottom, left, right } = layout;
  const zone = [x(-STEP_KM), x(STEP_KM)] as const;
  return (
    <g className="chart-axes">
      <rect x={zone[0]} y={top} width={zone[1] - zone[0]} height={bottom - top} fill={pt.stepZone} />
      {layout.yTicks.map((v) => (
        <g key={v}>
          <line x1={left} x2={right} y1={y(v)} y2={y(v)} stroke={pt.grid} />
          <text x={left - 6} y={y(v) + 4} textAnchor="end" className="chart-tick">{text.value(v)}</text>
        </g>
      ))}
      {layout.xTicks.map((d) => (
        <g key={d}>
          <line x1={x(d)} x2={x(d)} y1={bottom} y2={bottom + 5} stroke={pt.axis} />
          <text x={x(d)} y={bottom + 17} textAnchor="middle" className="chart-tick">{text.km(Math.abs(d))}</text>
        </g>
      ))}
      <line x1={left} x2={right} y1={bottom} y2={bottom} stroke={pt.axis} />
      <line x1={x(0)} x2={x(0)} y1={top - 4} y2={bottom} stroke={pt.border} strokeWidth={2} />
      <text x={x(0)} y={top - 7} textAnchor="middle" className="chart-border-label">{t('borderProfile.border')}</text>
      <text x={left} y={bottom + 36} className="chart-side">{t('borderProfile.netherlands')}</text>
      <text x={right} y={bottom + 36} textAnchor="end" className="chart-side">{t('borderProfile.abroad')}</text>
      <text x={(left + right) / 2} y={bottom + 36} textAnchor="middle" className="chart-axis-label">{t('borderProfile.axisX')}</text>
    </g>
  );
}

/** Each country's mean as a dashed rule over its side of the border. */
export function MeanRules({ profile, layout }: { profile: BorderProfile; layout: ChartLayout }) {
  const { x, y } = layout;
  const [lo, hi] = x.domain() as [number, number];
  return profile.countries.map((c) => c.mean === null ? null : (
    <line
      key={c.country}
      className="chart-mean"
      data-country={c.country}
      x1={x(c.country === 'NL' ? lo : 0)}
      x2={x(c.country === 'NL' ? 0 : hi)}
      y1={y(c.mean)}
      y2={y(c.mean)}
      stroke={countryColour(c.country)}
      strokeWidth={2}
      strokeDasharray="6 4"
    />
  ));
}

/** The step: the means within 25 km on each side, joined at the border, with its value. */
export function StepMark({ profile, layout, text }: { profile: BorderProfile; layout: ChartLayout; text: ChartText }) {
  const { t } = useTranslation();
  const { dutch, foreign, value } = profile.step;
  if (value === null || dutch.mean === null || foreign.mean === null) return null;
  const { x, y } = layout;
  const [y0, y1] = [y(dutch.mean), y(foreign.mean)];
  const labelY = (y0 + y1) / 2 + 4;
  return (
    <g className="chart-step" data-step={value}>
      <line x1={x(-STEP_KM)} x2={x(0)} y1={y0} y2={y0} stroke={pt.step} strokeWidth={2.5} />
      <line x1={x(0)} x2={x(STEP_KM)} y1={y1} y2={y1} stroke={pt.step} strokeWidth={2.5} />
      <line x1={x(0) + 3} x2={x(0) + 3} y1={y0} y2={y1} stroke={pt.step} strokeWidth={2.5} />
      <text x={x(0) + 8} y={labelY} className="chart-step-label" fill={pt.step}>{t('borderProfile.step', { value: text.signed(value) })}</text>
    </g>
  );
}

export function SourceLines({ layout, text }: { layout: ChartLayout; text: ChartText }) {
  return text.source.map((line, i) => (
    <text key={line} x={8} y={layout.sourceY[i]} className="chart-source">{line}</text>
  ));
}
