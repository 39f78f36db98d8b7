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
    const fmt = new Intl.NumberFormat('nl', { maximumFractionDigits: 0 });
    const signed = new Intl.NumberFormat('nl', { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
    const km = new Intl.NumberFormat('nl', { maximumFractionDigits: 1 });
    const svg = renderToStaticMarkup(createElement(ProfileChart, {
      profile, index, hoverId: null, selectedId: null, onHover: () => undefined, onSelect: () => undefined, svgRef: null,
      text: {
        title: 'bbp per inwoner (euro), 2021 — EUREGIO', unit: 'euro per inwoner',
        source: 'Bron: Eurostat, nama_10r_2gdp / nama_10r_3gdp; afstanden: Grensatlas, uit grenzen van EuroGeographics',
        country: (c) => ({ NL: 'Nederland', DE: 'Duitsland' })[c] ?? c,
        value: (v) => fmt.format(v), signed: (v) => signed.format(v), km: (v) => km.format(v),
      },
    })).replaceAll(/_R_[0-9a-zA-Z]+_/g, '_id_'); // useId's ids differ between renderers
    const pretty = `${svg.replaceAll('><', '>\n<')}\n`;
    if (!existsSync(GOLDEN)) {
      if (process.env.CI) throw new Error('golden file missing (CI never writes goldens)');
      writeFileSync(GOLDEN, pretty);
    }
    const golden = readFileSync(GOLDEN, 'utf8');
    if (pretty !== golden) writeFileSync(new URL('./__golden__/euregio-gdp-2021-changed.svg', import.meta.url), pretty);
    expect(pretty).toBe(golden);
  });
});
