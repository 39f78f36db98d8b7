/**
 * Neighbours across a national border, from the shared arcs of a level's topology: two regions
 * are neighbours when their outlines share at least one arc (a border segment), never by a list
 * typed by hand. The served topologies keep the atlas's shared boundaries as shared arcs.
 */
import { neighbors } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type Neighbours = ReadonlyMap<string, readonly string[]>;

function idOf(g: { id?: string | number; properties?: unknown }): string | null {
  const p = g.properties as { id?: unknown } | undefined;
  return typeof p?.id === 'string' ? p.id : typeof g.id === 'string' ? g.id : null;
}

/** Per region of the topology's `regions` object, the regions in another country that share an arc with it, sorted. */
export function crossBorderNeighbours(topology: Topology): Neighbours {
  const obj = topology.objects.regions as GeometryCollection | undefined;
  const geometries = obj?.geometries ?? [];
  const ids = geometries.map(idOf);
  const out = new Map<string, string[]>();
  neighbors(geometries).forEach((list, i) => {
    const id = ids[i];
    if (!id) return;
    const across = list.flatMap((j) => {
      const other = ids[j];
      return other && other.slice(0, 2) !== id.slice(0, 2) ? [other] : [];
    });
    if (across.length > 0) out.set(id, [...new Set(across)].sort());
  });
  return out;
}
