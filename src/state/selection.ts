/**
 * Selection slice: one selected thing, a region or a cooperation area (never both), and the
 * hovered region (transient, not in the URL).
 */
export interface SelectionState {
  regionId: string | null;
  areaId: string | null;
  hoverId: string | null;
}

export const initialSelection: SelectionState = { regionId: null, areaId: null, hoverId: null };

export function withSelected(state: SelectionState, regionId: string | null): SelectionState {
  if (state.regionId === regionId && (regionId === null || state.areaId === null)) return state;
  return { ...state, regionId, areaId: regionId === null ? state.areaId : null };
}

export function withSelectedArea(state: SelectionState, areaId: string | null): SelectionState {
  if (state.areaId === areaId && (areaId === null || state.regionId === null)) return state;
  return { ...state, areaId, regionId: areaId === null ? state.regionId : null };
}

export function withoutSelection(state: SelectionState): SelectionState {
  return state.regionId === null && state.areaId === null ? state : { ...state, regionId: null, areaId: null };
}

export function withHover(state: SelectionState, hoverId: string | null): SelectionState {
  return state.hoverId === hoverId ? state : { ...state, hoverId };
}
