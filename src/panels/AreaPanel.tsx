/** Side panel for the selected cooperation area: names, seat, members by country, sources. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { areasQuery, regionIndexQuery } from '../data/queries';
import { areaName, areaSources, membersByCountry } from '../model/areas';
import type { Area } from '../model/schemas';
import { isCountry } from '../model/levels';
import { LANGS } from '../i18n';
import { useAppStore } from '../state/context';
import { ExternalLink } from './ExternalLink';
import { useSelectRegion } from './useSelectRegion';
import { focusMap } from './focus';
import { InitiativesHere } from './initiatives/InitiativesHere';
import { CompareButton } from './compare/CompareButtons';
import { AreaProfileButton } from './profile/OpenProfile';

/** The members by country, each with its membership, note and source, and a link to select it. */
function AreaMembers({ area }: { area: Area }) {
  const { t } = useTranslation();
  const selectRegion = useSelectRegion();
  const index = useQuery(regionIndexQuery()).data;
  return membersByCountry(area).map(([country, members]) => (
    <section key={country} className="members">
      <h4>{isCountry(country) ? t(`country.${country}`) : country}</h4>
      <ul className="plain">
        {members.map((m) => {
          const entry = index?.byId.get(m.id);
          return (
            <li key={m.id} className={m.membership}>
              <button type="button" className="link" onClick={() => { if (entry) selectRegion(entry); }} disabled={!entry}>
                {entry?.name ?? m.id}
              </button>{' '}
              <small>
                {m.id} · {t(`area.${m.membership}`)} ·{' '}
                <ExternalLink href={m.source} label={t('area.memberSource', { name: entry?.name ?? m.id })}>{t('area.source')}</ExternalLink>
              </small>
              {m.note && <small className="note" lang="en" title={t('area.note')}>{m.note}</small>}
            </li>
          );
        })}
      </ul>
    </section>
  ));
}

export function AreaPanel({ id: areaId }: { id: string }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.settings.lang);
  const clear = useAppStore((s) => s.clearSelection);
  const areas = useQuery(areasQuery()).data;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const area = areas?.byId.get(areaId);

  useEffect(() => {
    if (area) headingRef.current?.focus({ preventScroll: true });
  }, [area]);

  if (!area) return null;
  const sources = areaSources(area);
  const languageNames = new Intl.DisplayNames([lang], { type: 'language' });
  // One line per distinct name, with the languages that use it: "EUREGIO (nl, en, de)".
  const names = new Map<string, string[]>();
  for (const l of LANGS) {
    const name = area.names[l];
    if (name) names.set(name, [...(names.get(name) ?? []), l]);
  }
  return (
    <aside className="region-panel area-panel" aria-label={t('area.label')}>
      <header>
        <h2 ref={headingRef} tabIndex={-1}>{areaName(area, lang)}</h2>
        <button type="button" className="close" aria-label={t('panel.close')} onClick={() => { clear(); focusMap(); }}>×</button>
      </header>
      <dl>
        <dt>{t('area.kind')}</dt>
        <dd>{t(`area.kinds.${area.kind}`)}</dd>
        <dt>{t('area.names')}</dt>
        <dd>
          <ul className="plain">
            {[...names].map(([name, langs]) => (
              <li key={name} lang={langs[0]}>
                {name} <small>({langs.map((l) => languageNames.of(l) ?? l).join(', ')})</small>
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('area.seat')}</dt>
        {/* Seats are written as the notes give them (in Dutch or German place names). */}
        <dd lang="nl">
          {area.seat ?? t('area.unknown')}
          {area.seatSource && (
            <>
              {' '}(<ExternalLink href={area.seatSource}>{t('area.source')}</ExternalLink>)
            </>
          )}
        </dd>
      </dl>
      <p className="compare-actions">
        <CompareButton place={{ kind: 'area', id: area.id }} name={areaName(area, lang)} />
      </p>
      {area.caveat && (
        <p className="caveat">
          <strong>{t('area.caveat')}:</strong> <span lang="en">{area.caveat}</span>
        </p>
      )}
      <AreaProfileButton areaId={area.id} />
      <InitiativesHere />
      <h3>{t('area.members', { count: area.members.length })}</h3>
      <AreaMembers area={area} />
      <h3>{t('area.sources', { count: sources.length })}</h3>
      <ol className="sources">
        {sources.map((s) => (
          <li key={s.url}>
            <ExternalLink href={s.url}>{new URL(s.url).hostname}</ExternalLink> <small>({s.rows})</small>
          </li>
        ))}
      </ol>
    </aside>
  );
}
