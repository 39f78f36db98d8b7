/** Selection slice: the selected region (shareable) and the hovered one (transient). */
export interface SelectionState {
  regionId: string | null;
  hoverId: string | null;
}

export const initialSelection: SelectionState = { regionId: null, hoverId: null };

export function withSelected(state: SelectionState, regionId: string | null): SelectionState {
  return state.regionId === regionId ? state : { ...state, regionId };
}

export function withHover(state: SelectionState, hoverId: string | null): SelectionState {
  return state.hoverId === hoverId ? state : { ...state, hoverId };
}
