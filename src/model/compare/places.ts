/**
 * The places of a comparison: 2 to 6 regions (any level), cooperation areas or border zones, in
 * the user's order. A place is written in the URL as `NL213`, `a:euregio` or `z:0`.
 */
import { AREA_ID, NUTS_CODE } from '../nuts';

export type Place =
  | { kind: 'region'; id: string }
  | { kind: 'area'; id: string }
  /** A distance band of the default edges (0-10, 10-25, 25-50 km): the only bands with region shares. */
  | { kind: 'zone'; band: number };

export const MAX_PLACES = 6;
export const ZONE_BANDS = 3;

export function placeKey(p: Place): string {
  return p.kind === 'region' ? p.id : p.kind === 'area' ? `a:${p.id}` : `z:${String(p.band)}`;
}

/** One place from its URL form; null when it is not one. */
export function parsePlace(text: string): Place | null {
  const s = text.trim();
  if (s.startsWith('a:')) return AREA_ID.test(s.slice(2)) ? { kind: 'area', id: s.slice(2) } : null;
  if (s.startsWith('z:')) {
    const band = Number(s.slice(2));
    return /^\d$/.test(s.slice(2)) && band < ZONE_BANDS ? { kind: 'zone', band } : null;
  }
  const id = s.toUpperCase();
  return NUTS_CODE.test(id) ? { kind: 'region', id } : null;
}

/** A list of places from the URL: the valid ones, once each, at most six, and what was dropped. */
export function parsePlaces(text: string): { places: Place[]; dropped: string[] } {
  const places: Place[] = [];
  const dropped: string[] = [];
  for (const part of text.split(',').filter((x) => x !== '')) {
    const p = parsePlace(part);
    if (!p || places.length >= MAX_PLACES) dropped.push(part);
    else if (!places.some((q) => placeKey(q) === placeKey(p))) places.push(p);
  }
  return { places, dropped };
}

export function formatPlaces(places: readonly Place[]): string {
  return places.map(placeKey).join(',');
}

/** Adds places at the end, skipping those already compared, up to six; returns what did not fit. */
export function addPlaces(places: readonly Place[], more: readonly Place[]): { places: Place[]; full: Place[] } {
  const out = [...places];
  const full: Place[] = [];
  for (const p of more) {
    if (out.some((q) => placeKey(q) === placeKey(p))) continue;
    if (out.length >= MAX_PLACES) full.push(p);
    else out.push(p);
  }
  return { places: out, full };
}

export function removePlace(places: readonly Place[], key: string): Place[] {
  return places.filter((p) => placeKey(p) !== key);
}

/** Moves a place by `by` positions (−1: one to the left), within the list. */
export function movePlace(places: readonly Place[], key: string, by: number): Place[] {
  const i = places.findIndex((p) => placeKey(p) === key);
  const j = Math.max(0, Math.min(places.length - 1, i + by));
  if (i < 0 || i === j) return [...places];
  const out = [...places];
  const [p] = out.splice(i, 1);
  if (p) out.splice(j, 0, p);
  return out;
}
