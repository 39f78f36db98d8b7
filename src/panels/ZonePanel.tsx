/** Side panel for a selected border zone (a distance band): what it is, and the initiatives in it. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBands } from '../derived/context';
import { bandRange, DEFAULT_EDGES_KM } from '../model/border/types';
import { useAppStore } from '../state/context';
import { InitiativesHere } from './initiatives/InitiativesHere';
import { focusMap } from './focus';
import { formatRange, kmFormat } from './format';
import { CompareButton } from './compare/CompareButtons';
import { ZONE_BANDS } from '../model/compare/places';

export function ZonePanel({ band: zone }: { band: number }) {
  const { t, i18n } = useTranslation();
  const clear = useAppStore((s) => s.clearSelection);
  const { edgesKm, pending } = useBands();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [zone]);
  const range = edgesKm ? t('ini.km', formatRange(bandRange(edgesKm, zone), kmFormat(i18n.language))) : '…';
  return (
    <aside className="region-panel zone-panel" aria-label={t('ini.zoneLabel')}>
      <header>
        <h2 ref={headingRef} tabIndex={-1}>{t('ini.zone', { range })}</h2>
        <button type="button" className="close" aria-label={t('panel.close')} onClick={() => { clear(); focusMap(); }}>×</button>
      </header>
      <p>{t('ini.zoneNote', { range })}</p>
      {/* Zones compare by the default bands, the only ones with region shares (see model/compare/members.ts). */}
      {zone < ZONE_BANDS && (
        <p className="compare-actions">
          <CompareButton place={{ kind: 'zone', band: zone }} name={t('cmp.zone', bandRange(DEFAULT_EDGES_KM, zone))} />
        </p>
      )}
      {pending ? <p className="hint">{t('ini.zoneLoading')}</p> : <InitiativesHere />}
    </aside>
  );
}
