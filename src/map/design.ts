/** The map as a pure function of data, selection and theme: sources with stable ids, layers in order. */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { LevelGeometry, RegionCollection, RegionProps } from '../data/queries';
import type { RegionIndex } from '../model/regionIndex';
import type { Level } from '../model/levels';
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

export const SOURCES = {
  context: 'context',
  countries: 'countries',
  regions: (key: string) => `regions-${key}`,
  labels: 'labels',
  selection: 'selection',
  borderLines: 'border-lines',
  bands: 'border-bands',
  areas: 'areas',
  areasPartial: 'areas-partial',
  areaLabels: 'areas-labels',
  initiativePoints: 'initiative-points',
  initiativeCounts: 'initiative-counts',
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

/** The regions on the map: one level, or per country the level an indicator has figures at. */
export interface DrawnRegions {
  /** Stable while the same regions are drawn ("3", or "NL2-BE2-DE1-LU2"). */
  key: string;
  collection: RegionCollection;
  ids: readonly string[];
}

export interface DesignInput {
  countries: LevelGeometry | null;
  regions: DrawnRegions | null;
  /**
   * Indicator colour per region drawn (null: no figure), applied as feature-state by the map
   * component rather than written into the style, so a recolour never touches the geometry.
   */
  regionColours?: ReadonlyMap<string, string | null> | null;
  labels: FeatureCollection<Point, LabelProps> | null;
  selection: Feature<Polygon | MultiPolygon, RegionProps> | null;
  attribution: string;
  overlays?: OverlaysState;
  borderLines?: FeatureCollection | null;
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
}

export interface LabelProps {
  id: string;
  name: string;
  areaKm2: number;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

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

  if (input.countries?.context) {
    sources[SOURCES.context] = { type: 'geojson', data: input.countries.context };
    layers.push(...contextLayers(SOURCES.context, theme));
  }
  if (input.regions) {
    const id = SOURCES.regions(input.regions.key);
    // promoteId: feature-state (hover, indicator values) keyed by NUTS id.
    sources[id] = { type: 'geojson', data: input.regions.collection, promoteId: 'id', attribution: input.attribution };
    layers.push(...regionLayers(id, theme));
  }
  const overlays = input.overlays ?? initialOverlays;
  if (input.regions && input.borderRegions) layers.push(...dimLayers(SOURCES.regions(input.regions.key), theme, input.borderRegions));
  if (input.bands && overlays.bands.some(Boolean)) {
    sources[SOURCES.bands] = { type: 'geojson', data: input.bands };
    layers.push(...bandLayers(SOURCES.bands, theme, overlays.bands));
  }
  if (input.borderLines && overlays.borderLine) {
    sources[SOURCES.borderLines] = { type: 'geojson', data: input.borderLines };
    layers.push(...borderLineLayers(SOURCES.borderLines, theme));
  }
  if (input.countries) {
    sources[SOURCES.countries] = { type: 'geojson', data: input.countries.regions };
    layers.push(...countryLayers(SOURCES.countries, theme));
  }
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
  if (input.regions) {
    layers.push(...initiativeHighlightLayers(SOURCES.regions(input.regions.key), theme, highlight?.confirmed ?? [], highlight?.unconfirmed ?? []));
  }
  sources[SOURCES.selection] = { type: 'geojson', data: input.selection ?? EMPTY };
  layers.push(...selectionLayers(SOURCES.selection, theme));
  if (input.labels) {
    sources[SOURCES.labels] = { type: 'geojson', data: input.labels };
    layers.push(...labelLayers(SOURCES.labels, theme));
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

/** One level's regions as drawn regions. */
export function levelRegions(g: LevelGeometry): DrawnRegions {
  return { key: String(g.level), collection: g.regions, ids: g.regions.features.map((f) => f.properties.id) };
}

/** Regions of several levels, per country (for an indicator with figures at different levels). */
export function mixedRegions(byLevel: ReadonlyMap<Level, LevelGeometry>, levels: ReadonlyMap<string, Level>): DrawnRegions | null {
  const features: RegionCollection['features'] = [];
  const parts: string[] = [];
  for (const [country, level] of [...levels].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const g = byLevel.get(level);
    if (!g) return null; // still loading
    features.push(...g.regions.features.filter((f) => f.properties.country === country));
    parts.push(`${country}${level}`);
  }
  return { key: parts.join('-'), collection: { type: 'FeatureCollection', features }, ids: features.map((f) => f.properties.id) };
}
