/** The cooperation areas a region belongs to, each a button that selects the area. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { areasQuery, regionIndexQuery } from '../data/queries';
import { areaBbox, areaName, areasOfRegion } from '../model/areas';
import { useAppStore } from '../state/context';

export function RegionAreas({ regionId }: { regionId: string }) {
  const { t } = useTranslation();
  const lang = useAppStore((s) => s.settings.lang);
  const selectArea = useAppStore((s) => s.selectArea);
  const areas = useQuery(areasQuery()).data;
  const index = useQuery(regionIndexQuery()).data;
  const nuts3 = useMemo(() => index?.list.filter((e) => e.level === 3).map((e) => e.id) ?? [], [index]);
  if (!areas) return null;
  const list = areasOfRegion(areas.list, regionId, nuts3);
  return (
    <section aria-labelledby={`ra-${regionId}`}>
      <h3 id={`ra-${regionId}`}>{t('area.memberOf')}</h3>
      {list.length === 0 ? (
        <p>{t('area.noAreas')}</p>
      ) : (
        <ul className="area-list">
          {list.map(({ area, membership }) => (
            <li key={area.id}>
              <button type="button" className="link" onClick={() => { selectArea(area.id, areaBbox(area)); }}>
                {areaName(area, lang)}
              </button>{' '}
              <small>
                {t(`area.kinds.${area.kind}`)} · {t(`area.${membership}`)}
              </small>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
