/**
 * The border profile as an SVG drawn by React with d3 scales: every region of the stretch as a
 * dot at its signed distance to the border and its value, coloured by country. The dots are one
 * tab stop (arrow keys move between them, in order of distance); hover or focus highlights the
 * region on the map and names it here, Enter or a click selects it. Title, legend and source are
 * part of the SVG, so an export carries them.
 */
import { useId, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { BorderProfile, ProfileDot } from '../../model/border/profile';
import type { RegionIndex } from '../../model/regionIndex';
import { countryColour, profileTheme as pt } from '../../theme/profile';
import { layoutChart, wrap, type ChartLayout } from './chartLayout';
import { ChartAxes, ChartHeader, MeanRules, SourceLines, StepMark, type ChartInputText } from './ChartMarks';

export interface ChartProps {
  profile: BorderProfile;
  index: RegionIndex;
  text: ChartInputText;
  hoverId: string | null;
  selectedId: string | null;
  onHover: (id: string | null) => void;
  onSelect: (id: string) => void;
  svgRef: Ref<SVGSVGElement>;
}

const NEXT: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1 };

/** The dots, with a roving tab stop: Tab reaches the chart once, the arrows walk the dots. */
function Dots({ profile, layout, dotLabel, hoverId, selectedId, onHover, onSelect }: {
  profile: BorderProfile; layout: ChartLayout; dotLabel: (d: ProfileDot) => string;
} & Pick<ChartProps, 'hoverId' | 'selectedId' | 'onHover' | 'onSelect'>) {
  const [active, setActive] = useState(0);
  const refs = useRef<(SVGCircleElement | null)[]>([]);
  const { x, y } = layout;
  const last = profile.dots.length - 1;
  const current = Math.min(active, last);
  const move = (i: number) => { refs.current[Math.max(0, Math.min(last, i))]?.focus(); };
  const onKeyDown = (e: KeyboardEvent, i: number, id: string) => {
    const step = NEXT[e.key];
    if (step !== undefined) move(i + step);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(last);
    else if (e.key === 'Enter' || e.key === ' ') onSelect(id);
    else return;
    e.preventDefault();
  };
  return (
    <g className="chart-dots">
      {profile.dots.map((d, i) => (
        <circle
          key={d.id}
          ref={(el) => { refs.current[i] = el; }}
          className={`dot${d.id === selectedId ? ' selected' : ''}${d.id === hoverId ? ' hovered' : ''}`}
          role="button"
          tabIndex={i === current ? 0 : -1}
          aria-label={dotLabel(d)}
          aria-pressed={d.id === selectedId}
          data-region={d.id}
          data-distance={d.distanceKm}
          data-value={d.value}
          cx={x(d.distanceKm)}
          cy={y(d.value)}
          r={d.id === hoverId || d.id === selectedId ? 6.5 : 4.5}
          fill={countryColour(d.country)}
          stroke={d.id === selectedId ? pt.selected : '#ffffff'}
          strokeWidth={d.id === selectedId ? 2.5 : 1}
          onMouseEnter={() => { onHover(d.id); }}
          onMouseLeave={() => { onHover(null); }}
          onFocus={() => { setActive(i); onHover(d.id); }}
          onBlur={() => { onHover(null); }}
          onClick={() => { onSelect(d.id); }}
          onKeyDown={(e) => { onKeyDown(e, i, d.id); }}
        />
      ))}
    </g>
  );
}

/** The hovered or focused region's name and value next to its dot. */
function HoverLabel({ dot, layout, label }: { dot: ProfileDot; layout: ChartLayout; label: string }) {
  const cx = layout.x(dot.distanceKm);
  const cy = layout.y(dot.value);
  const width = label.length * 6.6 + 12;
  // On the side with room, and below the dot near the top.
  const left = cx + 10 + width > layout.right ? cx - 10 - width : cx + 10;
  const top = cy - 30 < layout.top ? cy + 8 : cy - 30;
  return (
    <g className="chart-hover" pointerEvents="none" aria-hidden="true">
      <rect x={left} y={top} width={width} height={22} rx={3} fill={pt.tooltip.fill} stroke={pt.tooltip.stroke} />
      <text x={left + 6} y={top + 15} className="chart-hover-label">{label}</text>
    </g>
  );
}

export function ProfileChart({ profile, index, text, hoverId, selectedId, onHover, onSelect, svgRef }: ChartProps) {
  const { t } = useTranslation();
  const id = useId();
  const source = wrap(text.source, 160);
  const full = { ...text, source };
  const layout = layoutChart(profile, source.length);
  const nameOf = (regionId: string) => index.byId.get(regionId)?.name ?? regionId;
  const dotLabel = (d: ProfileDot) => t('borderProfile.dot', {
    name: nameOf(d.id), id: d.id, country: text.country(d.country), value: text.value(d.value), unit: text.unit,
    km: text.km(d.distanceKm),
  });
  const hovered = profile.dots.find((d) => d.id === hoverId);
  return (
    <svg
      ref={svgRef}
      className="profile-chart"
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="group"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      fontFamily="'Noto Sans', system-ui, sans-serif"
    >
      <title id={`${id}-title`}>{text.title}</title>
      <desc id={`${id}-desc`}>{t('borderProfile.desc')}</desc>
      <rect width={layout.width} height={layout.height} fill="#ffffff" />
      <ChartHeader profile={profile} layout={layout} text={full} />
      <ChartAxes layout={layout} text={full} />
      <MeanRules profile={profile} layout={layout} />
      <StepMark profile={profile} layout={layout} text={full} />
      <Dots
        profile={profile} layout={layout} dotLabel={dotLabel} hoverId={hoverId} selectedId={selectedId} onHover={onHover} onSelect={onSelect}
      />
      {hovered && <HoverLabel dot={hovered} layout={layout} label={`${nameOf(hovered.id)}: ${text.value(hovered.value)}`} />}
      <SourceLines layout={layout} text={full} />
    </svg>
  );
}
