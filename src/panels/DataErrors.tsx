/** Failed data loads, with what failed, where, and a way to try again. */
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { areasQuery, borderQuery, geometryQuery, indicatorsQuery, regionIndexQuery } from '../data/queries';
import { initiativesQuery } from '../data/initiatives';
import { useAppStore } from '../state/context';

const LEVELS = [0, 1, 2, 3] as const;

export function DataErrors() {
  const { t } = useTranslation();
  const wantIndicators = useAppStore((s) => s.choropleth.indicator !== null);
  const wantAreas = useAppStore((s) => s.overlays.areas.length > 0 || (s.selection.selected !== null && s.selection.selected.kind !== 'zone'));
  const results = useQueries({
    queries: [
      // Observed, not started: the border metrics and the catalogue load after the first frame
      // (their users start them), and a failed load still shows here.
      regionIndexQuery(), { ...borderQuery(), enabled: false }, { ...initiativesQuery(), enabled: false },
      { ...areasQuery(), enabled: wantAreas }, { ...indicatorsQuery(), enabled: wantIndicators },
      // Whole geometry (TopoJSON) is loaded only for listings within a region or zone.
      ...LEVELS.map((level) => ({ ...geometryQuery(level), enabled: false })),
    ],
  });
  const labels = [
    t('data.regions'), t('data.border'), t('data.initiatives'), t('data.areas'), t('data.indicators'),
    ...LEVELS.map((level) => t('data.geometry', { level })),
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
