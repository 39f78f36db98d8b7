/**
 * Selection slice: one selected place, or none, and the hovered region (transient, not in the
 * URL). "One at a time" is the type itself: a region, a cooperation area or a border zone.
 */
import { AREA_ID, NUTS_CODE } from '../model/nuts';
import { sliceCodec } from './codec';
import { BAND_COUNT } from './overlays';

/** What is selected. A zone is a distance band (index into the bands drawn): "0-10 km from the border". */
export type Selection =
  | { kind: 'region'; id: string }
  | { kind: 'area'; id: string }
  | { kind: 'zone'; band: number }
  | null;

export type SelectionKind = NonNullable<Selection>['kind'];

export interface SelectionState {
  selected: Selection;
  hoverId: string | null;
}

export const initialSelection: SelectionState = { selected: null, hoverId: null };

export function sameSelection(a: Selection, b: Selection): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'zone' || b.kind === 'zone') return a.kind === b.kind && (a as { band: number }).band === (b as { band: number }).band;
  return a.kind === b.kind && a.id === b.id;
}

export function withSelection(state: SelectionState, selected: Selection): SelectionState {
  return sameSelection(state.selected, selected) ? state : { ...state, selected };
}

/** Clears the selection only if it is of this kind ("deselect the region" leaves an area alone). */
export function withoutKind(state: SelectionState, kind: SelectionKind): SelectionState {
  return state.selected?.kind === kind ? { ...state, selected: null } : state;
}

export function withoutSelection(state: SelectionState): SelectionState {
  return withSelection(state, null);
}

export function withHover(state: SelectionState, hoverId: string | null): SelectionState {
  return state.hoverId === hoverId ? state : { ...state, hoverId };
}

/** The selected region's id, or null when something else (or nothing) is selected. */
export function regionOf(s: Selection): string | null {
  return s?.kind === 'region' ? s.id : null;
}

export function areaOf(s: Selection): string | null {
  return s?.kind === 'area' ? s.id : null;
}

export function zoneOf(s: Selection): number | null {
  return s?.kind === 'zone' ? s.band : null;
}

/**
 * `region=NL213`, `area=euregio` or `zone=0`. Read in this order: a link that names two keeps the
 * first and reports the other, so a region wins over an area and both over a zone.
 */
export const selectionCodec = sliceCodec({
  default: null as Selection,
  of: (s: SelectionState): Selection => s.selected,
  apply: (s: SelectionState, u: Selection): SelectionState => withSelection(s, u),
  params: [
    {
      param: 'region',
      read: (v, u): Selection => {
        const id = v.trim().toUpperCase();
        return u === null && NUTS_CODE.test(id) ? { kind: 'region', id } : null;
      },
      write: regionOf,
    },
    {
      param: 'area',
      read: (v, u): Selection => (u === null && AREA_ID.test(v) ? { kind: 'area', id: v } : null),
      write: areaOf,
    },
    {
      param: 'zone',
      read: (v, u): Selection => (u === null && /^\d$/.test(v) && Number(v) < BAND_COUNT ? { kind: 'zone', band: Number(v) } : null),
      write: (u) => (u?.kind === 'zone' ? String(u.band) : null),
    },
  ],
});
