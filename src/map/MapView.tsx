/**
 * The one map component. It owns the maplibre-gl Map through small hooks, one per concern
 * (map/hooks/): the instance, the design, the region colours, the pointer on regions and on
 * markers, and camera commands. Everything drawn comes from mapDesign() through the reconciler;
 * the camera is uncontrolled and only the settled view reaches the store.
 */
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/context';
import { useMapData } from './useMapData';
import { useChoropleth } from '../derived/context';
import { mapDesign } from './design';
import { lightTheme, projectorTheme } from '../theme/theme';
import { newSession } from './session';
import { useMapInstance } from './hooks/useMapInstance';
import { useDesign } from './hooks/useDesign';
import { useRegionColours } from './hooks/useRegionColours';
import { useRegionPointer } from './hooks/useRegionPointer';
import { useInitiativePointer } from './hooks/useInitiativePointer';
import { useCameraCommands } from './hooks/useCameraCommands';
import { useHoverMirror } from './hooks/useSplitMap';
import { MapTooltip } from './MapTooltip';
import { SplitMap } from './SplitMap';
import { MapExport } from './export/MapExport';

export function MapView() {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const sessionRef = useRef(newSession());
  const { input, colours } = useMapData(useChoropleth()?.model ?? null, useAppStore((s) => s.choropleth.indicator));
  // On a projector (presenter mode): thicker outlines and larger labels, the same colours.
  const presenting = useAppStore((s) => s.stories.presenting !== null);
  const design = useMemo(() => mapDesign(input, presenting ? projectorTheme : lightTheme), [input, presenting]);
  const map = useMapInstance(containerRef, sessionRef, design);
  // The regions on the map now (they lag the store while another level loads).
  const drawnKey = input.regions?.key;
  useDesign(map, input, design, sessionRef);
  useRegionColours(map, drawnKey, input.regions?.ids, colours);
  useRegionPointer(map, drawnKey, sessionRef, tooltipRef);
  const point = useInitiativePointer(map, tooltipRef);
  useCameraCommands(map, sessionRef);
  // The split map: the right map follows this one; a hover on either is outlined on both.
  const split = useAppStore((s) => s.split.mode);
  useHoverMirror(map, drawnKey, split !== null);
  return (
    <div className={split ? `map-wrap split-on split-${split}` : 'map-wrap'}>
      <div ref={containerRef} className="map" role="region" aria-label={t('map.label')} data-testid="map" />
      <MapTooltip tipRef={tooltipRef} point={point} />
      {!map && <p className="map-loading">{t('map.loading')}</p>}
      {map && <MapExport map={map} />}
      {split && <SplitMap main={map} mode={split} />}
    </div>
  );
}
