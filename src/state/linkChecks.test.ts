import { describe, expect, it } from 'vitest';
import { checkLink, type LinkData, type LinkState } from './linkChecks';
import { makeRegionIndex, type RegionEntry } from '../model/regionIndex';
import { makeIndicatorTable } from '../model/indicators/table';
import type { Area, IndicatorsFile } from '../model/schemas';

/** Synthetic data (real codes) for the checks only. */
const entry = (id: string, level: RegionEntry['level']): RegionEntry => ({
  id, name: id, level, country: id.slice(0, 2), parents: [], bbox: [6, 52, 7, 53], centroid: [6.5, 52.5], labelPoint: [6.5, 52.5], areaKm2: 1,
});
const index = makeRegionIndex([entry('NL', 0), entry('NL213', 3)]);
const area = {
  id: 'euregio', kind: 'euregio', short: 'EUREGIO', names: { nl: 'EUREGIO' }, members: [],
  outline: { type: 'MultiPolygon', coordinates: [[[[6, 52], [8, 52], [8, 53], [6, 52]]]] },
} as unknown as Area;
const file = {
  indicators: [{ id: 'hdi' }], sources: [{ dataset: 'S', url: null }], values: [['NL213', 0, '2021', 0.9, 0, '']], excluded: [],
} as unknown as IndicatorsFile;
const base: LinkState = {
  selected: null, shownAreas: [], indicator: null, period: null, openInitiative: null, fitted: true,
};
const all: LinkData = { index, areas: new Map([['euregio', area]]), indicators: makeIndicatorTable(file), initiatives: new Set(['RD2-TWENTE']) };

describe('link checks', () => {
  it('passes a link whose parts all exist, and flies to what it names once', () => {
    const twente = { kind: 'region', id: 'NL213' } as const;
    expect(checkLink({ ...base, selected: twente, indicator: 'hdi', period: '2021' }, all)).toEqual({ notices: [], fixes: [] });
    expect(checkLink({ ...base, selected: twente, fitted: false }, all).fixes).toEqual([{ kind: 'fit', bbox: [6, 52, 7, 53] }]);
    const euregio = { kind: 'area', id: 'euregio' } as const;
    expect(checkLink({ ...base, selected: euregio, fitted: false }, all).fixes).toEqual([{ kind: 'fit', bbox: [6, 52, 8, 53] }]);
  });
  it('drops an unknown region with a notice, once the index is there', () => {
    const s = { ...base, selected: { kind: 'region', id: 'NL999' } } as const;
    expect(checkLink(s, {})).toEqual({ notices: [], fixes: [] });
    const r = checkLink(s, all);
    expect(r.notices).toEqual([{ id: 'unknown-region:NL999', kind: 'unknown-region', value: 'NL999' }]);
    expect(r.fixes).toEqual([{ kind: 'unselect' }]);
  });
  it('hides unknown areas, and unselects one that was selected, without flying', () => {
    const r = checkLink({ ...base, selected: { kind: 'area', id: 'nowhere' }, shownAreas: ['euregio', 'atlantis'], fitted: false }, all);
    expect(r.notices).toEqual([{ id: 'unknown-areas', kind: 'unknown-areas', values: ['atlantis', 'nowhere'] }]);
    expect(r.fixes).toEqual([{ kind: 'hide-areas', ids: ['atlantis', 'nowhere'] }, { kind: 'unselect' }]);
  });
  it('drops an unknown indicator, or an unknown period of a known one', () => {
    expect(checkLink({ ...base, indicator: 'nope', period: '2021' }, all)).toEqual({
      notices: [{ id: 'url:ind', kind: 'url', problem: { param: 'ind', value: 'nope' } }], fixes: [{ kind: 'drop-indicator' }],
    });
    expect(checkLink({ ...base, indicator: 'hdi', period: '1999' }, all).fixes).toEqual([{ kind: 'drop-period' }]);
  });
  it('closes an initiative that is not in the catalogue (imports included), once it is known', () => {
    expect(checkLink({ ...base, openInitiative: 'RD2-TWENTE' }, all).fixes).toEqual([]);
    expect(checkLink({ ...base, openInitiative: 'MINE-1' }, { ...all, initiatives: new Set(['RD2-TWENTE', 'MINE-1']) }).fixes).toEqual([]);
    expect(checkLink({ ...base, openInitiative: 'GONE' }, all).fixes).toEqual([{ kind: 'close-initiative' }]);
    expect(checkLink({ ...base, openInitiative: 'GONE' }, { ...all, initiatives: undefined }).fixes).toEqual([]);
  });

  it('drops compared places the data does not know, with one notice', () => {
    const places = [{ kind: 'region' as const, id: 'NL213' }, { kind: 'region' as const, id: 'XX999' }, { kind: 'area' as const, id: 'nope' }];
    expect(checkLink({ ...base, places }, { index, areas: new Map() })).toEqual({
      notices: [{ id: 'unknown-places', kind: 'unknown-places', values: ['XX999', 'a:nope'] }],
      fixes: [{ kind: 'drop-places', keys: ['XX999', 'a:nope'] }],
    });
  });
});
