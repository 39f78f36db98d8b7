/** Notices about bad links and failed map updates: text only, each dismissable. */
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useAppStore } from '../state/context';
import type { Notice } from '../state/notices';
import { rowProblemLine } from './initiatives/problems';

function message(t: TFunction, n: Notice): string {
  switch (n.kind) {
    case 'url':
      return t(`notice.bad.${n.problem.param}`, { value: n.problem.value });
    case 'unknown-region':
      return t('notice.unknownRegion', { value: n.value });
    case 'unknown-areas':
      return t('notice.unknownAreas', { values: n.values.join(', ') });
    case 'map-error':
      return t('notice.mapError', { detail: n.detail });
    case 'unknown-initiative':
      return t('notice.unknownInitiative', { value: n.value });
    case 'stored-initiatives':
      if (n.error) return t('notice.storedUnreadable', { detail: t(`ini.file.${n.error}`, { detail: n.detail ?? '' }) });
      return t('notice.storedInitiatives', { count: n.count, detail: n.first ? rowProblemLine(t, n.first) : '' });
    case 'storage':
      return t('notice.storage', { detail: n.detail });
    case 'compare-full':
      return t('notice.compareFull', { count: n.count });
    case 'unknown-places':
      return t('notice.unknownPlaces', { values: n.values.join(', ') });
    case 'stories-storage':
      return t(n.what === 'read' ? 'stories.storageRead' : 'stories.storageWrite', { detail: n.detail });
    case 'stories-damaged':
      return t('stories.damaged', { count: n.count, detail: n.detail });
    case 'slide-problems':
      return t('stories.slideProblems', { title: n.title, values: n.values.join(', ') });
  }
}

export function Notices() {
  const { t } = useTranslation();
  const notices = useAppStore((s) => s.notices.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  return (
    <section className="notices" aria-label={t('notice.list')} aria-live="polite">
      {notices.map((n) => (
        <p key={n.id} className="notice" role="status">
          <span>{message(t, n)}</span>
          <button type="button" aria-label={t('notice.dismiss')} onClick={() => { dismiss(n.id); }}>×</button>
        </p>
      ))}
    </section>
  );
}
