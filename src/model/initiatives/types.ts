/**
 * The initiative catalogue's shapes: the columns of initiatives.csv (the facts file, and the
 * shape users import), and the parsed entry the app works with. The zod schema checks the built
 * file (public/data/initiatives.json) when the app loads it.
 */
import { z } from 'zod';

export const KINDS = [
  'regio_deal', 'city_deal', 'town_deal', 'cross_border_initiative', 'border_info_point', 'euregio_body', 'knowledge_network', 'other',
] as const;
export type Kind = (typeof KINDS)[number];

/**
 * Grensatlas's own grouping of the free-text themes of the facts into broad-welfare topics, so
 * that 290 distinct theme texts can be filtered. The theme texts themselves are kept verbatim.
 */
export const TOPICS = ['economy', 'work', 'education', 'health', 'housing', 'mobility', 'environment', 'society', 'safety', 'cooperation'] as const;
export type Topic = (typeof TOPICS)[number];

/** Columns of initiatives.csv, in order: also the shape of an import and of an export. */
export const COLUMNS = [
  'id', 'kind', 'name', 'start_year', 'end_year', 'national_contribution_meur', 'total_budget_meur',
  'themes', 'partners', 'places', 'nuts3', 'cross_border', 'source_url',
] as const;
/** Optional in imports and exports: a point of the user's own (the facts have none). */
export const POINT_COLUMNS = ['lon', 'lat'] as const;
export type Column = (typeof COLUMNS)[number] | (typeof POINT_COLUMNS)[number];
/** One row as text, the way a CSV has it. */
export type RawRow = Partial<Record<Column, string>>;

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const httpUrl = z.url({ protocol: /^https?$/ });

export const initiativeSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(KINDS),
  name: z.string().min(1),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
  /** Rijksbijdrage (national contribution), million euro. */
  national: z.number().nonnegative().nullable(),
  /** Total budget or investment, million euro, where a source states it. */
  total: z.number().nonnegative().nullable(),
  /** Theme texts as the source row has them, without the tranche tag. */
  themes: z.array(z.string()),
  /** Regio Deal tranche (1-6), from the "tranche N" tag. */
  tranche: z.number().int().nullable(),
  topics: z.array(z.enum(TOPICS)),
  partners: z.array(z.string()),
  places: z.array(z.string()),
  /** NUTS 2021 level 3 regions covered; `confirmed: false` is a code the facts mark with "?". */
  regions: z.array(z.object({ id: z.string(), confirmed: z.boolean() })),
  crossBorder: z.boolean(),
  sources: z.array(httpUrl).min(1),
  /**
   * Where a single place is named: its coordinates when the row gives them, else the centre
   * (label point) of its one region, `approximate: true`.
   */
  point: z.object({ lonLat, approximate: z.boolean(), region: z.string().nullable() }).nullable(),
  origin: z.enum(['embedded', 'imported']),
  /** What the compiler of the facts notes on this entry (conflicting sources, qualified amounts); English. */
  caveat: z.string().nullable().optional(),
  /** The row as read (imports only), so the imported set can be exported as it came. */
  raw: z.record(z.string(), z.string()).optional(),
});
export type Initiative = z.infer<typeof initiativeSchema>;

export const initiativesFileSchema = z.object({
  compiled: z.string(),
  initiatives: z.array(initiativeSchema),
});
export type InitiativesFile = z.infer<typeof initiativesFileSchema>;

/** Is any of the entry's location a guess ("?" codes or a region centre for a place)? */
export function isApproximate(i: Initiative): boolean {
  return i.regions.some((r) => !r.confirmed) || (i.regions.length === 0 && i.point?.approximate === true);
}
