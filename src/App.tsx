import { useTranslation } from 'react-i18next';
import { MapView } from './map/MapView';
import { LevelSwitch } from './panels/LevelSwitch';
import { SearchBox } from './panels/SearchBox';
import { LanguageSwitch } from './panels/LanguageSwitch';
import { LayerPanel } from './panels/LayerPanel';
import { IndicatorPanel } from './panels/IndicatorPanel';
import { Notices } from './panels/Notices';
import { DataErrors } from './panels/DataErrors';
import { SelectionPanel } from './panels/SelectionPanel';
import { InitiativesPanel } from './panels/initiatives/InitiativesPanel';
import { useImportStorage } from './app/useImportStorage';
import { useLinkChecks } from './app/useLinkChecks';
import { useEscapeClears, useLanguage } from './app/useShell';

export function App() {
  const { t } = useTranslation();
  useImportStorage();
  useLinkChecks();
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
          <LayerPanel />
          <IndicatorPanel />
          <InitiativesPanel />
        </div>
        <SelectionPanel />
      </main>
    </div>
  );
}
