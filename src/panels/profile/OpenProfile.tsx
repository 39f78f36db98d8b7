/** Buttons that open the border profile: from the indicator panel and from a cooperation area's panel. */
import { useTranslation } from 'react-i18next';
import type { IndicatorMeta } from '../../model/schemas';
import { useAppStore } from '../../state/context';

/** What an area's profile shows when the map has no indicator: GDP per inhabitant, the figure most regions have. */
export const AREA_PROFILE_FALLBACK = 'gdp_eur_per_inhabitant';

export function ProfileButton({ meta }: { meta: IndicatorMeta }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.settings.lang);
  const openProfile = useAppStore((s) => s.openProfile);
  return (
    <button
      type="button"
      className="profile-open"
      title={t('borderProfile.openTitle', { name: meta.names[lang] })}
      onClick={() => { openProfile(meta.id); }}
    >
      {t('borderProfile.open')}
    </button>
  );
}

export function AreaProfileButton({ areaId }: { areaId: string }) {
  const { t } = useTranslation();
  const indicator = useAppStore((s) => s.choropleth.indicator);
  const openProfile = useAppStore((s) => s.openProfile);
  return (
    <button type="button" className="profile-open" onClick={() => { openProfile(indicator ?? AREA_PROFILE_FALLBACK, areaId); }}>
      {t('borderProfile.openArea')}
    </button>
  );
}
