/** View slice: what is shown (level) and where the camera settled. Pure updaters, tested alone. */
import { DEFAULT_LEVEL, type UiLevel } from '../model/levels';
import type { BBox, Camera } from './camera';

/** A one-off camera command for the map component (e.g. "fit Twente"); `seq` makes repeats distinct. */
export interface CameraRequest {
  bbox: BBox;
  seq: number;
}

export interface ViewState {
  level: UiLevel;
  camera: Camera | null;
  cameraRequest: CameraRequest | null;
  /** What the map shows, west-south-east-north (transient: lists "what is in view"). */
  bounds: BBox | null;
}

export const initialView: ViewState = { level: DEFAULT_LEVEL, camera: null, cameraRequest: null, bounds: null };

export function withBounds(state: ViewState, bounds: BBox): ViewState {
  const b = state.bounds;
  return b && b.every((x, i) => x === bounds[i]) ? state : { ...state, bounds };
}

export function withLevel(state: ViewState, level: UiLevel): ViewState {
  return state.level === level ? state : { ...state, level };
}

export function withCamera(state: ViewState, camera: Camera): ViewState {
  const c = state.camera;
  if (c && c.zoom === camera.zoom && c.center[0] === camera.center[0] && c.center[1] === camera.center[1]) return state;
  return { ...state, camera };
}

export function withFitRequest(state: ViewState, bbox: BBox): ViewState {
  return { ...state, cameraRequest: { bbox, seq: (state.cameraRequest?.seq ?? 0) + 1 } };
}
