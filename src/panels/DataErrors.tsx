/** Failed data loads, with what failed, where, and a way to try again. */
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { areasQuery, borderQuery, geometryQuery, indicatorsQuery, regionIndexQuery } from '../data/queries';
import { useAppStore } from '../state/context';

export function DataErrors() {
  const { t } = useTranslation();
  const level = useAppStore((s) => s.view.level);
  const wantIndicators = useAppStore((s) => s.choropleth.indicator !== null);
  const wantAreas = useAppStore((s) => s.overlays.areas.length > 0 || (s.selection.selected !== null && s.selection.selected.kind !== 'zone'));
  const results = useQueries({
    queries: [
      regionIndexQuery(), geometryQuery(0), geometryQuery(level), borderQuery(),
      { ...areasQuery(), enabled: wantAreas }, { ...indicatorsQuery(), enabled: wantIndicators },
    ],
  });
  const labels = [
    t('data.regions'), t('data.geometry', { level: 0 }), t('data.geometry', { level }), t('data.border'), t('data.areas'), t('data.indicators'),
  ];
  const failed = results.flatMap((r, i) => (r.error ? [{ what: labels[i] ?? '', error: r.error, retry: r.refetch }] : []));
  if (failed.length === 0) return null;
  return (
    <section className="data-errors" role="alert">
      {failed.map((f) => (
        <p key={f.what}>
          {t('notice.dataError', { what: f.what, detail: f.error.message })}{' '}
          <button type="button" onClick={() => { void f.retry(); }}>{t('notice.retry')}</button>
        </p>
      ))}
    </section>
  );
}
