import { describe, expect, it } from 'vitest';
import { initialSelection, withHover, withoutSelection, withSelected, withSelectedArea } from './selection';

describe('selection updaters', () => {
  it('select, hover and clear a region', () => {
    const s = withHover(withSelected(initialSelection, 'NL213'), 'DEA34');
    expect(s).toEqual({ regionId: 'NL213', areaId: null, hoverId: 'DEA34' });
    expect(withoutSelection(s).regionId).toBeNull();
  });
  it('selects a region or an area, never both', () => {
    const a = withSelectedArea(withSelected(initialSelection, 'NL213'), 'euregio');
    expect(a).toMatchObject({ regionId: null, areaId: 'euregio' });
    const r = withSelected(a, 'NL213');
    expect(r).toMatchObject({ regionId: 'NL213', areaId: null });
    expect(withSelected(r, 'NL213')).toBe(r);
  });
});
