import { beforeAll, describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { flagsOf, IndicatorDataError, parseIndicators, type IndicatorData } from './indicators.ts';
import { realBuild, realInput } from './fixture.ts';
import type { AreaOutput } from './pipeline.ts';
import type { RegionEntry } from './nuts.ts';

const HEADER = 'nuts_id,level,country,region_name,indicator,year,value,unit,source_dataset,source_url';
/** Synthetic metadata and regions, for the validation tests only. */
const META = {
  indicators: {
    x: {
      theme: 'material', names: { nl: 'x', en: 'x', de: 'x' }, descriptions: { nl: 'x', en: 'x', de: 'x' }, unit: { nl: '%', en: '%', de: '%' },
      decimals: 0, polarity: 'higher-better', range: [0, 100], euIndex: false,
      publisher: 'P', dataset: 'D', licence: 'L', attribution: 'A', caveat: null, additive: false,
    },
  },
};
const INDEX = new Map([['NL21', { level: 2 as const, country: 'NL' }], ['NL213', { level: 3 as const, country: 'NL' }]]);

describe('parseIndicators validation (synthetic rows)', () => {
  it('keeps good rows with their source and flags', () => {
    const d = parseIndicators(
      `${HEADER}\nNL21,NUTS2,NL,Overijssel,x,2021,42.5,%,"Eurostat t (flag: p = provisional)",https://example.org/a\n`, META, INDEX,
    );
    expect(d.values).toEqual([['NL21', 0, '2021', 42.5, 0, 'p']]);
    expect(d.sources).toEqual([{ dataset: 'Eurostat t (flag: p = provisional)', url: 'https://example.org/a' }]);
  });

  it('sets NUTS 2024-only codes aside with the reason, and reports every bad row by line', () => {
    const csv = [
      HEADER,
      'NL35,NUTS2,NL,Utrecht,x,2021,1,%,D,https://example.org/', // NUTS 2024: excluded, not an error
      'NL99,NUTS2,NL,?,x,2021,1,%,D,https://example.org/', // unknown
      'NL213,NUTS2,NL,Twente,x,2021,1,%,D,https://example.org/', // wrong level
      'NL21,NUTS2,NL,Overijssel,x,2021,101,%,D,https://example.org/', // out of range
      'NL21,NUTS2,NL,Overijssel,y,2021,1,%,D,https://example.org/', // unknown indicator
      'NL21,NUTS2,NL,Overijssel,x,2020,1,%,D,ftp://example.org/', // not http(s)
      'NL21,NUTS2,NL,Overijssel,x,2019,abc,%,D,https://example.org/', // not a number
      'NL21,NUTS2,NL,Overijssel,x,2018,1,%,D,https://example.org/',
      'NL21,NUTS2,NL,Overijssel,x,2018,2,%,D,https://example.org/', // duplicate
    ].join('\n');
    let message = '';
    try {
      parseIndicators(csv, META, INDEX);
    } catch (e) {
      expect(e).toBeInstanceOf(IndicatorDataError);
      message = (e as Error).message;
    }
    for (const line of [3, 4, 5, 6, 7, 8, 10]) expect(message).toContain(`line ${line}:`);
    expect(message).not.toContain('line 2:');
    expect(message).toContain('outside the plausible range');
    expect(message).toContain('duplicate figure for NL21 x 2018');
  });

  it('reads flags only where the source states them', () => {
    expect(flagsOf("Eurostat nama_10r_2gdp (unit=EUR_HAB; flag: e = estimated; ...)")).toBe('e');
    expect(flagsOf("Destatis via Eurostat (flag 'b' = break in series (first year on Zensus 2022))")).toBe('b');
    expect(flagsOf("CBS StatLine 84432 (2022 provisional)")).toBe('p');
    expect(flagsOf('differs by a few persons, presumably provisional, not stated on the page')).toBe('');
    expect(flagsOf('Eurostat (no flag)')).toBe('');
  });
});

describe('embedded indicators from geo/data', () => {
  let data: IndicatorData;
  let csv: Record<string, string>[];
  let areas: AreaOutput[];
  let index: RegionEntry[];
  let files: Map<string, string>;
  beforeAll(async () => {
    ({ files } = await realBuild());
    data = JSON.parse(files.get('indicators.json') ?? '{}') as IndicatorData;
    areas = (JSON.parse(files.get('areas.json') ?? '{}') as { areas: AreaOutput[] }).areas;
    index = JSON.parse(files.get('regions.json') ?? '[]') as RegionEntry[];
    csv = csvParse((await realInput()).indicatorsCsv);
  });
  const value = (region: string, indicator: string, period: string) => {
    const ii = data.indicators.findIndex((m) => m.id === indicator);
    return data.values.find((v) => v[0] === region && v[1] === ii && v[2] === period);
  };

  it('encodes every row of the facts or sets it aside with a reason: none is lost', () => {
    const fromFacts = data.values.filter((v) => !data.indicators[v[1]]?.computed);
    expect(fromFacts.length + data.excluded.length).toBe(csv.length);
    expect(data.excluded.map((e) => e.region).sort()).toEqual([...Array<string>(9).fill('NL35'), ...Array<string>(9).fill('NL36')]);
    for (const v of fromFacts) expect(data.sources[v[4]]?.url).toMatch(/^https?:\/\//);
  });

  it('keeps each figure as the source printed it', () => {
    for (const row of csv) {
      if (row.nuts_id === 'NL35' || row.nuts_id === 'NL36') continue;
      expect(value(row.nuts_id ?? '', row.indicator ?? '', row.year ?? '')?.[3]).toBe(Number(row.value));
    }
    expect(value('DEA34', 'population', '2023-01-01')?.[5]).toBe('b'); // Zensus 2022 break, flagged
  });

  it('leaves a gap a gap', () => {
    // The notes: no GDP per inhabitant (CBS) for Noord-Brabant and Limburg; no HDI 2021 for Namur.
    expect(value('NL41', 'gdp_eur_per_inhabitant_national', '2022')).toBeUndefined();
    expect(value('NL42', 'gdp_eur_per_inhabitant_national', '2022')).toBeUndefined();
    expect(value('BE35', 'hdi', '2021')).toBeUndefined();
    expect(value('BE225', 'population_density', '2021')).toBeUndefined();
  });

  it('computes area, border distance, border share, cooperation areas and initiatives exactly from its own data', () => {
    const twente = index.find((e) => e.id === 'NL213');
    expect(value('NL213', 'area_km2', '2021')?.[3]).toBe(twente?.areaKm2);
    expect(value('NL213', 'border_distance_km', '2021')?.[3]).toBe(16.8);
    expect(value('NL213', 'border_share_25km', '2021')?.[3]).toBeCloseTo(92.7, 1);
    const twenteAreas = areas.filter((a) => a.kind !== 'border_region' && a.members.some((m) => m.id === 'NL213')).length; // EUREGIO, Interreg DE-NL
    expect(value('NL213', 'cooperation_areas', '2021')?.[3]).toBe(twenteAreas);
    expect(value('NL329', 'cooperation_areas', '2021')?.[3]).toBe(0);
    // Deals and initiatives: entries of the catalogue with a confirmed code in the region ("?" codes do not count).
    type Catalogue = { initiatives: { id: string; regions: { id: string; confirmed: boolean }[] }[] };
    const catalogue = (JSON.parse(files.get('initiatives.json') ?? '{}') as Catalogue).initiatives;
    const inTwente = catalogue.filter((i) => i.regions.some((r) => r.confirmed && r.id === 'NL213')).map((i) => i.id);
    expect(inTwente).toEqual(expect.arrayContaining(['RD2-TWENTE', 'RD4-TWENTE', 'CB-GRENSWERK']));
    expect(value('NL213', 'initiatives', '2025')?.[3]).toBe(inTwente.length);
    // NL212 (Zuidwest-Overijssel): City Deal Kennis Maken (Deventer) for certain; Cleantech Regio and Stedendriehoek only with "?".
    const nl212 = catalogue.filter((i) => i.regions.some((r) => r.id === 'NL212'));
    expect(nl212.length).toBeGreaterThan(0);
    expect(value('NL212', 'initiatives', '2025')?.[3]).toBe(nl212.filter((i) => i.regions.some((r) => r.id === 'NL212' && r.confirmed)).length);
    expect(value(
      'NL21', 'initiatives', '2025',
    )?.[3]).toBe(catalogue.filter((i) => i.regions.some((r) => r.confirmed && r.id.startsWith('NL21'))).length);
    for (const id of ['area_km2', 'border_distance_km', 'border_share_25km', 'cooperation_areas', 'initiatives']) {
      const m = data.indicators.find((x) => x.id === id);
      expect(m?.computed).toBe(true);
      expect(m?.method).toBeTruthy();
    }
  });

  it('gives every indicator names in three languages, a source and a licence', () => {
    for (const m of data.indicators) {
      for (const l of ['nl', 'en', 'de'] as const) expect(m.names[l]).toBeTruthy();
      expect(m.publisher).toBeTruthy();
      expect(m.licence).toBeTruthy();
    }
  });
});
