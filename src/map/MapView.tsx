/**
 * The one map component. It owns the maplibre-gl Map through small hooks, one per concern
 * (map/hooks/): the instance, the design, the region colours, the pointer on regions and on
 * markers, and camera commands. Everything drawn comes from mapDesign() through the reconciler;
 * the camera is uncontrolled and only the settled view reaches the store.
 */
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { regionIndexQuery } from '../data/queries';
import { useAppStore } from '../state/context';
import { useMapData } from './useMapData';
import { mapDesign } from './design';
import { lightTheme } from '../theme/theme';
import { newSession } from './session';
import { useMapInstance } from './hooks/useMapInstance';
import { useDesign } from './hooks/useDesign';
import { useRegionColours } from './hooks/useRegionColours';
import { useRegionPointer } from './hooks/useRegionPointer';
import { useInitiativePointer, type PointTip } from './hooks/useInitiativePointer';
import { useCameraCommands } from './hooks/useCameraCommands';

function MapTooltip({ tipRef, point }: { tipRef: React.RefObject<HTMLDivElement | null>; point: PointTip | null }) {
  const { t } = useTranslation();
  const hoverId = useAppStore((s) => s.selection.hoverId);
  const index = useQuery(regionIndexQuery()).data;
  const hovered = hoverId ? index?.byId.get(hoverId) : undefined;
  return (
    <div ref={tipRef} className="map-tooltip" role="tooltip" hidden={!hovered && !point}>
      {point ? <strong>{point.approx ? t('ini.mapPoint', { name: point.name }) : point.name}</strong> : hovered && (
        <>
          <strong>{hovered.name}</strong> <span className="code">{hovered.id}</span>
        </>
      )}
    </div>
  );
}

export function MapView() {
  const { t } = useTranslation();
  const containerRef = useRef<HTMLDivElement>(null);
  const tooltipRef = useRef<HTMLDivElement>(null);
  const sessionRef = useRef(newSession());
  const { input, colours } = useMapData();
  const design = useMemo(() => mapDesign(input, lightTheme), [input]);
  const map = useMapInstance(containerRef, sessionRef, design);
  // The regions on the map now (they lag the store while another level loads).
  const drawnKey = input.regions?.key;
  useDesign(map, input, design, sessionRef);
  useRegionColours(map, drawnKey, input.regions?.ids, colours);
  useRegionPointer(map, drawnKey, sessionRef, tooltipRef);
  const point = useInitiativePointer(map, tooltipRef);
  useCameraCommands(map, sessionRef);
  return (
    <div className="map-wrap">
      <div ref={containerRef} className="map" role="region" aria-label={t('map.label')} data-testid="map" />
      <MapTooltip tipRef={tooltipRef} point={point} />
      {!map && <p className="map-loading">{t('map.loading')}</p>}
    </div>
  );
}
