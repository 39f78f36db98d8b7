/** The NUTS 3 members of a place made of regions: a cooperation area's list, or a border zone's regions by their area shares. */
import type { Area } from '../schemas';
import type { RegionBorder } from '../border/types';
import type { RegionIndex } from '../regionIndex';
import type { Member } from './aggregate';

export function areaMembers(area: Pick<Area, 'members'>): Member[] {
  return area.members.map((m) => ({ id: m.id, membership: m.membership }));
}

/** Shares are rounded to 4 decimals in the build: a region with at least this share lies wholly in the band. */
const WHOLLY = 0.9995;

/**
 * A zone's members: the NUTS 3 regions with part of their area in the band (default edges); those
 * wholly in it are exact, the rest partial. Border zones cut through regions, so most are partial.
 */
export function zoneMembers(regions: Readonly<Record<string, Pick<RegionBorder, 'shares'>>>, index: RegionIndex, band: number): Member[] {
  return index.list.flatMap((e) => {
    const share = e.level === 3 ? (regions[e.id]?.shares[band] ?? 0) : 0;
    return share > 0 ? [{ id: e.id, membership: share >= WHOLLY ? ('exact' as const) : ('partial' as const) }] : [];
  });
}
