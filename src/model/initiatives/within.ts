/**
 * Which initiatives lie within an area. Computed, never hand-tagged: region membership for
 * entries located by regions (a NUTS code is inside its parents, and inside a cooperation area
 * that lists it), and turf tests against the geometry for entries located only by a point,
 * and for regions against a border zone.
 */
import { booleanIntersects, booleanPointInPolygon, bbox as turfBbox } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Area } from '../schemas';
import { KINDS, type Initiative, type Kind } from './types';

export interface Hit {
  initiative: Initiative;
  /** How it was found: by its regions, or by its point. */
  by: 'region' | 'point';
  /** False when every region it was found by is an unconfirmed ("?") code, or the point is a guess. */
  confirmed: boolean;
  /** Found only through regions that are partial members of the area. */
  partial: boolean;
}

type Shape = Polygon | MultiPolygon;

/**
 * A hit by the entry's point: an entry's own (exact) point always counts; a point placed at a
 * region's centre only stands for that region, which the region test already covers.
 */
function pointHit(i: Initiative, shape: Shape | null, partialShape: Shape | null = null): Hit | null {
  if (!i.point || !shape || (i.point.approximate && i.regions.length > 0)) return null;
  if (!booleanPointInPolygon(i.point.lonLat, shape)) return null;
  return {
    initiative: i, by: 'point', confirmed: !i.point.approximate,
    partial: partialShape !== null && booleanPointInPolygon(i.point.lonLat, partialShape),
  };
}

/** A region hit from the regions inside: confirmed if any is; partial judged on the confirmed ones when there are. */
function regionHit(i: Initiative, inside: Initiative['regions'], isPartial: (id: string) => boolean = () => false): Hit {
  const confirmed = inside.filter((r) => r.confirmed);
  const judged = confirmed.length > 0 ? confirmed : inside;
  return { initiative: i, by: 'region', confirmed: confirmed.length > 0, partial: judged.every((r) => isPartial(r.id)) };
}

/** A region hit, else a point hit; an entry with a confirmed region needs no point test. */
function hitOf(i: Initiative, inside: Initiative['regions'], point: () => Hit | null, isPartial?: (id: string) => boolean): Hit | null {
  const byRegion = inside.length > 0 ? regionHit(i, inside, isPartial) : null;
  if (byRegion?.confirmed) return byRegion;
  return point() ?? byRegion;
}

/** Initiatives within a NUTS region of any level (NUTS codes nest by prefix). */
export function withinRegion(list: readonly Initiative[], regionId: string, shape: Shape | null = null): Hit[] {
  const hits: Hit[] = [];
  for (const i of list) {
    const hit = hitOf(i, i.regions.filter((r) => r.id.startsWith(regionId)), () => pointHit(i, shape));
    if (hit) hits.push(hit);
  }
  return hits;
}

/** Initiatives within a cooperation area: a region listed as a member, or a point inside. */
export function withinArea(list: readonly Initiative[], area: Pick<Area, 'members' | 'outline' | 'partialOutline'>): Hit[] {
  const members = new Map(area.members.map((m) => [m.id, m.membership]));
  const isPartial = (id: string) => members.get(id) === 'partial';
  const hits: Hit[] = [];
  for (const i of list) {
    const hit = hitOf(i, i.regions.filter((r) => members.has(r.id)), () => pointHit(i, area.outline, area.partialOutline), isPartial);
    if (hit) hits.push(hit);
  }
  return hits;
}

/** Do two [west, south, east, north] boxes overlap? */
export function boxesOverlap(a: readonly number[], b: readonly number[]): boolean {
  return (a[0] ?? 0) <= (b[2] ?? 0) && (b[0] ?? 0) <= (a[2] ?? 0) && (a[1] ?? 0) <= (b[3] ?? 0) && (b[1] ?? 0) <= (a[3] ?? 0);
}

/**
 * Initiatives within a border zone (a distance band): an entry's region intersects the zone,
 * or its point lies in it. `regionShape` gives NUTS 3 geometry; each region is tested once.
 */
export function withinZone(list: readonly Initiative[], zone: Shape, regionShape: (id: string) => Feature<Shape> | undefined): Hit[] {
  const zoneBox = turfBbox(zone);
  const memo = new Map<string, boolean>();
  const intersects = (id: string): boolean => {
    let hit = memo.get(id);
    if (hit === undefined) {
      const f = regionShape(id);
      hit = f !== undefined && boxesOverlap(turfBbox(f), zoneBox) && booleanIntersects(f, zone);
      memo.set(id, hit);
    }
    return hit;
  };
  const hits: Hit[] = [];
  for (const i of list) {
    const hit = hitOf(i, i.regions.filter((r) => intersects(r.id)), () => pointHit(i, zone));
    if (hit) hits.push(hit);
  }
  return hits;
}

/** How many per kind, in the catalogue's kind order, kinds with none left out. */
export function countByKind(hits: readonly Pick<Hit, 'initiative'>[]): [Kind, number][] {
  const counts = new Map<Kind, number>();
  for (const h of hits) counts.set(h.initiative.kind, (counts.get(h.initiative.kind) ?? 0) + 1);
  return KINDS.filter((k) => counts.has(k)).map((k) => [k, counts.get(k) ?? 0]);
}

export interface RegionCount {
  /** Initiatives with a confirmed region within the region. */
  confirmed: number;
  /** More initiatives found only through unconfirmed ("?") codes. */
  unconfirmed: number;
}

/** Per region drawn (any level): how many initiatives lie within it by their regions. */
export function countsByRegion(list: readonly Initiative[], regionIds: readonly string[]): Map<string, RegionCount> {
  const out = new Map<string, RegionCount>();
  for (const id of regionIds) {
    let confirmed = 0;
    let unconfirmed = 0;
    for (const i of list) {
      const inside = i.regions.filter((r) => r.id.startsWith(id));
      if (inside.length === 0) continue;
      if (inside.some((r) => r.confirmed)) confirmed++;
      else unconfirmed++;
    }
    if (confirmed + unconfirmed > 0) out.set(id, { confirmed, unconfirmed });
  }
  return out;
}
