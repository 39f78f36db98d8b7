/** App-wide effects that belong to no panel: the document language and Escape. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../state/context';
import { focusMap } from '../panels/focus';

/** The UI language follows the store (and so the URL). */
export function useLanguage(): void {
  const { i18n } = useTranslation();
  const lang = useAppStore((s) => s.settings.lang);
  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  }, [i18n, lang]);
}

/** Escape clears the selection (controls that use Escape themselves stop it first). */
export function useEscapeClears(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      const inPanel = Boolean(document.activeElement?.closest('.region-panel'));
      store.getState().clearSelection();
      if (inPanel) focusMap();
    };
    window.addEventListener('keydown', onKey);
    return () => { window.removeEventListener('keydown', onKey); };
  }, [store]);
}
