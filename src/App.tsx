import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { regionIndexQuery } from './data/queries';
import { MapView } from './map/MapView';
import { LevelSwitch } from './panels/LevelSwitch';
import { SearchBox } from './panels/SearchBox';
import { LanguageSwitch } from './panels/LanguageSwitch';
import { RegionPanel } from './panels/RegionPanel';
import { Notices } from './panels/Notices';
import { DataErrors } from './panels/DataErrors';
import { useAppStore, useAppStoreApi } from './state/context';

/** Drops a selected region that the index does not know (e.g. from an old link), with a notice. */
function useValidateSelection(): void {
  const store = useAppStoreApi();
  const index = useQuery(regionIndexQuery()).data;
  const selectedId = useAppStore((s) => s.selection.regionId);
  useEffect(() => {
    if (!index || !selectedId || index.byId.has(selectedId)) return;
    const s = store.getState();
    s.addNotice({ id: `unknown-region:${selectedId}`, kind: 'unknown-region', value: selectedId });
    s.select(null);
  }, [index, selectedId, store]);
}

/** The UI language follows the store (and so the URL). */
function useLanguage(): void {
  const { i18n } = useTranslation();
  const lang = useAppStore((s) => s.settings.lang);
  useEffect(() => {
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
    document.documentElement.lang = lang;
  }, [i18n, lang]);
}

/** Escape clears the selection (inputs that use Escape themselves stop it first). */
function useEscapeClears(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && store.getState().selection.regionId) store.getState().select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => { window.removeEventListener('keydown', onKey); };
  }, [store]);
}

export function App() {
  const { t } = useTranslation();
  useValidateSelection();
  useLanguage();
  useEscapeClears();
  return (
    <div className="app">
      <header className="topbar">
        <h1>
          {t('app.title')} <span className="tagline">{t('app.tagline')}</span>
        </h1>
        <SearchBox />
        <LevelSwitch />
        <LanguageSwitch />
      </header>
      <main className="stage">
        <MapView />
        <div className="overlays">
          <DataErrors />
          <Notices />
        </div>
        <RegionPanel />
      </main>
    </div>
  );
}
