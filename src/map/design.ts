/** The map as a pure function of data, selection and theme: sources with stable ids, layers in order. */
import type { FeatureCollection, MultiPolygon, Point } from 'geojson';
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { RegionIndex } from '../model/regionIndex';
import type { MapDesign } from './reconcile';
import type { MapTheme } from '../theme/theme';
import { contextLayers } from './layers/context';
import { countryLayers, regionLayers, selectionLayers } from './layers/regions';
import { labelLayers } from './layers/labels';
import { bandLayers, borderLineLayers, dimLayers } from './layers/border';
import { areaLayers } from './layers/areas';
import { initiativeCountLayers, initiativeHighlightLayers, initiativePointLayers } from './layers/initiatives';
import type { OverlaysState } from '../state/overlays';
import { initialOverlays } from '../state/overlays';
import { passesRule, type BorderRule } from '../model/border/rule';
import type { Area } from '../model/schemas';
import type { Lang } from '../i18n';
import { areaName } from '../model/areas';
import type { BorderProduct } from '../model/border/types';
import { TILE_BOUNDS, TILE_MAX_ZOOM } from '../model/tiles';
import type { DrawnRegions } from './drawn';
import { compareLayers, type CompareInput } from './layers/compare';

export type { DrawnRegions };

export const SOURCES = {
  /** The vector tiles: regions of every level, the four countries and the neighbouring ones. */
  nuts: 'nuts',
  labels: 'labels',
  bands: 'border-bands',
  areas: 'areas',
  areasPartial: 'areas-partial',
  areaLabels: 'areas-labels',
  initiativePoints: 'initiative-points',
  initiativeCounts: 'initiative-counts',
  compareBadges: 'compare-badges',
} as const;

export interface InitiativePointProps {
  id: string;
  name: string;
  /** Placed at its region's centre, for want of coordinates. */
  approx: boolean;
  /** That region ('' for an exact point). */
  region: string;
}
export interface InitiativeCountProps {
  id: string;
  label: string;
  approx: boolean;
}

/** The cooperation areas as map sources: outlines, partial members, label points. */
export interface AreaSources {
  outlines: FeatureCollection<MultiPolygon, AreaProps>;
  partial: FeatureCollection<MultiPolygon, AreaProps>;
  labels: FeatureCollection<Point, AreaProps & { name: string }>;
}
export interface AreaProps {
  id: string;
  kind: string;
}

export interface DesignInput {
  /** URL template of the vector tiles (`…/tiles/{z}/{x}/{y}.pbf`); null draws no boundaries. */
  tiles: string | null;
  regions: DrawnRegions | null;
  /**
   * Some region drawn has no figure (its "no data" hatching is shown). The colours themselves are
   * not part of the design: the map component sets them as feature-state, so a recolour changes
   * neither the style nor the geometry, and computes no design.
   */
  noData?: boolean;
  /** An indicator is chosen and its figures are still loading: the first frame waits for them. */
  coloursPending?: boolean;
  labels: FeatureCollection<Point, LabelProps> | null;
  /** The selected region (at any level), outlined. */
  selection: string | null;
  attribution: string;
  overlays?: OverlaysState;
  bands?: FeatureCollection | null;
  /** With "border regions only": the regions of the drawn level that pass the rule. */
  borderRegions?: readonly string[] | null;
  areas?: AreaSources | null;
  selectedArea?: string | null;
  /** Initiatives with a point (clustered on the map); null: the layer is off. */
  initiativePoints?: FeatureCollection<Point, InitiativePointProps> | null;
  /** One badge per drawn region with initiatives; null: off. */
  initiativeCounts?: FeatureCollection<Point, InitiativeCountProps> | null;
  /** The hovered or opened initiative: its id and its regions among those drawn. */
  initiativeHighlight?: { id: string; confirmed: string[]; unconfirmed: string[] } | null;
  /** The places compared, outlined and numbered; null or absent: none. */
  compare?: CompareInput | null;
}

export interface LabelProps {
  id: string;
  name: string;
  areaKm2: number;
}

/** Label points of the regions drawn, from the region index (not from the geometry). */
export function labelPoints(index: RegionIndex, ids: readonly string[]): FeatureCollection<Point, LabelProps> {
  return {
    type: 'FeatureCollection',
    features: ids
      .flatMap((id) => {
        const e = index.byId.get(id);
        return e ? [e] : [];
      })
      .map((e) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: e.labelPoint },
        properties: { id: e.id, name: e.name, areaKm2: e.areaKm2 },
      })),
  };
}

export function mapDesign(input: DesignInput, theme: MapTheme): MapDesign {
  const sources: Record<string, SourceSpecification> = {};
  const layers: LayerSpecification[] = [{ id: 'background', type: 'background', paint: { 'background-color': theme.sea } }];

  const tiles = input.tiles;
  if (tiles) {
    // promoteId: feature-state (hover, indicator colours) keyed by the NUTS id kept in the tiles.
    sources[SOURCES.nuts] = {
      type: 'vector', tiles: [tiles], minzoom: 0, maxzoom: TILE_MAX_ZOOM, bounds: [...TILE_BOUNDS],
      promoteId: 'id', attribution: input.attribution,
    };
    layers.push(...contextLayers(SOURCES.nuts, theme));
  }
  const regions = tiles ? input.regions : null;
  if (regions) layers.push(...regionLayers(SOURCES.nuts, theme, regions, input.noData ?? false));
  const overlays = input.overlays ?? initialOverlays;
  if (regions && input.borderRegions) layers.push(...dimLayers(SOURCES.nuts, theme, regions, input.borderRegions));
  if (input.bands && overlays.bands.some(Boolean)) {
    sources[SOURCES.bands] = { type: 'geojson', data: input.bands };
    layers.push(...bandLayers(SOURCES.bands, theme, overlays.bands));
  }
  if (tiles && overlays.borderLine) layers.push(...borderLineLayers(SOURCES.nuts, theme));
  if (tiles) layers.push(...countryLayers(SOURCES.nuts, theme));
  const areas = input.areas;
  // A selected area is drawn even when its layer is off (it was chosen from a list).
  const selectedArea = input.selectedArea ?? null;
  const visibleAreas = selectedArea && !overlays.areas.includes(selectedArea) ? [...overlays.areas, selectedArea] : overlays.areas;
  if (areas && visibleAreas.length > 0) {
    sources[SOURCES.areas] = { type: 'geojson', data: areas.outlines };
    sources[SOURCES.areasPartial] = { type: 'geojson', data: areas.partial };
    sources[SOURCES.areaLabels] = { type: 'geojson', data: areas.labels };
    const ids = { outlines: SOURCES.areas, partial: SOURCES.areasPartial, labels: SOURCES.areaLabels };
    layers.push(...areaLayers(ids, theme, visibleAreas, selectedArea));
  }
  const highlight = input.initiativeHighlight ?? null;
  // Always there, empty when nothing is hovered: a hover then changes only a filter.
  if (regions) {
    layers.push(...initiativeHighlightLayers(SOURCES.nuts, theme, regions, highlight?.confirmed ?? [], highlight?.unconfirmed ?? []));
  }
  if (tiles) layers.push(...selectionLayers(SOURCES.nuts, theme, input.selection));
  if (input.labels) {
    sources[SOURCES.labels] = { type: 'geojson', data: input.labels };
    layers.push(...labelLayers(SOURCES.labels, theme));
  }
  // Above the names: the numbers are what the table refers to.
  if (tiles && input.compare) {
    sources[SOURCES.compareBadges] = { type: 'geojson', data: input.compare.badges };
    layers.push(...compareLayers(SOURCES.nuts, SOURCES.compareBadges, theme, input.compare.ids));
  }
  if (input.initiativeCounts) {
    sources[SOURCES.initiativeCounts] = { type: 'geojson', data: input.initiativeCounts };
    layers.push(...initiativeCountLayers(SOURCES.initiativeCounts, theme));
  }
  if (input.initiativePoints) {
    // Clustered: several initiatives share a region centre, and dense areas stay readable.
    // clusterMaxZoom above the map's maxZoom (11): entries at one region's centre stay one
    // cluster, and a click on it selects that region, whose panel lists them.
    // "exact": how many of a cluster's points are the entries' own; none means all are guesses.
    sources[SOURCES.initiativePoints] = {
      type: 'geojson', data: input.initiativePoints, cluster: true, clusterRadius: 30, clusterMaxZoom: 12,
      clusterProperties: { exact: ['+', ['case', ['get', 'approx'], 0, 1]] },
    };
    layers.push(...initiativePointLayers(SOURCES.initiativePoints, theme, highlight?.id ?? null));
  }
  // Area names above region names, so they win label collisions.
  const areaLabels = layers.findIndex((l) => l.id === 'areas-labels');
  if (areaLabels !== -1) layers.push(...layers.splice(areaLabels, 1));
  return { sources, layers };
}

/** Map sources for the cooperation areas, names in the UI language. */
export function areaSources(areas: readonly Area[], lang: Lang): AreaSources {
  const props = (a: Area): AreaProps => ({ id: a.id, kind: a.kind });
  return {
    outlines: { type: 'FeatureCollection', features: areas.map((a) => ({ type: 'Feature', properties: props(a), geometry: a.outline })) },
    partial: {
      type: 'FeatureCollection',
      features: areas.flatMap((a) => (a.partialOutline ? [{ type: 'Feature' as const, properties: props(a), geometry: a.partialOutline }] : [])),
    },
    labels: {
      type: 'FeatureCollection',
      features: areas.map((a) => ({
        type: 'Feature', properties: { ...props(a), name: areaName(a, lang) }, geometry: { type: 'Point', coordinates: a.labelPoint },
      })),
    },
  };
}

/** Regions drawn that pass the border-region rule (for the dimming filter). */
export function borderRegionIds(ids: readonly string[], border: BorderProduct, rule: BorderRule): string[] {
  return ids.filter((id) => passesRule(border.regions[id]?.shares, rule));
}
