import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { initI18n } from '../../i18n';
import type { ChoroplethModel } from '../../model/indicators/choropleth';
import { ATTRIBUTION } from '../../model/attribution';
import { sheetText } from './sheetText';

const meta = {
  id: 'gdp_eur_per_inhabitant', theme: 'material' as const,
  names: { nl: 'Bbp per inwoner', en: 'GDP per inhabitant', de: 'BIP je Einwohner' },
  descriptions: { nl: '', en: '', de: '' }, unit: { nl: 'euro', en: 'euro', de: 'Euro' },
  decimals: 0, polarity: 'higher-better' as const, euIndex: true, publisher: 'Eurostat', dataset: 'nama_10r_3gdp', licence: 'CC BY 4.0',
  attribution: '© Eurostat', caveat: null, computed: false, method: null, additive: false,
};

/** Only what the sheet reads of a choropleth. */
function model(over: Partial<ChoroplethModel>): ChoroplethModel {
  return {
    meta, period: '2021', reference: 'raw', levels: new Map(), regionIds: [], figures: new Map(), values: new Map([['a', 1], ['b', 2]]),
    references: new Map(), classes: { breaks: [30000, 45000], min: 10000, max: 90000 },
    colours: ['#ffffcc', '#41b6c4', '#253494'], ramp: null, counts: [10, 20, 1], noData: ['x', 'y'], ...over,
  };
}

const ctx = (lang: 'nl' | 'en') => ({
  t: i18next.getFixedT(lang), lang, level: 3 as const, date: new Date(Date.UTC(2025, 4, 5, 12)), url: 'http://localhost/?ind=gdp_eur_per_inhabitant',
});

describe('sheetText', () => {
  beforeAll(() => { initI18n('nl'); });

  it('titles the indicator and year, and lists the classes as the legend does, with "no data"', () => {
    const s = sheetText(model({}), ctx('nl'));
    expect(s.title).toBe('Bbp per inwoner 2021');
    expect(s.subtitle).toBe('euro');
    expect(s.legend?.rows).toEqual([
      { kind: 'class', colour: '#ffffcc', label: 'onder 30.000', count: '10 regio’s' },
      { kind: 'class', colour: '#41b6c4', label: 'vanaf 30.000', count: '20 regio’s' },
      { kind: 'class', colour: '#253494', label: 'vanaf 45.000', count: '1 regio' },
      { kind: 'noData', label: 'geen gegevens', count: '2 regio’s' },
    ]);
  });

  it('ends with the sources, the boundaries’ attribution word for word, the date and the link', () => {
    const s = sheetText(model({}), ctx('en'));
    expect(s.footer).toEqual([
      'Source: Eurostat, nama_10r_3gdp · © Eurostat · Licence: CC BY 4.0',
      ATTRIBUTION,
      'Exported on May 5, 2025',
      'Link: http://localhost/?ind=gdp_eur_per_inhabitant',
    ]);
  });

  it('signs differences and names the reference; a ramp is one row with its range', () => {
    const diff = sheetText(model({ reference: 'eu', classes: { breaks: [-10, 10], min: -40, max: 60 } }), ctx('nl'));
    expect(diff.subtitle).toMatch(/EU = 100 · Verschil met EU = 100/);
    expect(diff.legend?.rows[0]?.label).toBe('onder -10');
    expect(diff.legend?.rows[2]?.label).toBe('vanaf +10');
    const ramp = sheetText(model({ classes: null, ramp: [[10000, '#ffffcc'], [90000, '#253494']], colours: [] }), ctx('nl'));
    expect(ramp.legend?.rows).toEqual([
      { kind: 'ramp', colours: ['#ffffcc', '#253494'], label: '10.000 – 90.000', count: '2 regio’s' },
      { kind: 'noData', label: 'geen gegevens', count: '2 regio’s' },
    ]);
  });

  it('without an indicator: the app and the level, no legend, the boundaries’ attribution', () => {
    const s = sheetText(null, ctx('nl'));
    expect(s.title).toBe('Grensatlas');
    expect(s.subtitle).toBe("COROP-regio's en Kreise (NUTS 3)");
    expect(s.legend).toBeNull();
    expect(s.footer[0]).toBe(ATTRIBUTION);
  });
});
