import { describe, expect, it } from 'vitest';
import { activeIn, byRelevance, isFiltered, matches, NO_FILTERS } from './filter';
import { fold } from '../text';
import { topicsOf } from './topics';
import type { Initiative } from './types';

/** Synthetic entries for the filter rules. */
function entry(p: Partial<Initiative> & Pick<Initiative, 'id'>): Initiative {
  return {
    kind: 'other', name: p.id, start: null, end: null, national: null, total: null, themes: [], tranche: null, topics: [], partners: [], places: [],
    regions: [], crossBorder: false, sources: ['https://example.org/'], point: null, origin: 'embedded', ...p,
  };
}
const deal = entry({ id: 'deal', kind: 'regio_deal', name: 'Regio Deal Test', start: 2019, end: 2023, topics: ['work'], places: ['Münster (DE)'] });
const cb = entry({ id: 'cb', kind: 'cross_border_initiative', name: 'Grens test', start: 2024, crossBorder: true, topics: ['mobility'] });
const undated = entry({ id: 'undated', kind: 'city_deal', name: 'Undated' });

describe('filters', () => {
  it('narrows by kind, topic, cross-border and text', () => {
    const list = [deal, cb, undated];
    const pick = (f: Partial<typeof NO_FILTERS>) => list.filter((i) => matches(i, { ...NO_FILTERS, ...f })).map((i) => i.id);
    expect(pick({})).toEqual(['deal', 'cb', 'undated']);
    expect(pick({ kinds: ['regio_deal', 'city_deal'] })).toEqual(['deal', 'undated']);
    expect(pick({ topics: ['mobility'] })).toEqual(['cb']);
    expect(pick({ cross: 'yes' })).toEqual(['cb']);
    expect(pick({ cross: 'no' })).toEqual(['deal', 'undated']);
    expect(pick({ text: 'munster' })).toEqual(['deal']);
    expect(pick({ text: 'regio TEST' })).toEqual(['deal']);
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, text: 'x' })).toBe(true);
  });
  it('keeps entries active in any year of the range; an open end runs on; no start year drops out', () => {
    expect(activeIn(deal, 2023, 2030)).toBe(true);
    expect(activeIn(deal, 2024, null)).toBe(false);
    expect(activeIn(cb, 2030, 2030)).toBe(true);
    expect(activeIn(cb, null, 2023)).toBe(false);
    expect(activeIn(undated, null, null)).toBe(true);
    expect(activeIn(undated, 2020, null)).toBe(false);
  });
  it('folds case and diacritics', () => {
    expect(fold('Liège Münster')).toBe('liege munster');
  });
});

describe('relevance', () => {
  it('puts confirmed hits first, then approximate, then in view, then the rest (newest first)', () => {
    const other = entry({ id: 'other', start: 2025 });
    const order = byRelevance(
      [other, undated, cb, deal],
      new Map([['deal', { confirmed: false, partial: false }], ['undated', { confirmed: true, partial: false }]]), new Set(['cb']), 'nl',
    );
    expect(order.map((i) => i.id)).toEqual(['undated', 'deal', 'cb', 'other']);
    // Found only through partial members of an area: after the entries wholly within it.
    const partly = byRelevance(
      [cb, deal], new Map([['cb', { confirmed: true, partial: true }], ['deal', { confirmed: true, partial: false }]]), null, 'nl',
    );
    expect(partly.map((i) => i.id)).toEqual(['deal', 'cb']);
    expect(byRelevance([deal, cb, undated], null, null, 'nl').map((i) => i.id)).toEqual(['cb', 'deal', 'undated']);
  });
});

describe('topics', () => {
  it('groups free-text themes into broad-welfare topics', () => {
    expect(topicsOf(['cross-border labour market'])).toEqual(['work', 'cooperation']);
    expect(topicsOf(['undermining crime'])).toEqual(['safety']);
    expect(topicsOf(['transport', 'support for residents'])).toEqual(['mobility', 'society']);
    expect(topicsOf(['tranche 3'])).toEqual([]);
  });
});
