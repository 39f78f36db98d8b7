/**
 * Golden file of the border profile chart: EUREGIO, GDP per inhabitant 2021 at NUTS 3, on the real
 * data (public/data), rendered to static SVG markup in Dutch. A changed picture writes
 * `*-changed.svg` beside the golden file to look at, and fails; a missing golden file is written
 * once, except on CI, which never writes goldens.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { buildBorderProfile } from '../../model/border/profile';
import { makeIndicatorTable } from '../../model/indicators/table';
import { makeRegionIndex } from '../../model/regionIndex';
import { areasFileSchema, borderProductSchema, indicatorsFileSchema, regionIndexSchema } from '../../model/schemas';
import { ProfileChart } from './ProfileChart';

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../../public/data/${name}`, import.meta.url), 'utf8'));
const nlFormat = new Intl.NumberFormat('nl', { maximumFractionDigits: 0 });
const text = {
  title: 'bbp per inwoner (euro), 2021 — EUREGIO', unit: 'euro per inwoner',
  source: 'Bron: Eurostat, nama_10r_2gdp / nama_10r_3gdp; afstanden: Grensatlas, uit grenzen van EuroGeographics',
  country: (c: string) => ({ NL: 'Nederland', DE: 'Duitsland' })[c] ?? c,
  value: (v: number) => nlFormat.format(v),
  signed: (v: number) => new Intl.NumberFormat('nl', { maximumFractionDigits: 0, signDisplay: 'exceptZero' }).format(v),
  km: (v: number) => new Intl.NumberFormat('nl', { maximumFractionDigits: 1 }).format(v),
};
const handlers = { hoverId: null, selectedId: null, onHover: () => undefined, onSelect: () => undefined, svgRef: null };
const GOLDEN = new URL('./__golden__/euregio-gdp-2021.svg', import.meta.url);

describe('border profile chart (golden file)', () => {
  it('draws EUREGIO, GDP per inhabitant 2021, as before', () => {
    initI18n('nl');
    const table = makeIndicatorTable(indicatorsFileSchema.parse(read('indicators.json')));
    const index = makeRegionIndex(regionIndexSchema.parse(read('regions.json')));
    const border = borderProductSchema.parse(read('border.json')).regions;
    const area = areasFileSchema.parse(read('areas.json')).areas.find((a) => a.id === 'euregio');
    if (!area) throw new Error('no EUREGIO');
    const profile = buildBorderProfile({
      table, index, border, indicatorId: 'gdp_eur_per_inhabitant', period: '2021', wanted: 3,
      stretch: { kind: 'area', id: area.id, members: area.members.map((m) => m.id) },
    });
    const svg = renderToStaticMarkup(createElement(ProfileChart, { profile, index, text, ...handlers }))
      .replaceAll(/_R_[0-9a-zA-Z]+_/g, '_id_'); // useId's ids differ between renderers
    const pretty = `${svg.replaceAll('><', '>\n<')}\n`;
    if (!existsSync(GOLDEN)) {
      if (process.env.CI) throw new Error('golden file missing (CI never writes goldens)');
      writeFileSync(GOLDEN, pretty);
    }
    const golden = readFileSync(GOLDEN, 'utf8');
    if (pretty !== golden) writeFileSync(new URL('./__golden__/euregio-gdp-2021-changed.svg', import.meta.url), pretty);
    expect(pretty).toBe(golden);
  });

  it('says in the chart how many regions have no data, and draws no dot for them (synthetic data)', () => {
    initI18n('nl');
    // Synthetic: two regions, one without a figure.
    const entry = (id: string) => ({
      id, name: `synthetic ${id}`, level: 3 as const, country: id.slice(0, 2), parents: [], bbox: [0, 0, 1, 1] as [number, number, number, number],
      centroid: [0, 0] as [number, number], labelPoint: [0, 0] as [number, number], areaKm2: 1,
    });
    const index = makeRegionIndex([entry('NL111'), entry('DE111')]);
    const profile = {
      indicatorId: 'x', period: '2021', dots: [{ id: 'DE111', country: 'DE', distanceKm: 5, value: 10, flags: '' }],
      countries: [
        { country: 'NL', level: 3 as const, mean: null, n: 0, noData: ['NL111'] },
        { country: 'DE', level: 3 as const, mean: 10, n: 1, noData: [] },
      ],
      step: { dutch: { mean: null, n: 0 }, foreign: { mean: 10, n: 1 }, value: null }, noData: ['NL111'], noDistance: [],
    };
    const svg = renderToStaticMarkup(createElement(ProfileChart, { profile, index, text, ...handlers }));
    expect(svg).toContain('geen gegevens: 1 regio, niet getekend');
    expect(svg).toContain('Nederland (NUTS 3): geen gegevens');
    expect(svg).toContain('sprong niet te berekenen');
    expect(svg).not.toContain('data-region="NL111"');
    expect(svg).not.toContain('class="chart-step"');
  });
});
