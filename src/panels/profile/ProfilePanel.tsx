/**
 * The border profile panel at the bottom of the stage, shown while the URL names a profile
 * (`prof=`): pickers, the chart with its exports, and the same facts in text (the step with its
 * counts, the means, the regions without data, which regions the stretch holds).
 */
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { areasQuery, indicatorsQuery } from '../../data/queries';
import { useBorderProfile } from '../../derived/borderProfile';
import { areaName } from '../../model/areas';
import type { BorderProfile } from '../../model/border/profile';
import type { RegionIndex } from '../../model/regionIndex';
import { isCountry } from '../../model/levels';
import { useAppStore, useAppStoreApi } from '../../state/context';
import { checkProfileLink, initialProfile, isBorderPair } from '../../state/profile';
import { regionOf } from '../../state/selection';
import { asCorrection } from '../../state/urlSync';
import { kmFormat } from '../format';
import { focusMap } from '../focus';
import { ProfileChart } from './ProfileChart';
import type { ChartInputText } from './ChartMarks';
import { ExportButtons, ProfilePickers } from './ProfileControls';
import '../../styles/profile.css';

/** Drops what a link names that the data does not know (indicator, area, period), with a notice, as a correction. */
function useProfileLinkCheck(): void {
  const store = useAppStoreApi();
  const profile = useAppStore((s) => s.profile);
  const open = profile.indicator !== null;
  const table = useQuery({ ...indicatorsQuery(), enabled: open }).data;
  const areas = useQuery({ ...areasQuery(), enabled: open }).data;
  const ids = useMemo(() => (areas ? new Set(areas.byId.keys()) : undefined), [areas]);
  useEffect(() => {
    const { notices, patch } = checkProfileLink(profile, table, ids);
    if (!patch) return;
    asCorrection(() => {
      const s = store.getState();
      for (const n of notices) s.addNotice(n);
      if (patch === initialProfile) s.closeProfile();
      else s.setProfile(patch);
    });
  }, [store, profile, table, ids]);
}

/** The chart's facts in words, under it. */
function ProfileSummary({ profile, index, text, stretchIsBorder }: {
  profile: BorderProfile; index: RegionIndex; text: ChartInputText; stretchIsBorder: boolean;
}) {
  const { t } = useTranslation();
  const { step } = profile;
  const names = (ids: readonly string[]) => ids.map((id) => index.byId.get(id)?.name ?? id).join(', ');
  const means = profile.countries.filter((c) => c.mean !== null)
    .map((c) => t('borderProfile.meanItem', { country: text.country(c.country), value: text.value(c.mean ?? 0), count: c.n }));
  const [a = '', b = ''] = profile.countries.map((c) => text.country(c.country));
  return (
    <div className="profile-summary">
      <p className="profile-step">
        {step.value === null
          ? t('borderProfile.stepNone', { side: t(`borderProfile.sides.${step.dutch.n === 0 ? 'dutch' : 'foreign'}`) })
          : t('borderProfile.stepText', { value: text.signed(step.value), unit: text.unit, dutch: step.dutch.n, foreign: step.foreign.n })}
      </p>
      {means.length > 0 && <p>{t('borderProfile.means', { list: means.join('; ') })}</p>}
      {profile.noData.length > 0 && (
        <p className="profile-nodata">{t('borderProfile.noData', { count: profile.noData.length, list: names(profile.noData) })}</p>
      )}
      <p className="hint">{stretchIsBorder ? t('borderProfile.definitionBorder', { a, b }) : t('borderProfile.definitionArea')}</p>
    </div>
  );
}

function ProfileBody() {
  const { t, i18n } = useTranslation();
  const view = useBorderProfile();
  const lang = useAppStore((s) => s.settings.lang);
  const hoverId = useAppStore((s) => s.selection.hoverId);
  const selectedId = useAppStore((s) => regionOf(s.selection.selected));
  const stretch = useAppStore((s) => s.profile.stretch);
  const store = useAppStoreApi().getState();
  const svgRef = useRef<SVGSVGElement>(null);
  if (view.status === 'closed') return null;
  if (view.status === 'error') return <p className="error" role="alert">{view.error.message}</p>;
  if (view.status === 'loading') return <p>{t('borderProfile.loading')}</p>;
  const { profile, meta, area } = view;
  const fmt = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: meta.decimals });
  const signed = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: meta.decimals, signDisplay: 'exceptZero' });
  const km = kmFormat(i18n.language);
  const stretchName = area ? areaName(area, lang) : isBorderPair(stretch) ? t(`borderProfile.stretches.${stretch}`) : stretch;
  const text: ChartInputText = {
    title: t('borderProfile.title', { indicator: meta.names[lang], period: profile.period, stretch: stretchName }),
    unit: meta.unit[lang],
    source: t('borderProfile.source', { publisher: meta.publisher, dataset: meta.dataset }),
    country: (c) => (isCountry(c) ? t(`country.${c}`) : c),
    value: (v) => fmt.format(v),
    signed: (v) => signed.format(v),
    km: (v) => km.format(v),
  };
  return (
    <>
      <div className="profile-toolbar">
        <ProfilePickers table={view.table} areas={view.areas} meta={meta} periods={view.periods} period={profile.period} />
        <ExportButtons svgRef={svgRef} title={text.title} />
      </div>
      <div className="profile-main">
        {profile.dots.length === 0 ? <p className="profile-empty">{t('borderProfile.empty', { period: profile.period })}</p> : (
          <ProfileChart
            profile={profile} index={view.index} text={text} hoverId={hoverId} selectedId={selectedId}
            onHover={(id) => { store.setHover(id); }} onSelect={(id) => { store.select(id); }} svgRef={svgRef}
          />
        )}
        <ProfileSummary profile={profile} index={view.index} text={text} stretchIsBorder={area === null} />
      </div>
    </>
  );
}

export function ProfilePanel() {
  const { t } = useTranslation();
  useProfileLinkCheck();
  const open = useAppStore((s) => s.profile.indicator !== null);
  const close = useAppStore((s) => s.closeProfile);
  if (!open) return null;
  return (
    <section className="profile-panel" aria-label={t('borderProfile.label')}>
      <header>
        <h2>{t('borderProfile.label')}</h2>
        <button type="button" className="close" aria-label={t('borderProfile.close')} onClick={() => { close(); focusMap(); }}>×</button>
      </header>
      <ProfileBody />
    </section>
  );
}
