/**
 * Selection slice: one selected thing, a region, a cooperation area or a border zone (never
 * two), and the hovered region (transient, not in the URL).
 */
export interface SelectionState {
  regionId: string | null;
  areaId: string | null;
  /** A distance band (index into the bands drawn): "the zone 0-10 km from the border". */
  zone: number | null;
  hoverId: string | null;
}

export const initialSelection: SelectionState = { regionId: null, areaId: null, zone: null, hoverId: null };

export function withSelected(state: SelectionState, regionId: string | null): SelectionState {
  if (state.regionId === regionId && (regionId === null || (state.areaId === null && state.zone === null))) return state;
  return regionId === null ? { ...state, regionId } : { ...state, regionId, areaId: null, zone: null };
}

export function withSelectedArea(state: SelectionState, areaId: string | null): SelectionState {
  if (state.areaId === areaId && (areaId === null || (state.regionId === null && state.zone === null))) return state;
  return areaId === null ? { ...state, areaId } : { ...state, areaId, regionId: null, zone: null };
}

export function withSelectedZone(state: SelectionState, zone: number | null): SelectionState {
  if (state.zone === zone && (zone === null || (state.regionId === null && state.areaId === null))) return state;
  return zone === null ? { ...state, zone } : { ...state, zone, regionId: null, areaId: null };
}

export function withoutSelection(state: SelectionState): SelectionState {
  return state.regionId === null && state.areaId === null && state.zone === null ? state : { ...state, regionId: null, areaId: null, zone: null };
}

export function withHover(state: SelectionState, hoverId: string | null): SelectionState {
  return state.hoverId === hoverId ? state : { ...state, hoverId };
}
