/**
 * What the map hooks share about the live map, apart from React state: mutable on purpose, since
 * it changes with map events (not renders) and no render depends on it.
 */
import type { RefObject } from 'react';
import type * as maplibregl from 'maplibre-gl';
import type { MapDesign } from './reconcile';

export interface MapSession {
  /** The user or the app has moved the camera: from then on the settled camera goes to the URL. */
  moved: boolean;
  /** The last camera request carried out (requests are numbered). */
  handledFit: number;
  /** Edges of the bands in the applied design and the key of the regions drawn, for outside harnesses. */
  bandsKey: string;
  regionsKey: string;
  /** The design the live map shows, with that map: the next design is applied as a difference to it. */
  applied: { map: maplibregl.Map; design: MapDesign } | null;
}

export function newSession(): MapSession {
  return { moved: false, handledFit: 0, bandsKey: '', regionsKey: '', applied: null };
}

/** Shared by the map hooks as a ref: read and written in effects and map events, never during render. */
export type SessionRef = RefObject<MapSession>;

/** The tooltip follows the pointer; moved directly, never through React state, at pointer rate. */
export function moveTooltip(tip: HTMLElement | null, point: { x: number; y: number }): void {
  if (tip) tip.style.transform = `translate(${point.x + 14}px, ${point.y + 14}px)`;
}
