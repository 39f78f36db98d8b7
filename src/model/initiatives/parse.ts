/**
 * Rows of the initiative catalogue to entries: one validation for the embedded facts (at build
 * time, where any problem fails the build) and for the files users import (where each bad row
 * is reported with what is wrong and where, and the good rows are kept). Problems are codes with
 * parameters, so the UI says them in its language; `describeProblem` says them in English for
 * the build and the tests.
 */
import { z } from 'zod';
import { COLUMNS, KINDS, POINT_COLUMNS, type Initiative, type RawRow } from './types';
import { topicsOf } from './topics';

export interface ParseContext {
  /** NUTS 2021 level 3 codes of NL, BE, DE and LU. */
  nuts3: ReadonlySet<string>;
  /** Label point (inside the region) of a NUTS 3 region. */
  labelPoint: (id: string) => [number, number] | undefined;
  origin: Initiative['origin'];
}

/** Where a row is in its source: a CSV line (where the record starts), a GeoJSON feature, a stored row. */
export interface Where {
  kind: 'line' | 'feature' | 'stored';
  n: number;
}

export const PROBLEM_CODES = [
  'tooLong', 'idInvalid', 'missing', 'kindInvalid', 'yearInvalid', 'endBeforeStart', 'amountInvalid', 'nuts3Invalid', 'nuts3Unknown',
  'nuts3Twice', 'crossInvalid', 'sourceMissing', 'sourceInvalid', 'pointInvalid', 'idTaken', 'propertyType', 'geometryType', 'noProperties',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface RowProblem {
  where: Where;
  /** The row's id when it has one, so the report can name it. */
  id: string | null;
  /** Column, or null for the row as a whole. */
  field: string | null;
  code: ProblemCode;
  params: Record<string, string | number>;
}

const ENGLISH: Record<ProblemCode, (p: Record<string, string | number>) => string> = {
  tooLong: (p) => `longer than ${p.max} characters`,
  idInvalid: () => 'use letters, digits, "-", "_" or ".", at most 64',
  missing: () => 'missing',
  kindInvalid: (p) => `"${p.value}" is not one of ${p.allowed}`,
  yearInvalid: (p) => `"${p.value}" is not a year (four digits, 1800-2100)`,
  endBeforeStart: (p) => `ends (${p.end}) before it starts (${p.start})`,
  amountInvalid: (p) => `"${p.value}" is not an amount in million euro (digits, "." for decimals)`,
  nuts3Invalid: (p) => `"${p.value}" is not a NUTS 3 code (e.g. NL213, or NL213? when unconfirmed)`,
  nuts3Unknown: (p) => `${p.value} is not a NUTS 2021 level 3 region of NL, BE, DE or LU`,
  nuts3Twice: (p) => `${p.value} is listed twice`,
  crossInvalid: (p) => `"${p.value}" is neither yes nor no`,
  sourceMissing: () => 'missing: every entry needs at least one http(s) source',
  sourceInvalid: (p) => `"${p.value}" is not an http(s) link`,
  pointInvalid: (p) => `"${p.lon}", "${p.lat}" is not a longitude and latitude in degrees`,
  idTaken: (p) => `${p.value} is already loaded; the row was not added`,
  propertyType: () => 'must be text, a number, true/false or a list of texts',
  geometryType: (p) => `only Point geometries (or none) are read, not ${p.value}`,
  noProperties: () => 'has no properties object',
};

export function whereText(w: Where): string {
  return `${w.kind === 'stored' ? 'stored row' : w.kind} ${w.n}`;
}

/** A problem in English: "line 5 (RD2-TWENTE): kind: "x" is not one of …". */
export function describeProblem(p: RowProblem): string {
  return `${whereText(p.where)}${p.id ? ` (${p.id})` : ''}: ${p.field ? `${p.field}: ` : ''}${ENGLISH[p.code](p.params)}`;
}

const MAX_TEXT = 4000;
const YEAR = /^\d{4}$/;
const AMOUNT = /^\d+(\.\d+)?$/;
const CODE = /^[A-Z]{2}[A-Z0-9]{3}\??$/;
/** A municipality or city ("Kleve (DE)"), not a province, Kreis or named region. */
const TOWN = /^(?!prov\.|kreis |landkreis )[^();]+ \((NL|DE|BE|LU)\)$/i;

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
export const YEAR_MIN = 1800;
export const YEAR_MAX = 2100;

const listOf = (text: string): string[] => text.split(';').map((s) => s.trim()).filter((s) => s !== '');

const httpUrl = z.url({ protocol: /^https?$/ });

/** Shortens text quoted back in a message. */
function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}

/** The row's non-empty cells, trimmed: what an import keeps to export again. */
export function keptRaw(raw: RawRow): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of [...COLUMNS, ...POINT_COLUMNS]) {
    const v = raw[c]?.trim();
    if (v) out[c] = v;
  }
  return out;
}

/** One row being read: its trimmed cells, and the problems found so far (in the order checked). */
interface RowReader {
  id: string;
  get: (c: keyof RawRow) => string;
  bad: (field: string | null, code: ProblemCode, params?: Record<string, string | number>) => void;
  problems: RowProblem[];
}

function rowReader(raw: RawRow, where: Where): RowReader {
  const get = (c: keyof RawRow): string => (raw[c] ?? '').trim();
  const id = get('id');
  const problems: RowProblem[] = [];
  const bad = (field: string | null, code: ProblemCode, params: Record<string, string | number> = {}) => {
    problems.push({ where, id: id || null, field, code, params });
  };
  return { id, get, bad, problems };
}

/** Id, kind and name: present and valid. */
function identity({ id, get, bad }: RowReader): { kind: string; name: string } {
  if (!id) bad('id', 'missing');
  else if (!ID_PATTERN.test(id)) bad('id', 'idInvalid');
  const kind = get('kind');
  if (!kind) bad('kind', 'missing');
  else if (!(KINDS as readonly string[]).includes(kind)) bad('kind', 'kindInvalid', { value: clip(kind), allowed: KINDS.join(', ') });
  const name = get('name');
  if (!name) bad('name', 'missing');
  return { kind, name };
}

/** Start and end year, each in range, the end not before the start. */
function years({ get, bad }: RowReader): { start: number | null; end: number | null } {
  const year = (c: 'start_year' | 'end_year'): number | null => {
    const v = get(c);
    if (v === '') return null;
    if (!YEAR.test(v) || Number(v) < YEAR_MIN || Number(v) > YEAR_MAX) {
      bad(c, 'yearInvalid', { value: clip(v) });
      return null;
    }
    return Number(v);
  };
  const start = year('start_year');
  const end = year('end_year');
  if (start !== null && end !== null && end < start) bad('end_year', 'endBeforeStart', { start, end });
  return { start, end };
}

/** The national contribution and the total budget, in M€. */
function amounts({ get, bad }: RowReader): { national: number | null; total: number | null } {
  const amount = (c: 'national_contribution_meur' | 'total_budget_meur'): number | null => {
    const v = get(c);
    if (v === '') return null;
    if (!AMOUNT.test(v)) {
      bad(c, 'amountInvalid', { value: clip(v) });
      return null;
    }
    return Number(v);
  };
  return { national: amount('national_contribution_meur'), total: amount('total_budget_meur') };
}

/** NUTS 3 codes, each known and listed once; "NL211?" is kept as unconfirmed. */
function regionsOf({ get, bad }: RowReader, ctx: ParseContext): Initiative['regions'] {
  const regions: Initiative['regions'] = [];
  for (const code of listOf(get('nuts3'))) {
    if (!CODE.test(code)) {
      bad('nuts3', 'nuts3Invalid', { value: clip(code) });
      continue;
    }
    const regionId = code.replace('?', '');
    if (!ctx.nuts3.has(regionId)) bad('nuts3', 'nuts3Unknown', { value: regionId });
    else if (regions.some((r) => r.id === regionId)) bad('nuts3', 'nuts3Twice', { value: regionId });
    else regions.push({ id: regionId, confirmed: !code.endsWith('?') });
  }
  return regions;
}

/** Cross-border (yes/no), at least one http(s) source, and an optional own point. */
function crossSourcesPoint({ get, bad }: RowReader): { cross: string; sources: string[]; own: [number, number] | null } {
  const cross = get('cross_border').toLowerCase();
  if (!cross) bad('cross_border', 'missing');
  else if (cross !== 'yes' && cross !== 'no') bad('cross_border', 'crossInvalid', { value: clip(cross) });
  const sources = listOf(get('source_url'));
  if (sources.length === 0) bad('source_url', 'sourceMissing');
  for (const s of sources) if (!httpUrl.safeParse(s).success) bad('source_url', 'sourceInvalid', { value: clip(s) });
  const lon = get('lon');
  const lat = get('lat');
  let own: [number, number] | null = null;
  if (lon !== '' || lat !== '') {
    const x = Number(lon);
    const y = Number(lat);
    if (lon === '' || lat === '' || !Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x) > 180 || Math.abs(y) > 90) {
      bad('lon/lat', 'pointInvalid', { lon: clip(lon), lat: clip(lat) });
    } else own = [x, y];
  }
  return { cross, sources, own };
}

/** The entry's point: its own, or, for one town in one confirmed region, that region's label point (approximate). */
function pointOf(own: [number, number] | null, places: readonly string[], regions: Initiative['regions'], ctx: ParseContext): Initiative['point'] {
  if (own) return { lonLat: own, approximate: false, region: null };
  const confirmed = regions.filter((r) => r.confirmed);
  if (places.length === 1 && TOWN.test(places[0] ?? '') && regions.length === 1 && confirmed.length === 1) {
    // One town in one region: a point, placed at the region's centre for want of coordinates.
    const at = ctx.labelPoint(confirmed[0]?.id ?? '');
    if (at) return { lonLat: at, approximate: true, region: confirmed[0]?.id ?? null };
  }
  return null;
}

/**
 * Parses one row. Every problem is collected (not only the first), so a user fixes a row once.
 */
export function parseRow(raw: RawRow, where: Where, ctx: ParseContext): { entry: Initiative | null; problems: RowProblem[] } {
  const r = rowReader(raw, where);
  for (const c of [...COLUMNS, ...POINT_COLUMNS]) if ((raw[c] ?? '').length > MAX_TEXT) r.bad(c, 'tooLong', { max: MAX_TEXT });
  const { kind, name } = identity(r);
  const { start, end } = years(r);
  const { national, total } = amounts(r);
  const regions = regionsOf(r, ctx);
  const { cross, sources, own } = crossSourcesPoint(r);
  if (r.problems.length > 0) return { entry: null, problems: r.problems };

  const allThemes = listOf(r.get('themes'));
  const trancheTag = allThemes.map((t) => /^tranche (\d)\b/i.exec(t)).find((m) => m !== null);
  const places = listOf(r.get('places'));
  const entry: Initiative = {
    id: r.id,
    kind: kind as Initiative['kind'],
    name,
    start,
    end,
    national,
    total,
    themes: allThemes.filter((t) => !/^tranche \d\b/i.test(t)),
    tranche: trancheTag ? Number(trancheTag[1]) : null,
    topics: topicsOf(allThemes),
    partners: listOf(r.get('partners')),
    places,
    regions,
    crossBorder: cross === 'yes',
    sources,
    point: pointOf(own, places, regions, ctx),
    origin: ctx.origin,
  };
  return { entry, problems: r.problems };
}

/**
 * Parses rows, keeping the good ones. An id already taken (by an earlier row, or by `taken`:
 * the embedded catalogue and earlier imports) is a problem: nothing loaded is replaced. With
 * `keepRaw`, each entry carries the very row it was read from, to be exported and stored as is.
 */
export function parseRows(
  rows: readonly { raw: RawRow; where: Where }[],
  ctx: ParseContext,
  taken: ReadonlySet<string> = new Set(),
  keepRaw = false,
): { entries: Initiative[]; problems: RowProblem[] } {
  const entries: Initiative[] = [];
  const problems: RowProblem[] = [];
  const ids = new Set(taken);
  for (const { raw, where } of rows) {
    const r = parseRow(raw, where, ctx);
    problems.push(...r.problems);
    if (!r.entry) continue;
    if (ids.has(r.entry.id)) {
      problems.push({ where, id: r.entry.id, field: 'id', code: 'idTaken', params: { value: r.entry.id } });
      continue;
    }
    ids.add(r.entry.id);
    entries.push(keepRaw ? { ...r.entry, raw: keptRaw(raw) } : r.entry);
  }
  return { entries, problems };
}
