/**
 * Region search by name or NUTS code. Case and accents are ignored, so "liege" finds
 * "Prov. Liège"; names are those GISCO publishes (national languages, not translations).
 */
import type { RegionEntry, RegionIndex } from './regionIndex';
import { fold } from './text';


/** Lower is better; null when the entry does not match. */
function score(entry: RegionEntry, q: string): number | null {
  const code = entry.id.toLowerCase();
  if (code === q) return 0;
  const names = [fold(entry.name), ...(entry.nameLatn ? [fold(entry.nameLatn)] : [])];
  if (names.some((n) => n === q)) return 1;
  if (code.startsWith(q) && q.length >= 2) return 2;
  if (names.some((n) => n.startsWith(q))) return 3;
  if (names.some((n) => n.split(/[\s\-/.,()]+/).some((w) => w.startsWith(q)))) return 4;
  if (names.some((n) => n.includes(q))) return 5;
  return null;
}

export function searchRegions(index: RegionIndex, query: string, limit = 10): RegionEntry[] {
  const q = fold(query).trim();
  if (q.length === 0) return [];
  const hits: { entry: RegionEntry; score: number }[] = [];
  for (const entry of index.list) {
    const s = score(entry, q);
    if (s !== null) hits.push({ entry, score: s });
  }
  hits.sort((a, b) => a.score - b.score || b.entry.level - a.entry.level || a.entry.name.localeCompare(b.entry.name, 'nl'));
  return hits.slice(0, limit).map((h) => h.entry);
}
