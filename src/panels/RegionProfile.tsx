/**
 * The region's profile: every indicator with a figure for it, with period, flags, source, ranks,
 * its place in the spread across the border, and a sparkline where there are several periods.
 * Choosing an indicator here colours the map by it.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { areasQuery, indicatorsQuery, regionIndexQuery } from '../data/queries';
import { areaName } from '../model/areas';
import { regionProfile, sparklinePath, type ProfileRow } from '../model/indicators/profile';
import { isCountry } from '../model/levels';
import type { RegionEntry } from '../model/regionIndex';
import { useAppStore, useAppStoreApi } from '../state/context';
import { ExternalLink } from './ExternalLink';

const W = 120;
const H = 14;

function Spread({ row, fmt }: { row: ProfileRow; fmt: Intl.NumberFormat }) {
  const x = (v: number) => (row.max > row.min ? ((v - row.min) / (row.max - row.min)) * (W - 8) + 4 : W / 2);
  return (
    <svg width={W} height={H} aria-hidden="true" className="spread">
      <line x1={4} x2={W - 4} y1={H / 2} y2={H / 2} stroke="#bbb" strokeWidth={2} />
      {row.countryMean !== null && <line x1={x(row.countryMean)} x2={x(row.countryMean)} y1={2} y2={H - 2} stroke="#555" strokeWidth={1.5} />}
      <circle cx={x(row.figure.value)} cy={H / 2} r={4} fill="#c2185b">
        <title>{fmt.format(row.figure.value)}</title>
      </circle>
    </svg>
  );
}

export function RegionProfile({ region }: { region: RegionEntry }) {
  const { t, i18n } = useTranslation();
  const lang = useAppStore((s) => s.settings.lang);
  const store = useAppStoreApi().getState();
  const active = useAppStore((s) => s.choropleth.indicator);
  const table = useQuery(indicatorsQuery()).data;
  const index = useQuery(regionIndexQuery()).data;
  // Ranks within the cooperation areas shown on the map (the "cross-border area in view").
  const shown = useAppStore((s) => s.overlays.areas);
  const areas = useQuery({ ...areasQuery(), enabled: shown.length > 0 }).data;
  const inView = useMemo(
    () => (areas ? shown.flatMap((id) => {
      const a = areas.byId.get(id);
      return a ? [{ id: a.id, members: a.members.map((m) => m.id) }] : [];
    }) : []),
    [areas, shown],
  );
  const rows = useMemo(() => (table && index ? regionProfile(table, index, region, inView) : null), [table, index, region, inView]);
  if (!rows) return null;
  const country = isCountry(region.country) ? t(`country.${region.country}`) : region.country;
  return (
    <section className="profile" aria-labelledby={`profile-${region.id}`}>
      <h3 id={`profile-${region.id}`}>{t('profile.heading')}</h3>
      {rows.length === 0 && <p>{t('profile.none')}</p>}
      <ul className="plain">
        {rows.map((row) => {
          const fmt = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: row.meta.decimals });
          const name = row.meta.names[lang];
          return (
            <li key={row.meta.id}>
              <button
                type="button"
                className="link"
                aria-label={t('profile.show', { name })}
                aria-pressed={active === row.meta.id}
                onClick={() => { store.setIndicator(row.meta.id, row.figure.period); }}
              >
                {name}
              </button>
              <div className="profile-value">
                <strong>{fmt.format(row.figure.value)}</strong> {row.meta.unit[lang]} · {row.figure.period}
                {(['p', 'e', 'b'] as const).filter((f) => row.figure.flags.includes(f)).map((f) => ` · ${t(`choro.flags.${f}`)}`).join('')}
              </div>
              <div className="profile-compare">
                <Spread row={row} fmt={fmt} />
                <small>
                  {row.rankInCountry && t('profile.rankCountry', { ...row.rankInCountry, country })}
                  {row.rankInCountry && row.rankAcross && ' · '}
                  {row.rankAcross && t('profile.rankAcross', { ...row.rankAcross, countries: row.acrossCountries.join(', ') })}
                  {row.rankInAreas.map((r) => {
                    const a = areas?.byId.get(r.id);
                    return ` · ${t('profile.rankArea', { rank: r.rank, of: r.of, name: a ? areaName(a, lang) : r.id })}`;
                  }).join('')}
                </small>
              </div>
              <small className="visually-hidden">{t('profile.scale', { min: fmt.format(row.min), max: fmt.format(row.max), country })}</small>
              {row.series.length > 1 && (
                <div className="profile-series">
                  <svg width={60} height={16} aria-hidden="true">
                    <path
                      d={sparklinePath(row.series.map((p) => p.value), 56, 12)} transform="translate(2,2)" fill="none" stroke="#555" strokeWidth={1.5}
                    />
                  </svg>
                  <small>{t('profile.series', { values: row.series.map((p) => `${p.period}: ${fmt.format(p.value)}`).join(' · ') })}</small>
                </div>
              )}
              {/* The row's own source: which page the figure was read from, as the facts say. */}
              <small className="profile-source" lang="en">
                {row.figure.source.url
                  ? <ExternalLink href={row.figure.source.url}>{row.figure.source.dataset}</ExternalLink>
                  : row.figure.source.dataset}
              </small>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
