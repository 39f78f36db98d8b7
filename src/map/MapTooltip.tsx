/** The tooltip over a map: the hovered region (from the store) or an initiative marker under the pointer. */
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { regionIndexQuery } from '../data/queries';
import { useAppStore } from '../state/context';
import type { PointTip } from './hooks/useInitiativePointer';

export function MapTooltip({ tipRef, point }: { tipRef: React.RefObject<HTMLDivElement | null>; point: PointTip | null }) {
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
