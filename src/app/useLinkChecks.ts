/**
 * Applies the link checks (state/linkChecks.ts) as the data they need arrives. Each fix is a
 * correction: it replaces the history entry, so Back does not bring a dropped part back.
 */
import { useEffect, useMemo, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import { areasQuery, indicatorsQuery, regionIndexQuery } from '../data/queries';
import { useCatalogue } from '../derived/context';
import { useAppStore, useAppStoreApi } from '../state/context';
import { checkLink, type LinkFix } from '../state/linkChecks';
import type { AppState } from '../state/store';
import { asCorrection } from '../state/urlSync';

function apply(s: AppState, fix: LinkFix): void {
  switch (fix.kind) {
    case 'unselect': s.clearSelection(); break;
    case 'hide-areas': s.showAreas(fix.ids, false); break;
    case 'drop-indicator': s.setIndicator(null); break;
    case 'drop-period': s.setChoropleth({ period: null }); break;
    case 'close-initiative': s.openInitiative(null); break;
    case 'fit': s.fitTo(fix.bbox); break;
    case 'drop-places': for (const key of fix.keys) s.removeFromCompare(key); break;
    case 'drop-split-indicator': s.setSplitIndicator(null); break;
    case 'drop-split-period': s.setSplit({ period: null }); break;
  }
}

export function useLinkChecks(): void {
  const store = useAppStoreApi();
  const selected = useAppStore((s) => s.selection.selected);
  const shownAreas = useAppStore((s) => s.overlays.areas);
  const indicator = useAppStore((s) => s.choropleth.indicator);
  const period = useAppStore((s) => s.choropleth.period);
  const open = useAppStore((s) => s.initiatives.open);
  const places = useAppStore((s) => s.compare.places);
  const splitIndicator = useAppStore((s) => s.split.indicator);
  const splitPeriod = useAppStore((s) => s.split.period);
  const index = useQuery(regionIndexQuery()).data;
  const needAreas = shownAreas.length > 0 || selected?.kind === 'area' || places.some((p) => p.kind === 'area');
  const areas = useQuery({ ...areasQuery(), enabled: needAreas }).data;
  const indicators = useQuery({ ...indicatorsQuery(), enabled: indicator !== null || splitIndicator !== null }).data;
  const catalogue = useCatalogue();
  // The catalogue holds the imports too; until this browser's stored ones are read, a link's entry may still be one of them.
  const storedRead = useAppStore((s) => s.initiatives.storedRead);
  const ids = useMemo(() => (catalogue.loaded && storedRead ? new Set(catalogue.byId.keys()) : undefined), [catalogue, storedRead]);
  // A link with a camera is not flown anywhere; one without is flown to what it names, once.
  const fitted = useRef(store.getState().view.camera !== null);

  useEffect(() => {
    const s = store.getState();
    const state = { selected, shownAreas, indicator, period, openInitiative: open, places, splitIndicator, splitPeriod, fitted: fitted.current };
    const { notices, fixes } = checkLink(state, { index, areas: areas?.byId, indicators, initiatives: ids });
    if (notices.length === 0 && fixes.length === 0) return;
    if (fixes.some((f) => f.kind === 'fit')) fitted.current = true;
    asCorrection(() => {
      for (const n of notices) s.addNotice(n);
      for (const f of fixes) apply(store.getState(), f);
    });
  }, [store, selected, shownAreas, indicator, period, open, places, splitIndicator, splitPeriod, index, areas, indicators, ids]);
}
