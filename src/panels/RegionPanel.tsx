/** Side panel for the selected region: name, code, country, level and the chain of parents. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { regionIndexQuery } from '../data/queries';
import { ancestors } from '../model/regionIndex';
import { isCountry } from '../model/levels';
import { useAppStore } from '../state/context';
import { useSelectRegion } from './useSelectRegion';
import { focusMap } from './focus';
import { BorderFacts } from './BorderFacts';
import { RegionAreas } from './RegionAreas';
import { InitiativesHere } from './initiatives/InitiativesHere';
import { RegionProfile } from './RegionProfile';
import { CompareButton, NeighboursButton } from './compare/CompareButtons';

export function RegionPanel({ id: selectedId }: { id: string }) {
  const { t, i18n } = useTranslation();
  const index = useQuery(regionIndexQuery()).data;
  const clear = useAppStore((s) => s.clearSelection);
  const selectRegion = useSelectRegion();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const entry = index?.byId.get(selectedId);

  // Move focus to the panel when a region is chosen, so screen readers announce it.
  useEffect(() => {
    if (entry) headingRef.current?.focus({ preventScroll: true });
  }, [entry]);

  if (!entry || !index) return null;
  const chain = ancestors(index, entry.id);
  const kind = (level: number) => (isCountry(entry.country) ? t(`kind.${entry.country}.l${level as 0 | 1 | 2 | 3}`) : t('level.code', { level }));
  const area = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 0 }).format(entry.areaKm2);

  return (
    <aside className="region-panel" aria-label={t('panel.label')}>
      <header>
        <h2 ref={headingRef} tabIndex={-1}>{entry.name}</h2>
        <button type="button" className="close" aria-label={t('panel.close')} onClick={() => { clear(); focusMap(); }}>
          ×
        </button>
      </header>
      <dl>
        <dt>{t('panel.code')}</dt>
        <dd className="code">{entry.id}</dd>
        <dt>{t('panel.country')}</dt>
        <dd>{isCountry(entry.country) ? t(`country.${entry.country}`) : entry.country}</dd>
        <dt>{t('panel.level')}</dt>
        <dd>{kind(entry.level)} ({t('level.code', { level: entry.level })})</dd>
        <dt>{t('panel.area')}</dt>
        <dd>{t('panel.areaValue', { value: area })}</dd>
      </dl>
      <p className="compare-actions">
        <CompareButton place={{ kind: 'region', id: entry.id }} name={entry.name} />
        <NeighboursButton region={entry} />
      </p>
      {chain.length > 0 && (
        <nav aria-label={t('panel.parents')}>
          <h3>{t('panel.parents')}</h3>
          <ol className="parents">
            {chain.map((p) => (
              <li key={p.id}>
                <button type="button" onClick={() => { selectRegion(p); }}>
                  {p.name}
                </button>{' '}
                <small>{kind(p.level)}</small>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <BorderFacts regionId={entry.id} />
      <RegionAreas regionId={entry.id} />
      <InitiativesHere />
      <RegionProfile region={entry} />
      <p className="source">{t('panel.source')}</p>
    </aside>
  );
}
