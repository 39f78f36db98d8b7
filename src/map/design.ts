/** The map as a pure function of data, selection and theme: sources with stable ids, layers in order. */
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { LevelGeometry, RegionProps } from '../data/queries';
import type { RegionIndex } from '../model/regionIndex';
import type { Level } from '../model/levels';
import type { MapDesign } from './reconcile';
import type { MapTheme } from './theme';
import { contextLayers } from './layers/context';
import { countryLayers, regionLayers, selectionLayers } from './layers/regions';
import { labelLayers } from './layers/labels';

export const SOURCES = {
  context: 'context',
  countries: 'countries',
  regions: (level: Level) => `regions-${level}`,
  labels: 'labels',
  selection: 'selection',
} as const;

export interface DesignInput {
  countries: LevelGeometry | null;
  level: LevelGeometry | null;
  labels: FeatureCollection<Point, LabelProps> | null;
  selection: Feature<Polygon | MultiPolygon, RegionProps> | null;
  attribution: string;
}

export interface LabelProps {
  id: string;
  name: string;
  areaKm2: number;
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** Label points of one level, from the region index (not from the geometry). */
export function labelPoints(index: RegionIndex, level: Level): FeatureCollection<Point, LabelProps> {
  return {
    type: 'FeatureCollection',
    features: index.list
      .filter((e) => e.level === level)
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
  if (input.level) {
    const id = SOURCES.regions(input.level.level);
    // promoteId: feature-state (hover now, indicator colours later) keyed by NUTS id.
    sources[id] = { type: 'geojson', data: input.level.regions, promoteId: 'id', attribution: input.attribution };
    layers.push(...regionLayers(id, theme));
  }
  if (input.countries) {
    sources[SOURCES.countries] = { type: 'geojson', data: input.countries.regions };
    layers.push(...countryLayers(SOURCES.countries, theme));
  }
  sources[SOURCES.selection] = { type: 'geojson', data: input.selection ?? EMPTY };
  layers.push(...selectionLayers(SOURCES.selection, theme));
  if (input.labels) {
    sources[SOURCES.labels] = { type: 'geojson', data: input.labels };
    layers.push(...labelLayers(SOURCES.labels, theme));
  }
  return { sources, layers };
}
