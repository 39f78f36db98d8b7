/**
 * Rows of the initiative catalogue to entries: one validation for the embedded facts (at build
 * time, where any problem fails the build) and for the files users import (where each bad row
 * is reported with what is wrong and where, and the good rows are kept).
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

export interface RowProblem {
  /** "line 5" or "feature 3": where the row is in its file. */
  where: string;
  /** The row's id when it has one, so the report can name it. */
  id: string | null;
  /** Column, or null for the row as a whole. */
  field: string | null;
  message: string;
}

const MAX_TEXT = 4000;
const YEAR = /^\d{4}$/;
const AMOUNT = /^\d+(\.\d+)?$/;
const CODE = /^[A-Z]{2}[A-Z0-9]{3}\??$/;
/** A municipality or city ("Kleve (DE)"), not a province, Kreis or named region. */
const TOWN = /^(?!prov\.|kreis |landkreis )[^();]+ \((NL|DE|BE|LU)\)$/i;

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

const listOf = (text: string): string[] => text.split(';').map((s) => s.trim()).filter((s) => s !== '');

const httpUrl = z.url({ protocol: /^https?$/ });

/**
 * Parses one row. Every problem is collected (not only the first), so a user fixes a row once.
 */
export function parseRow(raw: RawRow, where: string, ctx: ParseContext): { entry: Initiative | null; problems: RowProblem[] } {
  const get = (c: keyof RawRow): string => (raw[c] ?? '').trim();
  const id = get('id');
  const problems: RowProblem[] = [];
  const bad = (field: string | null, message: string) => { problems.push({ where, id: id || null, field, message }); };

  for (const c of [...COLUMNS, ...POINT_COLUMNS]) if ((raw[c] ?? '').length > MAX_TEXT) bad(c, `longer than ${MAX_TEXT} characters`);
  if (!ID_PATTERN.test(id)) bad('id', id ? 'use letters, digits, "-", "_" or ".", at most 64' : 'missing');
  const kind = get('kind');
  if (!(KINDS as readonly string[]).includes(kind)) bad('kind', kind ? `"${clip(kind)}" is not one of ${KINDS.join(', ')}` : 'missing');
  const name = get('name');
  if (!name) bad('name', 'missing');

  const year = (c: 'start_year' | 'end_year'): number | null => {
    const v = get(c);
    if (v === '') return null;
    if (!YEAR.test(v) || Number(v) < 1800 || Number(v) > 2100) {
      bad(c, `"${clip(v)}" is not a year (four digits, 1800-2100)`);
      return null;
    }
    return Number(v);
  };
  const start = year('start_year');
  const end = year('end_year');
  if (start !== null && end !== null && end < start) bad('end_year', `ends (${end}) before it starts (${start})`);

  const amount = (c: 'national_contribution_meur' | 'total_budget_meur'): number | null => {
    const v = get(c);
    if (v === '') return null;
    if (!AMOUNT.test(v)) {
      bad(c, `"${clip(v)}" is not an amount in million euro (digits, "." for decimals)`);
      return null;
    }
    return Number(v);
  };
  const national = amount('national_contribution_meur');
  const total = amount('total_budget_meur');

  const regions: Initiative['regions'] = [];
  for (const code of listOf(get('nuts3'))) {
    if (!CODE.test(code)) {
      bad('nuts3', `"${clip(code)}" is not a NUTS 3 code (e.g. NL213, or NL213? when unconfirmed)`);
      continue;
    }
    const regionId = code.replace('?', '');
    if (!ctx.nuts3.has(regionId)) bad('nuts3', `${regionId} is not a NUTS 2021 level 3 region of NL, BE, DE or LU`);
    else if (regions.some((r) => r.id === regionId)) bad('nuts3', `${regionId} is listed twice`);
    else regions.push({ id: regionId, confirmed: !code.endsWith('?') });
  }

  const cross = get('cross_border').toLowerCase();
  if (cross !== 'yes' && cross !== 'no') bad('cross_border', cross ? `"${clip(cross)}" is neither yes nor no` : 'missing (yes or no)');

  const sources = listOf(get('source_url'));
  if (sources.length === 0) bad('source_url', 'missing: every entry needs at least one http(s) source');
  for (const s of sources) if (!httpUrl.safeParse(s).success) bad('source_url', `"${clip(s)}" is not an http(s) link`);

  const lon = get('lon');
  const lat = get('lat');
  let own: [number, number] | null = null;
  if (lon !== '' || lat !== '') {
    const x = Number(lon);
    const y = Number(lat);
    if (lon === '' || lat === '' || !Number.isFinite(x) || !Number.isFinite(y) || Math.abs(x) > 180 || Math.abs(y) > 90) {
      bad('lon/lat', `"${clip(lon)}", "${clip(lat)}" is not a longitude and latitude in degrees`);
    } else own = [x, y];
  }

  if (problems.length > 0) return { entry: null, problems };

  const allThemes = listOf(get('themes'));
  const trancheTag = allThemes.map((t) => /^tranche (\d)\b/i.exec(t)).find((m) => m !== null);
  const themes = allThemes.filter((t) => !/^tranche \d\b/i.test(t));
  const places = listOf(get('places'));
  const confirmed = regions.filter((r) => r.confirmed);
  let point: Initiative['point'] = null;
  if (own) point = { lonLat: own, approximate: false, region: null };
  else if (places.length === 1 && TOWN.test(places[0] ?? '') && regions.length === 1 && confirmed.length === 1) {
    // One town in one region: a point, placed at the region's centre for want of coordinates.
    const at = ctx.labelPoint(confirmed[0]?.id ?? '');
    if (at) point = { lonLat: at, approximate: true, region: confirmed[0]?.id ?? null };
  }
  const entry: Initiative = {
    id,
    kind: kind as Initiative['kind'],
    name,
    start,
    end,
    national,
    total,
    themes,
    tranche: trancheTag ? Number(trancheTag[1]) : null,
    topics: topicsOf(allThemes),
    partners: listOf(get('partners')),
    places,
    regions,
    crossBorder: cross === 'yes',
    sources,
    point,
    origin: ctx.origin,
  };
  return { entry, problems };
}

/** Shortens text quoted back in a message. */
function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}

/**
 * Parses rows, keeping the good ones. An id already taken (by an earlier row, or by `taken`:
 * the embedded catalogue and earlier imports) is a problem: nothing loaded is replaced.
 */
export function parseRows(
  rows: readonly { raw: RawRow; where: string }[],
  ctx: ParseContext,
  taken: ReadonlySet<string> = new Set(),
): { entries: Initiative[]; problems: RowProblem[] } {
  const entries: Initiative[] = [];
  const problems: RowProblem[] = [];
  const ids = new Set(taken);
  for (const { raw, where } of rows) {
    const r = parseRow(raw, where, ctx);
    problems.push(...r.problems);
    if (!r.entry) continue;
    if (ids.has(r.entry.id)) {
      problems.push({ where, id: r.entry.id, field: 'id', message: `${r.entry.id} is already loaded; the row was not added` });
      continue;
    }
    ids.add(r.entry.id);
    entries.push(r.entry);
  }
  return { entries, problems };
}
