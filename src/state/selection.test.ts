import { describe, expect, it } from 'vitest';
import { initialSelection, sameSelection, withHover, withoutKind, withoutSelection, withSelection } from './selection';

describe('selection updaters', () => {
  it('select, hover and clear a region', () => {
    const s = withHover(withSelection(initialSelection, { kind: 'region', id: 'NL213' }), 'DEA34');
    expect(s).toEqual({ selected: { kind: 'region', id: 'NL213' }, hoverId: 'DEA34' });
    expect(withoutSelection(s).selected).toBeNull();
  });
  it('selects a region or an area, never both', () => {
    const a = withSelection(withSelection(initialSelection, { kind: 'region', id: 'NL213' }), { kind: 'area', id: 'euregio' });
    expect(a.selected).toEqual({ kind: 'area', id: 'euregio' });
    const r = withSelection(a, { kind: 'region', id: 'NL213' });
    expect(r.selected).toEqual({ kind: 'region', id: 'NL213' });
    expect(withSelection(r, { kind: 'region', id: 'NL213' })).toBe(r);
  });
  it('selects a border zone alone, and clears it', () => {
    const z = withSelection(withSelection(initialSelection, { kind: 'region', id: 'NL213' }), { kind: 'zone', band: 1 });
    expect(z.selected).toEqual({ kind: 'zone', band: 1 });
    expect(withSelection(z, { kind: 'area', id: 'euregio' }).selected).toEqual({ kind: 'area', id: 'euregio' });
    expect(withoutSelection(z).selected).toBeNull();
    expect(withSelection(z, { kind: 'zone', band: 1 })).toBe(z);
  });
  it('clears by kind only what is of that kind', () => {
    const a = withSelection(initialSelection, { kind: 'area', id: 'euregio' });
    expect(withoutKind(a, 'region')).toBe(a);
    expect(withoutKind(a, 'area').selected).toBeNull();
  });
  it('tells selections apart by kind and value', () => {
    expect(sameSelection({ kind: 'region', id: 'NL1' }, { kind: 'area', id: 'NL1' })).toBe(false);
    expect(sameSelection({ kind: 'zone', band: 0 }, { kind: 'zone', band: 1 })).toBe(false);
    expect(sameSelection({ kind: 'zone', band: 2 }, { kind: 'zone', band: 2 })).toBe(true);
    expect(sameSelection(null, { kind: 'zone', band: 0 })).toBe(false);
  });
});
