/**
 * The initiative catalogue from geo/data/initiatives.csv (a verbatim copy of the facts): parsed
 * with the same rules the app applies to imports, and any problem fails the build with its line.
 */
import { csvParse } from 'd3-dsv';
import { z } from 'zod';
import { describeProblem, parseRows, type ParseContext } from '../../src/model/initiatives/parse.ts';
import { recordLines } from '../../src/model/initiatives/io.ts';
import type { InitiativesFile } from '../../src/model/initiatives/types.ts';

export class InitiativeDataError extends Error {}

/** The facts were compiled in 2025 (the sixth tranche's covenants of November 2025 are the latest). */
export const COMPILED = '2025';

const metaSchema = z.object({ source: z.string(), caveats: z.record(z.string(), z.string().min(1)) });

/**
 * `metaJson` (geo/data/initiatives.meta.json): caveats per entry from INITIATIVES_NOTES.md. Each
 * must name an entry of the CSV.
 */
export function parseInitiatives(
  csvText: string, ctx: Omit<ParseContext, 'origin'>, metaJson: unknown = { source: '', caveats: {} },
): InitiativesFile {
  const lines = recordLines(csvText);
  const rows = csvParse(csvText).map((raw, i) => ({ raw, where: { kind: 'line' as const, n: lines[i + 1] ?? i + 2 } }));
  const { entries, problems } = parseRows(rows, { ...ctx, origin: 'embedded' });
  if (problems.length > 0) {
    throw new InitiativeDataError(problems.map((p) => `initiatives.csv ${describeProblem(p)}`).join('\n'));
  }
  const meta = metaSchema.safeParse(metaJson);
  if (!meta.success) {
    const issues = meta.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new InitiativeDataError(`initiatives.meta.json: ${issues}`);
  }
  const ids = new Set(entries.map((e) => e.id));
  const unknown = Object.keys(meta.data.caveats).filter((id) => !ids.has(id));
  if (unknown.length > 0) throw new InitiativeDataError(`initiatives.meta.json: caveats for entries that do not exist: ${unknown.join(', ')}`);
  return { compiled: COMPILED, initiatives: entries.map((e) => ({ ...e, caveat: meta.data.caveats[e.id] ?? null })) };
}
