/** View slice: what is shown (level) and where the camera settled. Pure updaters, tested alone. */
import { DEFAULT_LEVEL, isUiLevel, type UiLevel } from '../model/levels';
import { frameBounds, isValidCamera, type BBox, type Camera, type Frame } from './camera';
import { sliceCodec } from './codec';

/** A one-off camera command for the map component (e.g. "fit Twente"); `seq` makes repeats distinct. */
export interface CameraRequest {
  bbox: BBox;
  seq: number;
}

export interface ViewState {
  level: UiLevel;
  camera: Camera | null;
  /** What the map is fitted to while no camera is set. */
  frame: Frame;
  cameraRequest: CameraRequest | null;
  /** What the map shows, west-south-east-north (transient: lists "what is in view"). */
  bounds: BBox | null;
  /**
   * The first frame with the regions (in their colours) is drawn (transient). Loads the first
   * frame does not need (border metrics, the catalogue, labels, markers) wait for it, so that
   * they do not compete with it for the network, the worker and the main thread.
   */
  firstFrame: boolean;
  /** How the map reaches a camera set by value: 'fly' between slides, 'jump' otherwise (transient). */
  motion: 'fly' | 'jump';
}

export const initialView: ViewState = {
  level: DEFAULT_LEVEL, camera: null, frame: 'countries', cameraRequest: null, bounds: null, firstFrame: false, motion: 'jump',
};

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

/** The view's URL part: `level=2` and `map=zoom/lat/lon` (the settled camera) or `map=border` (the border frame). */
export interface ViewUrl {
  level: UiLevel;
  camera: Camera | null;
  frame: Frame;
}

export function formatCamera(c: Camera): string {
  return `${c.zoom.toFixed(2)}/${c.center[1].toFixed(4)}/${c.center[0].toFixed(4)}`;
}

function parseCamera(value: string): Camera | null {
  const parts = value.split('/');
  if (parts.length !== 3 || parts.some((p) => p.trim() === '')) return null;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  const camera: Camera = { center: [lon, lat], zoom };
  return isValidCamera(camera) ? camera : null;
}

export const viewCodec = sliceCodec({
  default: { level: DEFAULT_LEVEL, camera: null, frame: 'countries' },
  of: (v: ViewState): ViewUrl => ({ level: v.level, camera: v.camera, frame: v.frame }),
  apply: (v: ViewState, u: ViewUrl): ViewState => {
    const level = withLevel(v, u.level);
    const view = level.frame === u.frame ? level : { ...level, frame: u.frame };
    // A camera by value wins over any pending fit; no camera means the frame. (A map starts on its
    // frame, so only a camera left behind, by Back to a link without one, needs a fit.)
    if (u.camera) return { ...withCamera(view, u.camera), cameraRequest: null };
    return view.camera ? { ...withFitRequest(view, frameBounds(u.frame)), camera: null } : view;
  },
  params: [
    {
      param: 'level',
      read: (v, u) => (/^\d$/.test(v) && isUiLevel(Number(v)) ? { ...u, level: Number(v) as UiLevel } : null),
      write: (u) => (u.level !== DEFAULT_LEVEL ? String(u.level) : null),
    },
    {
      param: 'map',
      read: (v, u) => {
        if (v === 'border') return { ...u, camera: null, frame: 'border' as const };
        const camera = parseCamera(v);
        return camera ? { ...u, camera } : null;
      },
      write: (u) => (u.camera ? formatCamera(u.camera) : u.frame === 'border' ? 'border' : null),
      history: 'replace',
    },
  ],
});
