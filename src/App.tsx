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
import { ComparePanel } from './panels/compare/ComparePanel';
import { ProfilePanel } from './panels/profile/ProfilePanel';
import { useImportStorage } from './app/useImportStorage';
import { useLinkChecks } from './app/useLinkChecks';
import { useEscapeClears, useLanguage } from './app/useShell';
import { SplitPanel } from './panels/SplitPanel';
import { SplitOverlay } from './panels/SplitOverlay';
import { StoriesPanel } from './panels/stories/StoriesPanel';
import { PresenterBar } from './panels/present/PresenterBar';
import { useStoriesStorage } from './app/useStoriesStorage';
import { usePresenter } from './app/usePresenter';
import { AppStatus } from './app/AppStatus';
import { OpeningHint } from './panels/OpeningHint';

/**
 * The app-wide effects, in a component of their own that renders nothing: what they subscribe to
 * (the period, the selection, the catalogue, ...) re-renders only them, not the whole page. A year
 * change used to re-render every panel before the map got its colours (about 20 ms of a recolour).
 */
function AppEffects() {
  useImportStorage();
  useLinkChecks();
  useLanguage();
  useEscapeClears();
  useStoriesStorage();
  usePresenter();
  return null;
}

/** `opening`: the visit was bare and opens on the opening preset (state/opening.ts), with its hint. */
export function App({ opening = false }: { opening?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="app">
      <AppEffects />
      <header className="topbar">
        <h1>
          {t('app.title')} <span className="tagline">{t('app.tagline')}</span>
        </h1>
        <SearchBox />
        <LevelSwitch />
        <LanguageSwitch />
        <AppStatus />
      </header>
      <main className="stage">
        <MapView />
        <SplitOverlay />
        <OpeningHint opening={opening} />
        <div className="overlays">
          <DataErrors />
          <Notices />
          <LayerPanel />
          <IndicatorPanel />
          <SplitPanel />
          <InitiativesPanel />
          <StoriesPanel />
        </div>
        <SelectionPanel />
        {/* Along the bottom, stacked: the comparison and the border profile share the space when both are open. */}
        <div className="bottom-panels">
          <ProfilePanel />
          <ComparePanel />
        </div>
        <PresenterBar />
      </main>
    </div>
  );
}
