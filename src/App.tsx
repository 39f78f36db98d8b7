import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { areasQuery, indicatorsQuery, regionIndexQuery } from './data/queries';
import { periodsOf } from './model/indicators/table';
import { MapView } from './map/MapView';
import { LevelSwitch } from './panels/LevelSwitch';
import { SearchBox } from './panels/SearchBox';
import { LanguageSwitch } from './panels/LanguageSwitch';
import { RegionPanel } from './panels/RegionPanel';
import { AreaPanel } from './panels/AreaPanel';
import { LayerPanel } from './panels/LayerPanel';
import { IndicatorPanel } from './panels/IndicatorPanel';
import { Notices } from './panels/Notices';
import { DataErrors } from './panels/DataErrors';
import { bboxOf } from './panels/RegionAreas';
import { useAppStore, useAppStoreApi } from './state/context';
import { asCorrection } from './state/urlSync';
import { focusMap } from './panels/focus';
import { ZonePanel } from './panels/ZonePanel';
import { InitiativesPanel } from './panels/initiatives/InitiativesPanel';
import { useCatalogue } from './data/initiatives';
import { useImportStorage } from './data/useImportStorage';

/**
 * Checks what the link named against the data once it is loaded: an unknown region or area is
 * dropped with a notice (replacing the history entry, so Back does not bring it back), and a
 * region or area named without a camera is flown to once.
 */
function useValidateLink(): void {
  const store = useAppStoreApi();
  const index = useQuery(regionIndexQuery()).data;
  const wantAreas = useAppStore((s) => s.overlays.areas.length > 0 || s.selection.areaId !== null);
  const areas = useQuery({ ...areasQuery(), enabled: wantAreas }).data;
  const selectedId = useAppStore((s) => s.selection.regionId);
  const areaId = useAppStore((s) => s.selection.areaId);
  const shownAreas = useAppStore((s) => s.overlays.areas);
  const fitted = useRef(store.getState().view.camera !== null);

  useEffect(() => {
    if (!index || !selectedId) return;
    const entry = index.byId.get(selectedId);
    const s = store.getState();
    if (!entry) {
      asCorrection(() => {
        s.addNotice({ id: `unknown-region:${selectedId}`, kind: 'unknown-region', value: selectedId });
        s.select(null);
      });
    } else if (!fitted.current) {
      fitted.current = true;
      asCorrection(() => { s.fitTo(entry.bbox); });
    }
  }, [index, selectedId, store]);

  useEffect(() => {
    if (!areas) return;
    const s = store.getState();
    const unknown = [...shownAreas, ...(areaId ? [areaId] : [])].filter((id) => !areas.byId.has(id));
    if (unknown.length > 0) {
      asCorrection(() => {
        s.addNotice({ id: 'unknown-areas', kind: 'unknown-areas', values: [...new Set(unknown)] });
        s.showAreas(unknown, false);
        if (areaId && unknown.includes(areaId)) s.selectArea(null);
      });
      return;
    }
    const area = areaId ? areas.byId.get(areaId) : undefined;
    if (area && !fitted.current) {
      fitted.current = true;
      asCorrection(() => { s.fitTo(bboxOf(area.outline.coordinates)); });
    }
  }, [areas, areaId, shownAreas, store]);
}

/** An indicator or period from a link that the data does not know is dropped with a notice. */
function useValidateIndicator(): void {
  const store = useAppStoreApi();
  const c = useAppStore((s) => s.choropleth);
  const table = useQuery({ ...indicatorsQuery(), enabled: c.indicator !== null }).data;
  useEffect(() => {
    if (!table || !c.indicator) return;
    const s = store.getState();
    if (!table.byId.has(c.indicator)) {
      const value = c.indicator;
      asCorrection(() => {
        s.addNotice({ id: 'url:ind', kind: 'url', problem: { param: 'ind', value } });
        s.setIndicator(null);
      });
    } else if (c.period && !periodsOf(table, c.indicator).includes(c.period)) {
      const value = c.period;
      asCorrection(() => {
        s.addNotice({ id: 'url:year', kind: 'url', problem: { param: 'year', value } });
        s.setChoropleth({ period: null });
      });
    }
  }, [table, c.indicator, c.period, store]);
}

/** An initiative named by a link that is in neither the catalogue nor the imports: a notice, and the list. */
function useValidateInitiative(): void {
  const store = useAppStoreApi();
  const open = useAppStore((s) => s.initiatives.open);
  const catalogue = useCatalogue(open !== null);
  // Imports are read from storage once the index is there: wait for it too.
  const index = useQuery(regionIndexQuery()).data;
  useEffect(() => {
    // Imports are read in an effect of this same commit: ask the store, not the rendered list.
    if (!open || !catalogue.loaded || !index || catalogue.byId.has(open) || store.getState().initiatives.imported.some((i) => i.id === open)) return;
    const value = open;
    asCorrection(() => {
      store.getState().addNotice({ id: 'unknown-initiative', kind: 'unknown-initiative', value });
      store.getState().openInitiative(null);
    });
  }, [open, catalogue, index, store]);
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

/** Escape clears the selection (controls that use Escape themselves stop it first). */
function useEscapeClears(): void {
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

export function App() {
  const { t } = useTranslation();
  useValidateLink();
  useValidateIndicator();
  useImportStorage();
  useValidateInitiative();
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
        <RegionPanel />
        <AreaPanel />
        <ZonePanel />
      </main>
    </div>
  );
}
