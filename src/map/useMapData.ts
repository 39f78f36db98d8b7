/** Gathers what the map draws from the queries and the store, as a memoised MapDesign input. */
import { useMemo } from 'react';
import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { areasQuery, borderQuery, geometryQuery, regionIndexQuery, type LevelGeometry } from '../data/queries';
import { useBands, useCatalogue, useChoropleth, useFilteredInitiatives } from '../derived/context';
import type { Level } from '../model/levels';
import { useAppStore } from '../state/context';
import { areaOf, regionOf } from '../state/selection';
import { areaSources, borderRegionIds, labelPoints, levelRegions, mixedRegions, type DesignInput } from './design';
import { regionColours } from '../model/indicators/choropleth';
import { ATTRIBUTION } from '../model/attribution';
import { highlightOf, initiativeCounts, initiativePoints } from './initiativeSources';

const LEVELS: readonly Level[] = [1, 2, 3];

/**
 * `firstDrawn`: the regions are on the map. Initiative markers and badges wait for it, so the
 * map shows its regions first (about 0.2 s sooner here) and the markers follow.
 */
export function useMapData(firstDrawn = true): DesignInput {
  const level = useAppStore((s) => s.view.level);
  const selectedId = useAppStore((s) => regionOf(s.selection.selected));
  const selectedArea = useAppStore((s) => areaOf(s.selection.selected));
  const overlays = useAppStore((s) => s.overlays);
  const lang = useAppStore((s) => s.settings.lang);
  const index = useQuery(regionIndexQuery()).data;
  const countries = useQuery(geometryQuery(0)).data ?? null;
  // While another level loads, keep drawing the previous one rather than an empty map.
  const current = useQuery({ ...geometryQuery(level), placeholderData: keepPreviousData }).data ?? null;
  const border = useQuery(borderQuery()).data ?? null;
  const { bands } = useBands();
  const areasData = useQuery({ ...areasQuery(), enabled: overlays.areas.length > 0 || selectedArea !== null }).data;
  const choropleth = useChoropleth()?.model ?? null;
  const iniLayers = useAppStore((s) => s.initiatives.layers);
  const iniFocus = useAppStore((s) => s.initiatives.hover ?? s.initiatives.open);
  const catalogue = useCatalogue();
  // The map shows what the catalogue's filters let through, so list and map agree.
  const filtered = useFilteredInitiatives();

  // An indicator with figures at other levels than the chosen one needs those levels' geometry.
  const needed = useMemo(() => new Set(choropleth ? choropleth.levels.values() : []), [choropleth]);
  const byLevelResults = useQueries({ queries: LEVELS.map((l) => ({ ...geometryQuery(l), enabled: needed.has(l) })) });
  // The results array is new each render; its items are the stable query data.
  const [g1, g2, g3] = byLevelResults.map((r) => r.data);
  const byLevel = useMemo(() => {
    const m = new Map<Level, LevelGeometry>();
    for (const g of [g1, g2, g3]) if (g) m.set(g.level, g);
    return m;
  }, [g1, g2, g3]);

  const selectedLevel = selectedId ? index?.byId.get(selectedId)?.level : undefined;
  const selectedGeometry = useQuery({ ...geometryQuery(selectedLevel ?? 0), enabled: selectedLevel !== undefined }).data;

  // Keyed by the levels per country, not the model: a recolour must not rebuild (re-send) the geometry.
  const levelsKey = choropleth ? [...choropleth.levels].sort().map(([c, l]) => `${c}${l}`).join('-') : null;
  const regions = useMemo(() => {
    if (levelsKey) {
      const levels = new Map(levelsKey.split('-').map((p) => [p.slice(0, 2), Number(p.slice(2)) as Level]));
      return mixedRegions(byLevel, levels) ?? (current ? levelRegions(current) : null);
    }
    return current ? levelRegions(current) : null;
  }, [levelsKey, byLevel, current]);
  const colours = useMemo(() => (choropleth ? regionColours(choropleth) : null), [choropleth]);

  // Labels follow the regions that are drawn, not the level requested, so names never mismatch shapes.
  const labels = useMemo(() => (index && regions ? labelPoints(index, regions.ids) : null), [index, regions]);
  const selection = useMemo(
    () => selectedGeometry?.regions.features.find((f) => f.properties.id === selectedId) ?? null,
    [selectedGeometry, selectedId],
  );
  const areas = useMemo(() => (areasData ? areaSources(areasData.list, lang) : null), [areasData, lang]);
  const rule = overlays.borderOnly;
  const borderRegions = useMemo(
    () => (rule && border && regions ? borderRegionIds(regions.ids, border, rule) : null),
    [rule, border, regions],
  );
  const loaded = catalogue.loaded;
  const points = useMemo(
    () => (firstDrawn && iniLayers.points && loaded ? initiativePoints(filtered) : null),
    [firstDrawn, iniLayers.points, loaded, filtered],
  );
  const counts = useMemo(
    () => (firstDrawn && iniLayers.counts && loaded && index && regions ? initiativeCounts(filtered, index, regions.ids) : null),
    [firstDrawn, iniLayers.counts, loaded, filtered, index, regions],
  );
  const focused = iniFocus ? catalogue.byId.get(iniFocus) : undefined;
  const highlight = useMemo(() => (focused && regions ? highlightOf(focused, regions.ids) : null), [focused, regions]);
  return useMemo(
    () => ({
      countries, regions, regionColours: colours, labels, selection, attribution: ATTRIBUTION,
      overlays, borderLines: border?.lines ?? null, bands, borderRegions, areas, selectedArea,
      initiativePoints: points, initiativeCounts: counts, initiativeHighlight: highlight,
    }),
    [countries, regions, colours, labels, selection, overlays, border, bands, borderRegions, areas, selectedArea, points, counts, highlight],
  );
}
