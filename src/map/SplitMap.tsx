/**
 * The split map's right-hand map: beside the main map (`side`) or over it, clipped at the
 * divider (`swipe`). It draws the same design input as the main map (overlays, selection, hover,
 * labels) with the colours of the right side's choropleth, and its camera follows the main map.
 */
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type * as maplibregl from 'maplibre-gl';
import { useSplitChoropleth } from '../derived/context';
import { useAppStore } from '../state/context';
import type { SplitMode } from '../state/split';
import { lightTheme } from '../theme/theme';
import { mapDesign } from './design';
import { newSession } from './session';
import { useMapData } from './useMapData';
import { useRegionPointer } from './hooks/useRegionPointer';
import { useHoverMirror, useSplitColours, useSplitDesign, useSplitMapInstance } from './hooks/useSplitMap';
import { MapTooltip } from './MapTooltip';

export function SplitMap({ main, mode }: { main: maplibregl.Map | null; mode: SplitMode }) {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const sessionRef = useRef(newSession());
  const view = useSplitChoropleth();
  const indicator = useAppStore((s) => s.split.indicator ?? s.choropleth.indicator);
  const swipe = useAppStore((s) => s.split.swipe);
  const { input, colours } = useMapData(view?.model ?? null, indicator);
  const design = useMemo(() => mapDesign(input, lightTheme), [input]);
  const map = useSplitMapInstance(containerRef, main, design, sessionRef);
  const drawnKey = input.regions?.key;
  useSplitDesign(map, design, drawnKey ?? '', sessionRef);
  useSplitColours(map, drawnKey, input.regions?.ids, colours);
  useRegionPointer(map, drawnKey, sessionRef, tooltipRef);
  useHoverMirror(map, drawnKey, true);
  // Swipe: the right map lies over the main one and shows right of the divider only; clipped
  // parts take no pointer events, so the main map is reached left of it.
  const clip = mode === 'swipe' ? { clipPath: `inset(0 0 0 ${String(swipe)}%)` } : undefined;
  return (
    <div className="split-pane" style={clip}>
      <div ref={containerRef} className="split-map" role="region" aria-label={t('split.rightMap')} data-testid="split-map" />
      <MapTooltip tipRef={tooltipRef} point={null} />
    </div>
  );
}
