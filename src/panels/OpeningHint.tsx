/**
 * One line on what the atlas is for, shown on a bare visit only (state/opening.ts). It stays out
 * of the way (a quiet line at the bottom of the map) and goes once the user acts: with its close
 * button, or with the first change to what the map shows (any part of the URL but the language).
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../state/context';
import { urlSlicesChanged } from '../state/url';

export function OpeningHint({ opening }: { opening: boolean }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const [shown, setShown] = useState(opening);
  useEffect(() => {
    if (!shown) return undefined;
    // A change of language is no action on the map: the hint stays, in the new language.
    return store.subscribe((s, prev) => {
      if (urlSlicesChanged({ ...s, settings: prev.settings }, prev)) setShown(false);
    });
  }, [shown, store]);
  if (!shown) return null;
  return (
    <div className="opening-hint" role="note">
      <span>{t('opening.hint')}</span>
      <button type="button" aria-label={t('opening.close')} onClick={() => { setShown(false); }}>×</button>
    </div>
  );
}
