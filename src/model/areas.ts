/** Pure derivations on cooperation areas: membership of a region, grouping, click resolution. */
import type { Area } from './schemas';
import { bboxOf, type BBox } from './bbox';

export type Membership = 'exact' | 'partial';

/**
 * The areas a region belongs to. Areas are defined on NUTS 3; a coarser region belongs to an area
 * when any of its NUTS 3 regions does, wholly ("exact") only when all of them are exact members.
 */
export function areasOfRegion(areas: readonly Area[], regionId: string, nuts3Ids: readonly string[]): { area: Area; membership: Membership }[] {
  const children = regionId.length === 5 ? [regionId] : nuts3Ids.filter((id) => id.startsWith(regionId));
  if (children.length === 0) return [];
  const out: { area: Area; membership: Membership }[] = [];
  for (const area of areas) {
    const members = new Map(area.members.map((m) => [m.id, m.membership]));
    const hits = children.filter((c) => members.has(c));
    if (hits.length === 0) continue;
    const whole = hits.length === children.length && hits.every((c) => members.get(c) === 'exact');
    out.push({ area, membership: whole ? 'exact' : 'partial' });
  }
  return out;
}

/** Members grouped by country code, in the order NL, BE, DE, LU. */
export function membersByCountry(area: Area): [string, Area['members']][] {
  const order = ['NL', 'BE', 'DE', 'LU'];
  const groups = new Map<string, Area['members']>();
  for (const m of area.members) {
    const c = m.id.slice(0, 2);
    groups.set(c, [...(groups.get(c) ?? []), m]);
  }
  return [...groups.entries()].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]));
}

/** The distinct source URLs of an area's rows, with how many rows cite each. */
export function areaSources(area: Area): { url: string; rows: number }[] {
  const counts = new Map<string, number>();
  for (const m of area.members) counts.set(m.source, (counts.get(m.source) ?? 0) + 1);
  return [...counts.entries()].map(([url, rows]) => ({ url, rows }));
}

export type ClickTarget = { kind: 'region'; id: string } | { kind: 'area'; id: string } | null;

/**
 * What a click on the map selects. With a region in focus, clicks keep browsing regions. With
 * nothing selected, a click inside a shown area selects the area (the smallest there); a second
 * click inside the selected area drills down to the region under the pointer.
 *
 * @param areasAtPoint shown areas under the pointer, smallest first
 */
export function resolveClick(
  selection: { regionId: string | null; areaId: string | null },
  regionAtPoint: string | null,
  areasAtPoint: readonly string[],
): ClickTarget {
  const region: ClickTarget = regionAtPoint ? { kind: 'region', id: regionAtPoint } : null;
  if (selection.regionId !== null) return region;
  if (selection.areaId !== null && areasAtPoint.includes(selection.areaId)) return region;
  const area = areasAtPoint[0];
  return area !== undefined ? { kind: 'area', id: area } : region;
}

/** Display name of an area in a language, falling back to Dutch, English, then the short name. */
export function areaName(area: Area, lang: 'nl' | 'en' | 'de'): string {
  return area.names[lang] ?? area.names.nl ?? area.names.en ?? area.short;
}

/** The box around an area's outline (to fly to it). */
export function areaBbox(area: Area): BBox {
  return bboxOf(area.outline.coordinates);
}
