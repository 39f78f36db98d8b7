/** The region panel's border section: distance, nearest point, area per band, borders faced. */
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { borderQuery } from '../data/queries';
import { bandRange, type BorderPair } from '../model/border/types';

/** The country across a border, seen from a region in `country`. */
function across(pair: BorderPair, country: string): 'NL' | 'DE' | 'BE' {
  const other = pair === 'NL-DE' ? 'DE' : 'BE';
  return country === 'NL' ? other : 'NL';
}

export function BorderFacts({ regionId, country }: { regionId: string; country: string }) {
  const { t, i18n } = useTranslation();
  const border = useQuery(borderQuery()).data;
  const m = border?.regions[regionId];
  if (!border || !m) return null;
  const km = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const pct = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
  const outer = border.edgesKm[border.edgesKm.length - 1] ?? 0;
  const faced = [...new Set(m.borders.map((p) => across(p, country)))];
  return (
    <section className="border-facts" aria-labelledby={`bf-${regionId}`}>
      <h3 id={`bf-${regionId}`}>{t('border.heading')}</h3>
      <dl>
        <dt>{t('border.distance')}</dt>
        <dd>{t('border.distanceValue', { km: km.format(m.distanceKm), country: t(`country.${across(m.nearest, country)}`) })}</dd>
        <dt>{t('border.nearest')}</dt>
        <dd>{m.minDistanceKm === 0 ? t('border.onBorder') : t('border.kmValue', { km: km.format(m.minDistanceKm) })}</dd>
        <dt>{t('border.faces')}</dt>
        <dd>{faced.length > 0 ? faced.map((c) => t(`country.${c}`)).join(', ') : t('border.facesNone', { km: outer })}</dd>
      </dl>
      <table className="shares">
        <caption>{t('border.shares')}</caption>
        <tbody>
          {m.shares.map((s, i) => (
            <tr key={i}>
              <th scope="row">{t('layers.band', bandRange(border.edgesKm, i))}</th>
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
