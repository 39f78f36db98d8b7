/** Gathers what the map draws from the queries and the store, as a memoised MapDesign input. */
import { useDeferredValue, useMemo } from 'react';
import { useIsFetching, useQuery } from '@tanstack/react-query';
import { areasQuery, borderQuery, dataKeys, regionIndexQuery, tileUrl } from '../data/queries';
import { useBands, useCatalogue, useFilteredInitiatives, usePlacesOnMap } from '../derived/context';
import type { CompareInput } from './layers/compare';
import { useAppStore } from '../state/context';
import { areaOf, regionOf } from '../state/selection';
import { areaSources, borderRegionIds, labelPoints, type DesignInput } from './design';
import { levelDrawn, mixedDrawn } from './drawn';
import { regionColours, type ChoroplethModel } from '../model/indicators/choropleth';
import { ATTRIBUTION } from '../model/attribution';
import { highlightOf, initiativeCounts, initiativePoints } from './initiativeSources';

const TILES = tileUrl();

/** The places compared, outlined and numbered once the first frame is drawn (their numbers need the font). */
function useCompareOnMap(firstDrawn: boolean): CompareInput | null {
  const onMap = usePlacesOnMap();
  return useMemo(() => (firstDrawn && onMap.length > 0 ? {
    ids: onMap.flatMap((p) => p.ids),
    badges: {
      type: 'FeatureCollection',
      features: onMap.flatMap((p) => (p.point ? [{
        type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: p.point }, properties: { n: p.n, label: String(p.n) },
      }] : [])),
    },
  } : null), [firstDrawn, onMap]);
}

/**
 * Labels, initiative markers and badges wait for the first frame (view.firstFrame), so the map
 * shows its coloured regions first (no font or marker request before) and the rest follows.
 * The choropleth is a parameter: the main map passes useChoropleth(), the split map's right side
 * its own model, so both draw the same overlays, selection and labels for their own levels.
 */
export function useMapData(
  choropleth: ChoroplethModel | null, indicator: string | null,
): { input: DesignInput; colours: ReadonlyMap<string, string | null> | null } {
  const level = useAppStore((s) => s.view.level);
  const firstDrawn = useAppStore((s) => s.view.firstFrame);
  const selectedId = useAppStore((s) => regionOf(s.selection.selected));
  const selectedArea = useAppStore((s) => areaOf(s.selection.selected));
  const overlays = useAppStore((s) => s.overlays);
  const lang = useAppStore((s) => s.settings.lang);
  const index = useQuery(regionIndexQuery()).data;
  // Only "border regions only" needs the border metrics; the border line is in the tiles.
  const border = useQuery({ ...borderQuery(), enabled: firstDrawn && overlays.borderOnly !== null }).data ?? null;
  const { bands } = useBands();
  const areasData = useQuery({ ...areasQuery(), enabled: overlays.areas.length > 0 || selectedArea !== null }).data;
  const iniLayers = useAppStore((s) => s.initiatives.layers);
  const iniFocus = useAppStore((s) => s.initiatives.hover ?? s.initiatives.open);
  const catalogue = useCatalogue();
  // The map shows what the catalogue's filters let through, so list and map agree.
  const filtered = useFilteredInitiatives();
  // An indicator is chosen and its figures are on their way: the first frame waits for its colours.
  const loadingFigures = useIsFetching({ queryKey: dataKeys.indicators() }) + useIsFetching({ queryKey: dataKeys.regionIndex() }) > 0;
  const coloursPending = indicator !== null && choropleth === null && loadingFigures;

  // Keyed by the levels per country, not the model: a recolour must not touch the layer filters.
  const levelsKey = choropleth ? [...choropleth.levels].sort().map(([c, l]) => `${c}${l}`).join('-') : null;
  const regions = useMemo(
    () => (choropleth && levelsKey ? mixedDrawn(choropleth.levels, index) : levelDrawn(level, index)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the levels are in levelsKey; the model changes on every recolour
    [levelsKey, level, index],
  );
  const colours = useMemo(() => (choropleth ? regionColours(choropleth) : null), [choropleth]);
  // A boolean, so that a recolour with the same answer leaves the design input as it is.
  const noData = colours ? [...colours.values()].includes(null) : false;

  // Labels follow the regions that are drawn, not the level requested, so names never mismatch shapes.
  const labels = useMemo(() => (firstDrawn && index ? labelPoints(index, regions.ids) : null), [firstDrawn, index, regions]);
  const areas = useMemo(() => (areasData ? areaSources(areasData.list, lang) : null), [areasData, lang]);
  const rule = overlays.borderOnly;
  const borderRegions = useMemo(
    () => (rule && border ? borderRegionIds(regions.ids, border, rule) : null),
    [rule, border, regions],
  );
  const loaded = catalogue.loaded;
  const points = useMemo(
    () => (firstDrawn && iniLayers.points && loaded ? initiativePoints(filtered) : null),
    [firstDrawn, iniLayers.points, loaded, filtered],
  );
  const counts = useMemo(
    () => (firstDrawn && iniLayers.counts && loaded && index ? initiativeCounts(filtered, index, regions.ids) : null),
    [firstDrawn, iniLayers.counts, loaded, filtered, index, regions],
  );
  const focused = iniFocus ? catalogue.byId.get(iniFocus) : undefined;
  const highlight = useMemo(() => (focused ? highlightOf(focused, regions.ids) : null), [focused, regions]);
  // Deferred: the comparison's table is drawn first, the map's outlines and numbers a frame later.
  const compare = useDeferredValue(useCompareOnMap(firstDrawn));
  const input = useMemo(
    () => ({
      tiles: TILES, regions, noData, coloursPending, labels, selection: selectedId, attribution: ATTRIBUTION,
      overlays, bands, borderRegions, areas, selectedArea,
      initiativePoints: points, initiativeCounts: counts, initiativeHighlight: highlight, compare,
    }),
    [regions, noData, coloursPending, labels, selectedId, overlays, bands, borderRegions, areas, selectedArea, points, counts, highlight, compare],
  );
  return { input, colours };
}
