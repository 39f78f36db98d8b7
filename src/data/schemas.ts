/**
 * Runtime shapes of the files the geo build writes. Parsing with zod turns a corrupt or
 * mismatched file into a message that names the field, not a crash somewhere in the map.
 */
import { z } from 'zod';

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const regionEntrySchema = z.object({
  id: z.string().regex(/^[A-Z]{2}[A-Z0-9]{0,3}$/),
  name: z.string().min(1),
  nameLatn: z.string().optional(),
  level: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]),
  country: z.string().length(2),
  parents: z.array(z.string()),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  centroid: lonLat,
  labelPoint: lonLat,
  areaKm2: z.number().nonnegative(),
});
export type RegionEntry = z.infer<typeof regionEntrySchema>;

export const regionIndexSchema = z.array(regionEntrySchema).min(1);

/** Only what the app relies on; topojson-client reads the rest. */
export const levelTopologySchema = z.looseObject({
  type: z.literal('Topology'),
  arcs: z.array(z.array(z.array(z.number()))),
  objects: z.looseObject({
    regions: z.looseObject({ type: z.literal('GeometryCollection'), geometries: z.array(z.unknown()).min(1) }),
    context: z.looseObject({ type: z.literal('GeometryCollection') }).optional(),
  }),
});

/** Formats a zod error as "where: what" lines, at most a few, for a notice. */
export function describeIssues(error: z.ZodError, max = 3): string {
  const lines = error.issues.slice(0, max).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  if (error.issues.length > max) lines.push(`… +${error.issues.length - max}`);
  return lines.join('; ');
}
