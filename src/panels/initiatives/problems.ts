/** Import problems in the UI language: "regel 5 (RD2-TWENTE), kind: “x” is geen van …". */
import type { TFunction } from 'i18next';
import type { FileProblem } from '../../model/initiatives/io';
import type { ProblemCode, RowProblem, Where } from '../../model/initiatives/parse';
import type { nl } from '../../i18n/nl';

// Every code has a message (en and de have the shape of nl, which the compiler checks).
type Covers<K extends string, T extends Record<K, string>> = T;
export type ProblemMessages = Covers<ProblemCode, typeof nl.ini.problem>;
export type FileProblemMessages = Covers<FileProblem['code'] | 'notList', typeof nl.ini.file>;

/** The parameters differ per message; the keys are checked above, the values come from the parser. */
type Loose = (key: string, params: Record<string, string | number>) => string;

export function whereText(t: TFunction, w: Where): string {
  return t(`ini.where.${w.kind}`, { n: w.n });
}

/** What is wrong, without where. */
export function problemText(t: TFunction, p: Pick<RowProblem, 'code' | 'params'>): string {
  return (t as unknown as Loose)(`ini.problem.${p.code}`, p.params);
}

export function fileProblemText(t: TFunction, p: FileProblem): string {
  return (t as unknown as Loose)(`ini.file.${p.code}`, p.params);
}

/** The whole problem on one line, for notices. */
export function rowProblemLine(t: TFunction, p: RowProblem): string {
  return `${whereText(t, p.where)}${p.id ? ` (${p.id})` : ''}${p.field ? `, ${p.field}` : ''}: ${problemText(t, p)}`;
}
