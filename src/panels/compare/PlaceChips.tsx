/** The places compared, numbered as on the map and in the table: move left or right, or remove. */
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../state/context';

export function PlaceChips({ keys, names }: { keys: readonly string[]; names: readonly string[] }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  return (
    <ol className="compare-places" aria-label={t('cmp.places')}>
      {keys.map((key, i) => {
        const name = names[i] ?? key;
        return (
          <li key={key} data-place={key}>
            <span className="badge" aria-hidden="true">{i + 1}</span>
            <span className="name">{name}</span>
            <button
              type="button" aria-label={t('cmp.left', { name })} disabled={i === 0}
              onClick={() => { store.getState().moveInCompare(key, -1); }}
            >
              ‹
            </button>
            <button
              type="button" aria-label={t('cmp.right', { name })} disabled={i === keys.length - 1}
              onClick={() => { store.getState().moveInCompare(key, 1); }}
            >
              ›
            </button>
            <button type="button" aria-label={t('cmp.remove', { name })} onClick={() => { store.getState().removeFromCompare(key); }}>×</button>
          </li>
        );
      })}
    </ol>
  );
}
