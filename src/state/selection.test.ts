import { describe, expect, it } from 'vitest';
import { initialSelection, withHover, withoutSelection, withSelected, withSelectedArea, withSelectedZone } from './selection';

describe('selection updaters', () => {
  it('select, hover and clear a region', () => {
    const s = withHover(withSelected(initialSelection, 'NL213'), 'DEA34');
    expect(s).toEqual({ regionId: 'NL213', areaId: null, zone: null, hoverId: 'DEA34' });
    expect(withoutSelection(s).regionId).toBeNull();
  });
  it('selects a region or an area, never both', () => {
    const a = withSelectedArea(withSelected(initialSelection, 'NL213'), 'euregio');
    expect(a).toMatchObject({ regionId: null, areaId: 'euregio' });
    const r = withSelected(a, 'NL213');
    expect(r).toMatchObject({ regionId: 'NL213', areaId: null });
    expect(withSelected(r, 'NL213')).toBe(r);
  });
  it('selects a border zone alone, and clears it', () => {
    const z = withSelectedZone(withSelected(initialSelection, 'NL213'), 1);
    expect(z).toMatchObject({ regionId: null, areaId: null, zone: 1 });
    expect(withSelectedArea(z, 'euregio')).toMatchObject({ areaId: 'euregio', zone: null });
    expect(withoutSelection(z).zone).toBeNull();
    expect(withSelectedZone(z, 1)).toBe(z);
  });
});
