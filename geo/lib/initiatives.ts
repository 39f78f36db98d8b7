/**
 * The initiative catalogue from geo/data/initiatives.csv (a verbatim copy of the facts): parsed
 * with the same rules the app applies to imports, and any problem fails the build with its line.
 */
import { csvParse } from 'd3-dsv';
import { describeProblem, parseRows, type ParseContext } from '../../src/model/initiatives/parse.ts';
import { recordLines } from '../../src/model/initiatives/io.ts';
import type { InitiativesFile } from '../../src/model/initiatives/types.ts';

export class InitiativeDataError extends Error {}

/** The facts were compiled in 2025 (the sixth tranche's covenants of November 2025 are the latest). */
export const COMPILED = '2025';

export function parseInitiatives(csvText: string, ctx: Omit<ParseContext, 'origin'>): InitiativesFile {
  const lines = recordLines(csvText);
  const rows = csvParse(csvText).map((raw, i) => ({ raw, where: { kind: 'line' as const, n: lines[i + 1] ?? i + 2 } }));
  const { entries, problems } = parseRows(rows, { ...ctx, origin: 'embedded' });
  if (problems.length > 0) {
    throw new InitiativeDataError(problems.map((p) => `initiatives.csv ${describeProblem(p)}`).join('\n'));
  }
  return { compiled: COMPILED, initiatives: entries };
}
