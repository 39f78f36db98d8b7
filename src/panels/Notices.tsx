/** Notices about bad links and failed loads: text only, each dismissable. */
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../state/context';
import type { Notice } from '../state/notices';
import type { TFunction } from 'i18next';

function message(t: TFunction, n: Notice): string {
  switch (n.kind) {
    case 'url': {
      const key = ({ 'bad-level': 'notice.badLevel', 'bad-region': 'notice.badRegion', 'bad-map': 'notice.badMap', 'bad-lang': 'notice.badLang' } as const)[n.problem.kind];
      return t(key, { value: n.problem.value });
    }
    case 'unknown-region':
      return t('notice.unknownRegion', { value: n.value });
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
