/**
 * Import and export of initiatives in the shape of the catalogue: CSV with the catalogue's
 * columns (and optional lon, lat), or GeoJSON features with those columns as properties and a
 * Point (or no) geometry. Reading never throws: a file that cannot be read at all gets one
 * message; otherwise each bad row gets its own, and the good rows are returned.
 */
import { csvFormat, csvParse } from 'd3-dsv';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { COLUMNS, POINT_COLUMNS, type Column, type Initiative, type RawRow } from './types';
import { parseRows, type ParseContext, type RowProblem } from './parse';

export interface ImportResult {
  entries: Initiative[];
  problems: RowProblem[];
  /** The file as a whole could not be read (not CSV/GeoJSON, required columns missing). */
  fileError: string | null;
  /** Columns that are not part of the shape, ignored. */
  ignoredColumns: string[];
  /** Rows (CSV) or features (GeoJSON) in the file. */
  rows: number;
}

const KNOWN = new Set<string>([...COLUMNS, ...POINT_COLUMNS]);
const REQUIRED: readonly Column[] = ['id', 'kind', 'name', 'cross_border', 'source_url'];

function failed(fileError: string): ImportResult {
  return { entries: [], problems: [], fileError, ignoredColumns: [], rows: 0 };
}

/** A property value from GeoJSON as catalogue text: lists joined with ";", booleans as yes/no. */
function asText(v: unknown): string | undefined {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (Array.isArray(v) && v.every((x) => typeof x === 'string' || typeof x === 'number')) return v.join(';');
  return undefined;
}

interface Read {
  rows: { raw: RawRow; where: string }[];
  columns: string[];
  /** Problems found while reading, before the rows are parsed. */
  problems: RowProblem[];
  /** Rows (CSV) or features (GeoJSON) in the file. */
  total: number;
}

function readCsv(text: string): Read | string {
  const parsed = csvParse(text.replace(/^\uFEFF/, ''));
  const columns = parsed.columns.map((c) => c.trim());
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length > 0) return `the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (line 1 must name the columns: ${COLUMNS.join(',')})`;
  const rows = parsed.map((r, i) => {
    const raw: RawRow = {};
    for (const [k, v] of Object.entries(r)) if (KNOWN.has(k.trim())) raw[k.trim() as Column] = v;
    return { raw, where: `line ${i + 2}` };
  });
  return { rows, columns, total: rows.length, problems: [] };
}

function readGeoJson(text: string): Read | string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return `not valid JSON (${e instanceof Error ? e.message : String(e)})`;
  }
  if (typeof json !== 'object' || json === null || (json as { type?: unknown }).type !== 'FeatureCollection' || !Array.isArray((json as { features?: unknown }).features)) {
    return 'not a GeoJSON FeatureCollection';
  }
  const features = (json as { features: unknown[] }).features;
  const rows: { raw: RawRow; where: string }[] = [];
  const problems: RowProblem[] = [];
  const columns = new Set<string>();
  features.forEach((f, i) => {
    const where = `feature ${i + 1}`;
    const props = (f as { properties?: unknown } | null)?.properties;
    if (typeof props !== 'object' || props === null || Array.isArray(props)) {
      problems.push({ where, id: null, field: null, message: 'has no properties object' });
      return;
    }
    const raw: RawRow = {};
    const id = asText((props as Record<string, unknown>).id) || null;
    let ok = true;
    for (const [k, v] of Object.entries(props)) {
      columns.add(k);
      if (!KNOWN.has(k)) continue;
      const t = asText(v);
      if (t === undefined) {
        problems.push({ where, id, field: k, message: 'must be text, a number, yes/no or a list of texts' });
        ok = false;
      } else raw[k as Column] = t;
    }
    const geometry = (f as { geometry?: unknown }).geometry;
    if (geometry !== null && geometry !== undefined) {
      const g = geometry as { type?: unknown; coordinates?: unknown };
      const c = g.coordinates;
      if (g.type !== 'Point' || !Array.isArray(c) || c.length < 2) {
        problems.push({ where, id, field: 'geometry', message: `only Point geometries (or none) are read, not ${typeof g.type === 'string' ? g.type : 'this'}` });
        ok = false;
      } else {
        raw.lon = String(c[0]);
        raw.lat = String(c[1]);
      }
    }
    if (ok) rows.push({ raw, where });
  });
  return { rows, columns: [...columns], problems, total: features.length };
}

/** Reads a CSV or GeoJSON file (told apart by name, else by content). */
export function importInitiatives(text: string, fileName: string, ctx: ParseContext, taken: ReadonlySet<string>): ImportResult {
  const geo = /\.(geo)?json$/i.test(fileName) || (!/\.csv$/i.test(fileName) && /^\s*\{/.test(text));
  if (text.trim() === '') return failed('the file is empty');
  const read = geo ? readGeoJson(text) : readCsv(text);
  if (typeof read === 'string') return failed(read);
  const parsed = parseRows(read.rows, ctx, taken);
  const rawById = new Map(read.rows.map((r) => [r.raw.id?.trim() ?? '', r.raw]));
  const entries = parsed.entries.map((e) => ({ ...e, raw: keep(rawById.get(e.id) ?? {}) }));
  return {
    entries,
    problems: [...read.problems, ...parsed.problems],
    fileError: null,
    ignoredColumns: read.columns.filter((c) => !KNOWN.has(c)),
    rows: read.total,
  };
}

function keep(raw: RawRow): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of [...COLUMNS, ...POINT_COLUMNS]) if (raw[c] !== undefined && raw[c] !== '') out[c] = raw[c].trim();
  return out;
}

/** An entry as a catalogue row (the imported text where there is one). */
export function toRow(e: Initiative): Record<Column, string> {
  const fromEntry: Record<Column, string> = {
    id: e.id,
    kind: e.kind,
    name: e.name,
    start_year: e.start === null ? '' : String(e.start),
    end_year: e.end === null ? '' : String(e.end),
    national_contribution_meur: e.national === null ? '' : String(e.national),
    total_budget_meur: e.total === null ? '' : String(e.total),
    themes: [...e.themes, ...(e.tranche === null ? [] : [`tranche ${e.tranche}`])].join(';'),
    partners: e.partners.join(';'),
    places: e.places.join(';'),
    nuts3: e.regions.map((r) => `${r.id}${r.confirmed ? '' : '?'}`).join(';'),
    cross_border: e.crossBorder ? 'yes' : 'no',
    source_url: e.sources.join(';'),
    lon: e.point && !e.point.approximate ? String(e.point.lonLat[0]) : '',
    lat: e.point && !e.point.approximate ? String(e.point.lonLat[1]) : '',
  };
  return e.raw ? { ...fromEntry, ...e.raw } : fromEntry;
}

export function exportCsv(entries: readonly Initiative[]): string {
  const withPoints = entries.some((e) => e.point && !e.point.approximate);
  return csvFormat(entries.map(toRow), [...COLUMNS, ...(withPoints ? POINT_COLUMNS : [])]) + '\n';
}

export function exportGeoJson(entries: readonly Initiative[]): string {
  const features: Feature<Point | null, Record<string, string>>[] = entries.map((e) => {
    const row = toRow(e);
    const properties: Record<string, string> = {};
    for (const c of COLUMNS) properties[c] = row[c];
    const own = e.point && !e.point.approximate ? e.point.lonLat : null;
    return { type: 'Feature', properties, geometry: own ? { type: 'Point', coordinates: own } : null };
  });
  const fc: FeatureCollection<Point | null, Record<string, string>> = { type: 'FeatureCollection', features };
  return JSON.stringify(fc, null, 2) + '\n';
}
