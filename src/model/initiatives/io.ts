/**
 * Import and export of initiatives in the shape of the catalogue: CSV with the catalogue's
 * columns (and optional lon, lat), or GeoJSON features with those columns as properties and a
 * Point (or no) geometry. Reading never throws: a file that cannot be read at all gets one
 * problem; otherwise each bad row gets its own, and the good rows are returned.
 */
import { csvFormat, csvParse } from 'd3-dsv';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { COLUMNS, POINT_COLUMNS, type Column, type Initiative, type RawRow } from './types';
import { parseRows, type ParseContext, type RowProblem, type Where } from './parse';

export const FILE_PROBLEMS = ['empty', 'notJson', 'notFeatureCollection', 'headerMissing', 'semicolons', 'tooLarge', 'unreadable'] as const;
export interface FileProblem {
  code: (typeof FILE_PROBLEMS)[number];
  params: Record<string, string | number>;
}

export interface ImportResult {
  entries: Initiative[];
  problems: RowProblem[];
  /** The file as a whole could not be read (not CSV/GeoJSON, required columns missing). */
  fileProblem: FileProblem | null;
  /** Columns that are not part of the shape, ignored. */
  ignoredColumns: string[];
  /** Rows (CSV) or features (GeoJSON) in the file. */
  rows: number;
}

const KNOWN = new Set<string>([...COLUMNS, ...POINT_COLUMNS]);
const REQUIRED: readonly Column[] = ['id', 'kind', 'name', 'cross_border', 'source_url'];

export function failedImport(fileProblem: FileProblem): ImportResult {
  return { entries: [], problems: [], fileProblem, ignoredColumns: [], rows: 0 };
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

/**
 * The line each CSV record starts on (1 = the header). A quoted field may span lines, so the
 * n-th record is not on line n + 1; problems must point at the line a user sees in an editor.
 */
export function recordLines(text: string): number[] {
  const starts = [1];
  let line = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === '\n') {
      line++;
      if (!quoted) starts.push(line);
    }
  }
  return starts;
}

/** Spreadsheets run a cell starting with = + - @ as a formula; exports defuse it with a quote. */
const FORMULA = /^[=+\-@\t\r]/;
function defuse(cell: string): string {
  return FORMULA.test(cell) && !Number.isFinite(Number(cell)) ? `'${cell}` : cell;
}
function restore(cell: string): string {
  return cell.startsWith("'") && FORMULA.test(cell.slice(1)) ? cell.slice(1) : cell;
}

interface Read {
  rows: { raw: RawRow; where: Where }[];
  columns: string[];
  /** Problems found while reading, before the rows are parsed. */
  problems: RowProblem[];
  total: number;
}

function readCsv(text: string): Read | FileProblem {
  const body = text.replace(/^\uFEFF/, '');
  const parsed = csvParse(body);
  const columns = parsed.columns.map((c) => c.trim());
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    // A spreadsheet saved with ";" as separator (usual with Dutch and German settings).
    if (columns.length === 1 && (columns[0] ?? '').split(';').includes('id')) return { code: 'semicolons', params: {} };
    return { code: 'headerMissing', params: { columns: missing.join(', '), expected: COLUMNS.join(',') } };
  }
  const lines = recordLines(body);
  const rows: Read['rows'] = [];
  parsed.forEach((r, i) => {
    const raw: RawRow = {};
    // A short row leaves its last cells undefined, whatever d3's types say.
    for (const [k, v] of Object.entries(r) as [string, string | undefined][]) {
      if (KNOWN.has(k.trim()) && v !== undefined) raw[k.trim() as Column] = restore(v);
    }
    // A blank line is no row.
    if (Object.values(raw).every((v) => v.trim() === '')) return;
    rows.push({ raw, where: { kind: 'line', n: lines[i + 1] ?? i + 2 } });
  });
  return { rows, columns, problems: [], total: rows.length };
}

function readGeoJson(text: string): Read | FileProblem {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { code: 'notJson', params: { detail: e instanceof Error ? e.message : String(e) } };
  }
  const fc = json as { type?: unknown; features?: unknown } | null;
  if (typeof json !== 'object' || fc === null || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    return { code: 'notFeatureCollection', params: {} };
  }
  const features = (json as { features: unknown[] }).features;
  const rows: Read['rows'] = [];
  const problems: RowProblem[] = [];
  const columns = new Set<string>();
  features.forEach((f, i) => {
    const where: Where = { kind: 'feature', n: i + 1 };
    const props = (f as { properties?: unknown } | null)?.properties;
    if (typeof props !== 'object' || props === null || Array.isArray(props)) {
      problems.push({ where, id: null, field: null, code: 'noProperties', params: {} });
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
        problems.push({ where, id, field: k, code: 'propertyType', params: {} });
        ok = false;
      } else raw[k as Column] = t;
    }
    const geometry = (f as { geometry?: unknown }).geometry;
    if (geometry !== null && geometry !== undefined) {
      const g = geometry as { type?: unknown; coordinates?: unknown };
      const c = g.coordinates;
      if (g.type !== 'Point') {
        problems.push({
          where, id, field: 'geometry', code: 'geometryType', params: { value: typeof g.type === 'string' ? g.type.slice(0, 30) : '?' },
        });
        ok = false;
      } else if (!Array.isArray(c) || c.length < 2) {
        problems.push({ where, id, field: 'geometry', code: 'pointInvalid', params: { lon: String(Array.isArray(c) ? (c[0] ?? '') : ''), lat: '' } });
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
  if (text.trim() === '') return failedImport({ code: 'empty', params: {} });
  const geo = /\.(geo)?json$/i.test(fileName) || (!/\.csv$/i.test(fileName) && /^\s*\{/.test(text));
  const read = geo ? readGeoJson(text) : readCsv(text);
  if ('code' in read) return failedImport(read);
  const parsed = parseRows(read.rows, ctx, taken, true);
  return {
    entries: parsed.entries,
    problems: [...read.problems, ...parsed.problems].sort((a, b) => a.where.n - b.where.n),
    fileProblem: null,
    ignoredColumns: read.columns.filter((c) => !KNOWN.has(c)),
    rows: read.total,
  };
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
  const rows = entries.map((e) => Object.fromEntries(Object.entries(toRow(e)).map(([k, v]) => [k, defuse(v)])));
  return csvFormat(rows, [...COLUMNS, ...(withPoints ? POINT_COLUMNS : [])]) + '\n';
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
