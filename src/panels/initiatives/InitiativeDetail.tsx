/** Everything known about one initiative and where it applies; opened from a list, the map or a link. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { regionIndexQuery } from '../../data/queries';
import type { Initiative } from '../../model/initiatives/types';
import { useAppStore } from '../../state/context';
import type { BBox } from '../../state/camera';
import { ExternalLink } from '../ExternalLink';
import { useSelectRegion } from '../useSelectRegion';
import { coordText, moneyText, yearsText } from './text';

function unionBox(boxes: readonly BBox[]): BBox | null {
  if (boxes.length === 0) return null;
  const union = (a: BBox, b: BBox): BBox => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
  return boxes.reduce<BBox>(union, boxes[0] ?? [0, 0, 0, 0]);
}

/** Kind, years, money, cross-border, topics, themes, partners, places and origin. */
function InitiativeFacts({ initiative: i }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.settings.lang);
  const money = moneyText(t, lang, i);
  return (
    <dl>
      <dt>{t('ini.kinds')}</dt>
      <dd>{t(`ini.kind.${i.kind}`)}{i.tranche !== null && ` · ${t('ini.tranche')} ${i.tranche}`}</dd>
      <dt>{t('ini.yearsLabel')}</dt>
      <dd>{yearsText(t, i)}</dd>
      <dt>{t('ini.money')}</dt>
      <dd>{money ?? t('ini.moneyUnknown')}</dd>
      <dt>{t('ini.cross')}</dt>
      <dd>{i.crossBorder ? t('ini.crossYes') : t('ini.crossNo')}</dd>
      {i.topics.length > 0 && (
        <>
          <dt>{t('ini.topics')}</dt>
          <dd>{i.topics.map((x) => t(`ini.topic.${x}`)).join(', ')}</dd>
        </>
      )}
      {i.themes.length > 0 && (
        <>
          <dt>{t('ini.themes')}</dt>
          {/* Theme texts are English in the facts; shown as they are. */}
          <dd lang={i.origin === 'embedded' ? 'en' : undefined}>{i.themes.join('; ')}</dd>
        </>
      )}
      {i.partners.length > 0 && (
        <>
          <dt>{t('ini.partners')}</dt>
          <dd>{i.partners.join('; ')}</dd>
        </>
      )}
      {i.places.length > 0 && (
        <>
          <dt>{t('ini.places')}</dt>
          <dd>{i.places.join('; ')}</dd>
        </>
      )}
      <dt>{t('ini.origin')}</dt>
      <dd>{i.origin === 'embedded' ? t('ini.originEmbedded') : t('ini.originImported')}</dd>
    </dl>
  );
}

/** The regions, unconfirmed ones marked, each a link that selects it. */
function InitiativeRegions({ initiative: i }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const selectRegion = useSelectRegion();
  const index = useQuery(regionIndexQuery()).data;
  if (i.regions.length === 0) return <p className="hint">{t('ini.noRegions')}</p>;
  return (
    <ul className="regions">
      {i.regions.map((r) => (
        <li key={r.id} className={r.confirmed ? undefined : 'unconfirmed'}>
          <button type="button" className="link" onClick={() => { const e = index?.byId.get(r.id); if (e) selectRegion(e); }}>
            {index?.byId.get(r.id)?.name ?? r.id}
          </button>{' '}
          <span className="code">{r.id}</span>
          {!r.confirmed && <span className="tag approx">{t('ini.unconfirmed')}</span>}
        </li>
      ))}
    </ul>
  );
}

export function InitiativeDetail({ initiative: i }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.settings.lang);
  const back = useAppStore((s) => s.openInitiative);
  const fitTo = useAppStore((s) => s.fitTo);
  const setHover = useAppStore((s) => s.setInitiativeHover);
  const index = useQuery(regionIndexQuery()).data;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => { headingRef.current?.focus({ preventScroll: true }); }, [i.id]);
  // While the detail is open, its regions stay highlighted on the map.
  useEffect(() => {
    setHover(i.id);
    return () => { setHover(null); };
  }, [i.id, setHover]);

  const boxes = i.regions.flatMap((r) => {
    const b = index?.byId.get(r.id)?.bbox;
    return b ? [b] : [];
  });
  const p = i.point?.lonLat;
  const box = unionBox(p ? [...boxes, [p[0] - 0.05, p[1] - 0.05, p[0] + 0.05, p[1] + 0.05]] : boxes);
  const regionName = (id: string) => index?.byId.get(id)?.name ?? id;
  return (
    <article className="initiative-detail" aria-labelledby={`ini-${i.id}`}>
      <button type="button" className="back" onClick={() => { back(null); }}>← {t('ini.back')}</button>
      <h3 id={`ini-${i.id}`} ref={headingRef} tabIndex={-1}>{i.name}</h3>
      <InitiativeFacts initiative={i} />
      {i.caveat && (
        <p className="caveat">
          <strong>{t('ini.caveat')}:</strong> <span lang="en">{i.caveat}</span>
        </p>
      )}
      <h4>{t('ini.regions')}</h4>
      <InitiativeRegions initiative={i} />
      {i.regions.length > 0 && i.origin === 'embedded' && <p className="hint">{t('ini.regionsNote')}</p>}
      {i.point && (
        <p>
          <strong>{t('ini.point')}:</strong>{' '}
          {i.point.approximate
            ? t('ini.pointApprox', { region: i.point.region ? regionName(i.point.region) : '' })
            : coordText(t, lang, i.point.lonLat)}
        </p>
      )}
      {box && <button type="button" onClick={() => { fitTo(box); }}>{t('ini.showOnMap')}</button>}
      <h4>{t('ini.sources')}</h4>
      <ol className="sources">
        {i.sources.map((s) => <li key={s}><ExternalLink href={s}>{s}</ExternalLink></li>)}
      </ol>
    </article>
  );
}
