/** Side panel for a selected border zone (a distance band): what it is, and the initiatives in it. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBands } from '../data/zones';
import { bandRange } from '../model/border/types';
import { useAppStore } from '../state/context';
import { InitiativesHere } from './initiatives/InitiativesHere';
import { focusMap } from './focus';
import { formatRange, kmFormat } from './format';

export function ZonePanel() {
  const { t, i18n } = useTranslation();
  const zone = useAppStore((s) => s.selection.zone);
  const clear = useAppStore((s) => s.clearSelection);
  const { edgesKm, pending } = useBands();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (zone !== null) headingRef.current?.focus({ preventScroll: true });
  }, [zone]);
  if (zone === null) return null;
  const range = edgesKm ? t('ini.km', formatRange(bandRange(edgesKm, zone), kmFormat(i18n.language))) : '…';
  return (
    <aside className="region-panel zone-panel" aria-label={t('ini.zoneLabel')}>
      <header>
        <h2 ref={headingRef} tabIndex={-1}>{t('ini.zone', { range })}</h2>
        <button type="button" className="close" aria-label={t('panel.close')} onClick={() => { clear(); focusMap(); }}>×</button>
      </header>
      <p>{t('ini.zoneNote', { range })}</p>
      {pending ? <p className="hint">{t('ini.zoneLoading')}</p> : <InitiativesHere />}
    </aside>
  );
}
