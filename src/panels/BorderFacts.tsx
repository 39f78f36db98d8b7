/** The region panel's border section: distance, nearest point, area per band, borders faced. */
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { borderQuery } from '../data/queries';
import { bandRange, type BorderPair } from '../model/border/types';
import { formatRange } from './format';

export function BorderFacts({ regionId }: { regionId: string }) {
  const { t, i18n } = useTranslation();
  const border = useQuery(borderQuery()).data;
  const m = border?.regions[regionId];
  if (!border || !m) return null;
  const km = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const pct = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const outer = border.edgesKm[border.edgesKm.length - 1] ?? 0;
  const pairName = (p: BorderPair) => t(`border.pairs.${p}`);
  return (
    <section className="border-facts" aria-labelledby={`bf-${regionId}`}>
      <h3 id={`bf-${regionId}`}>{t('border.heading')}</h3>
      <dl>
        <dt>{t('border.distance')}</dt>
        <dd>{t('border.distanceValue', { km: km.format(m.distanceKm), pair: pairName(m.nearest) })}</dd>
        <dt>{t('border.nearest')}</dt>
        <dd>{m.minDistanceKm === 0 ? t('border.onBorder') : t('border.kmValue', { km: km.format(m.minDistanceKm) })}</dd>
        <dt title={t('border.withinHint', { km: outer })}>{t('border.within', { km: outer })}</dt>
        <dd>{m.borders.length > 0 ? m.borders.map(pairName).join(', ') : t('border.facesNone', { km: outer })}</dd>
      </dl>
      <table className="shares">
        <caption>{t('border.shares')}</caption>
        <tbody>
          {m.shares.map((s, i) => (
            <tr key={i}>
              <th scope="row">{t('layers.band', formatRange(bandRange(border.edgesKm, i), km))}</th>
              <td>
                <span className="bar" style={{ width: `${Math.round(s * 100)}%` }} />
              </td>
              <td className="num">{pct.format(s)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="source">{t('border.method')}</p>
    </section>
  );
}
