/**
 * Cooperation areas (Euregios, Interreg programme areas, derived border-region lists) from
 * geo/data/areas.csv (one NUTS 3 member per row, with its source) and areas.meta.json (names,
 * seat, caveats). Validated here so that a bad row fails the build with its line number.
 */
import { csvParse } from 'd3-dsv';
import { merge } from 'topojson-client';
import type { MultiPolygon } from 'geojson';
import type { GeometryCollection, Polygon as TopoPolygon, MultiPolygon as TopoMultiPolygon, Topology } from 'topojson-specification';
import { z } from 'zod';

export const AREA_KINDS = ['euregio', 'interreg_programme', 'border_region'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

const rowSchema = z.object({
  area_id: z.string().regex(/^[a-z0-9_]+$/),
  area_name: z.string().min(1),
  area_kind: z.enum(AREA_KINDS),
  nuts3: z.string().regex(/^[A-Z]{2}[A-Z0-9]{3}$/, 'not a NUTS 3 code'),
  membership: z.enum(['exact', 'partial']),
  member_note: z.string(),
  source_url: z.url({ protocol: /^https?$/ }),
});

const names = z.object({ nl: z.string().nullable(), de: z.string().nullable(), en: z.string().nullable() });
const metaSchema = z.object({
  areas: z.record(
    z.string(),
    z.object({
      kind: z.enum(AREA_KINDS),
      names,
      short: z.string().min(1),
      seat: z.string().nullable(),
      seatSource: z.url({ protocol: /^https?$/ }).nullable(),
      caveat: z.string().nullable(),
    }),
  ),
});

export interface AreaMember {
  id: string;
  membership: 'exact' | 'partial';
  note: string;
  source: string;
}

export interface Area {
  id: string;
  kind: AreaKind;
  /** The name as the source row gives it (often bilingual). */
  sourceName: string;
  names: z.infer<typeof names>;
  short: string;
  seat: string | null;
  seatSource: string | null;
  caveat: string | null;
  members: AreaMember[];
}

export class AreaDataError extends Error {}

/** Parses and validates; throws one error listing every problem with its CSV line. */
export function parseAreas(csvText: string, metaJson: unknown, knownNuts3: ReadonlySet<string>): Area[] {
  const problems: string[] = [];
  const meta = metaSchema.safeParse(metaJson);
  if (!meta.success) throw new AreaDataError(`areas.meta.json: ${meta.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const byId = new Map<string, Area>();
  const seen = new Set<string>();
  csvParse(csvText).forEach((raw, i) => {
    const line = i + 2; // header is line 1
    const row = rowSchema.safeParse(raw);
    if (!row.success) {
      problems.push(`areas.csv line ${line}: ${row.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      return;
    }
    const r = row.data;
    const key = `${r.area_id} ${r.nuts3}`;
    if (seen.has(key)) problems.push(`areas.csv line ${line}: duplicate row for ${key}`);
    seen.add(key);
    if (!knownNuts3.has(r.nuts3)) problems.push(`areas.csv line ${line}: ${r.nuts3} is not a NUTS 2021 level 3 region of NL, BE, DE or LU`);
    const m = meta.data.areas[r.area_id];
    if (!m) {
      problems.push(`areas.csv line ${line}: area ${r.area_id} has no entry in areas.meta.json`);
      return;
    }
    if (m.kind !== r.area_kind) problems.push(`areas.csv line ${line}: kind ${r.area_kind} differs from areas.meta.json (${m.kind})`);
    let area = byId.get(r.area_id);
    if (!area) {
      area = { id: r.area_id, sourceName: r.area_name, ...m, members: [] };
      byId.set(r.area_id, area);
    }
    area.members.push({ id: r.nuts3, membership: r.membership, note: r.member_note, source: r.source_url });
  });
  for (const id of Object.keys(meta.data.areas)) if (!byId.has(id)) problems.push(`areas.meta.json: area ${id} has no member rows`);
  if (problems.length > 0) throw new AreaDataError(problems.join('\n'));
  const areas = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const a of areas) a.members.sort((x, y) => (x.id < y.id ? -1 : 1));
  return areas;
}

type RegionGeometry = TopoPolygon<{ id: string }> | TopoMultiPolygon<{ id: string }>;

/**
 * An area's outline dissolved from its member regions: topojson's merge drops the arcs the
 * members share, so the outline is exactly the NUTS boundary, with no slivers.
 */
export function areaOutline(topo3: Topology, memberIds: readonly string[]): MultiPolygon {
  const regions = topo3.objects.regions as GeometryCollection<{ id: string }>;
  const wanted = new Set(memberIds);
  const geometries = regions.geometries.filter(
    (g): g is RegionGeometry => (g.type === 'Polygon' || g.type === 'MultiPolygon') && wanted.has(g.properties?.id ?? ''),
  );
  return merge(topo3, geometries);
}
