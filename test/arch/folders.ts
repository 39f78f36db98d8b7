/**
 * `npm run arch`: the import graph between folders, from the sources themselves (static and
 * dynamic imports, re-exports, and `new URL(..., import.meta.url)` workers). Prints the matrix of
 * imports from each folder (rows) to each other folder (columns) and fails on any arrow that the
 * layer rule (test/arch/layers.js) does not allow. Test files are left out, as in lint.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { GEO_MAY_IMPORT, LAYERS, MAY_IMPORT, type Layer } from './layers.js';

const ROOT = normalize(join(dirname(new URL(import.meta.url).pathname), '../..'));
type Folder = Layer | 'geo' | 'root';
const FOLDERS: readonly Folder[] = [...LAYERS, 'geo', 'root'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !/\.test\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function folderOf(path: string): Folder | null {
  const rel = relative(ROOT, path).split('/');
  if (rel[0] === 'geo') return 'geo';
  if (rel[0] !== 'src') return null;
  // `../i18n` names the folder's index file: it belongs to that folder.
  if ((LAYERS as readonly string[]).includes(rel[1] ?? '')) return rel[1] as Layer;
  return rel.length === 2 ? 'root' : null;
}

/** Relative specifiers a file imports, including dynamic imports and worker URLs. */
function specifiers(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const found = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
  for (const m of text.matchAll(/new URL\(\s*['"](\.[^'"]+)['"]\s*,\s*import\.meta\.url/g)) if (m[1]) found.push(m[1]);
  return found.filter((s) => s.startsWith('.'));
}

function allowed(from: Folder, to: Folder): boolean {
  if (from === to || from === 'root') return true;
  if (to === 'root') return false;
  if (from === 'geo') return (GEO_MAY_IMPORT as readonly string[]).includes(to);
  if (to === 'geo') return false;
  return MAY_IMPORT[from].includes(to);
}

const counts = new Map<string, number>();
const wrong: string[] = [];
for (const file of [...files(join(ROOT, 'src')), ...files(join(ROOT, 'geo'))]) {
  const from = folderOf(file);
  if (!from) continue;
  for (const spec of specifiers(file)) {
    const to = folderOf(normalize(join(dirname(file), spec)));
    if (!to) continue;
    counts.set(`${from}>${to}`, (counts.get(`${from}>${to}`) ?? 0) + 1);
    if (!allowed(from, to)) wrong.push(`${relative(ROOT, file)} -> ${spec} (${from} -> ${to})`);
  }
}

const w = 8;
const cell = (s: string) => s.padStart(w);
console.log(`imports from (row) to (column), test files left out; · none, x not allowed\n${cell('')}${FOLDERS.map(cell).join('')}`);
for (const from of FOLDERS) {
  const row = FOLDERS.map((to) => {
    const n = counts.get(`${from}>${to}`) ?? 0;
    return cell(from === to ? '-' : n === 0 ? (allowed(from, to) ? '·' : 'x') : `${n}${allowed(from, to) ? '' : '!'}`);
  });
  console.log(`${cell(from)}${row.join('')}`);
}
if (wrong.length > 0) {
  console.error(`\n${wrong.length} import(s) run against the layer rule:\n${wrong.join('\n')}`);
  process.exit(1);
}
console.log('\nno import runs back up');
