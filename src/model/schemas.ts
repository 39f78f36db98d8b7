/**
 * Runtime shapes of the files the geo build writes. Parsing with zod turns a corrupt or
 * mismatched file into a message that names the field, not a crash somewhere in the map.
 */
import { z } from 'zod';
import { AREA_ID, NUTS_CODE } from './nuts';
import { BORDER_PAIRS } from './border/types';

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const regionEntrySchema = z.object({
  id: z.string().regex(NUTS_CODE),
  name: z.string().min(1),
  nameLatn: z.string().optional(),
  level: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  country: z.string().length(2),
  parents: z.array(z.string()),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  centroid: lonLat,
  labelPoint: lonLat,
  areaKm2: z.number().nonnegative(),
});
export type RegionEntry = z.infer<typeof regionEntrySchema>;

export const regionIndexSchema = z.array(regionEntrySchema).min(1);

/** Only what the app relies on; topojson-client reads the rest. */
export const levelTopologySchema = z.looseObject({
  type: z.literal('Topology'),
  arcs: z.array(z.array(z.array(z.number()))),
  objects: z.looseObject({
    regions: z.looseObject({ type: z.literal('GeometryCollection'), geometries: z.array(z.unknown()).min(1) }),
    context: z.looseObject({ type: z.literal('GeometryCollection') }).optional(),
  }),
});

const multiPolygon = z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(z.tuple([z.number(), z.number()])))) });
const multiLine = z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(z.tuple([z.number(), z.number()]))) });
/** Links from data open only when they are http(s). */
const httpUrl = z.url({ protocol: /^https?$/ });
const pair = z.enum(BORDER_PAIRS);

export const borderProductSchema = z.object({
  edgesKm: z.array(z.number().positive()).min(1),
  method: z.string(),
  lines: z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(z.object({ type: z.literal('Feature'), properties: z.object({ pair, lengthKm: z.number() }), geometry: multiLine })),
  }),
  bands: z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(z.object({
      type: z.literal('Feature'),
      properties: z.object({ band: z.number().int(), fromKm: z.number(), toKm: z.number() }),
      geometry: multiPolygon,
    })),
  }),
  regions: z.record(z.string(), z.object({
    distanceKm: z.number(),
    minDistanceKm: z.number(),
    nearest: pair,
    borders: z.array(pair),
    shares: z.array(z.number().min(0).max(1)),
  })),
});

export const AREA_KINDS = ['euregio', 'interreg_programme', 'border_region'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];
const nullableText = z.string().nullable();

export const areaSchema = z.object({
  id: z.string().regex(AREA_ID),
  kind: z.enum(AREA_KINDS),
  sourceName: z.string(),
  names: z.object({ nl: nullableText, de: nullableText, en: nullableText }),
  short: z.string(),
  seat: nullableText,
  seatSource: httpUrl.nullable(),
  caveat: nullableText,
  members: z.array(z.object({
    id: z.string().regex(NUTS_CODE),
    membership: z.enum(['exact', 'partial']),
    note: z.string(),
    source: httpUrl,
  })).min(1),
  outline: multiPolygon,
  partialOutline: multiPolygon.nullable(),
  labelPoint: lonLat,
});
export type Area = z.infer<typeof areaSchema>;
export const areasFileSchema = z.object({ areas: z.array(areaSchema) });

const texts3 = z.object({ nl: z.string(), en: z.string(), de: z.string() });
export const THEMES = ['material', 'work', 'health', 'wellbeing', 'composite', 'population', 'geography', 'cooperation'] as const;
export type Theme = (typeof THEMES)[number];

export const indicatorMetaSchema = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  theme: z.enum(THEMES),
  names: texts3,
  descriptions: texts3,
  unit: texts3,
  decimals: z.number().int().min(0).max(4),
  polarity: z.enum(['higher-better', 'lower-better', 'neutral']),
  euIndex: z.boolean(),
  publisher: z.string(),
  dataset: z.string(),
  licence: z.string(),
  attribution: z.string(),
  caveat: z.string().nullable(),
  computed: z.boolean(),
  method: z.string().nullable(),
  additive: z.boolean(),
  defaultPeriod: z.string().optional(),
});
export type IndicatorMeta = z.infer<typeof indicatorMetaSchema>;

export const indicatorsFileSchema = z.object({
  indicators: z.array(indicatorMetaSchema).min(1),
  sources: z.array(z.object({ dataset: z.string(), url: httpUrl.nullable() })),
  // [region, indicator index, period, value, source index, flags]
  values: z.array(z.tuple([
    z.string().regex(NUTS_CODE), z.number().int().min(0), z.string(), z.number(), z.number().int().min(0), z.string().regex(/^[peb]*$/),
  ])),
  excluded: z.array(z.object({ line: z.number(), region: z.string(), indicator: z.string(), period: z.string(), reason: z.string() })),
});
export type IndicatorsFile = z.infer<typeof indicatorsFileSchema>;

/** Formats a zod error as "where: what" lines, at most a few, for a notice. */
export function describeIssues(error: z.ZodError, max = 3): string {
  const lines = error.issues.slice(0, max).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  if (error.issues.length > max) lines.push(`… +${error.issues.length - max}`);
  return lines.join('; ');
}
