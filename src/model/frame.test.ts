import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { borderFrame, unionBBox } from './frame';
import { regionIndexSchema } from './schemas';

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../public/data/${name}`, import.meta.url), 'utf8'));

describe('borderFrame', () => {
  const entries = [
    { id: 'NL', level: 0, country: 'NL', bbox: [3.4, 50.8, 7.2, 53.5] },
    { id: 'NL213', level: 3, country: 'NL', bbox: [6.4, 52.1, 7.1, 52.6] },
    { id: 'DE94B', level: 3, country: 'DE', bbox: [6.7, 52.2, 7.3, 52.7] }, // touches
    { id: 'DE94', level: 2, country: 'DE', bbox: [6.6, 52.0, 8.8, 53.9] }, // touches, but not NUTS 3
    { id: 'DE300', level: 3, country: 'DE', bbox: [13.1, 52.3, 13.8, 52.7] }, // Berlin: far away
    { id: 'BE335', level: 3, country: 'BE', bbox: [5.7, 50.1, 6.4, 50.8] }, // touches
  ];
  const border = { DE94B: { minDistanceKm: 0 }, DE94: { minDistanceKm: 0 }, DE300: { minDistanceKm: 480 }, BE335: { minDistanceKm: 0 } };

  it('frames NL and the NUTS 3 regions across the border that touch it', () => {
    expect(borderFrame(entries, border)).toEqual([3.4, 50.1, 7.3, 53.5]);
    expect(borderFrame(entries, border, 2)).toEqual([3.4, 50.8, 8.8, 53.9]);
  });

  it('gives no frame without NL or without a region touching the border', () => {
    expect(borderFrame(entries.slice(1), border)).toBeNull();
    expect(borderFrame(entries, {})).toBeNull();
    expect(unionBBox([])).toBeNull();
  });

  it('on the real data: the border regions, not half of Germany', () => {
    const index = regionIndexSchema.parse(read('regions.json'));
    const { regions } = read('border.json') as { regions: Record<string, { minDistanceKm: number }> };
    const frame = borderFrame(index, regions);
    if (!frame) throw new Error('no frame');
    const [w, s, e, n] = frame;
    const nl = index.find((r) => r.id === 'NL')?.bbox ?? [];
    // NL whole, with Emsland and Kleve on the German side and the Flemish and Walloon border arrondissements.
    expect(w).toBeLessThanOrEqual(nl[0] ?? NaN);
    expect(n).toBeGreaterThanOrEqual(nl[3] ?? NaN);
    for (const id of ['DE949', 'DEA1B', 'DEA34', 'BE211', 'BE332', 'BE335']) {
      const b = index.find((r) => r.id === id)?.bbox ?? [];
      expect(b[0]).toBeGreaterThanOrEqual(w);
      expect(b[2]).toBeLessThanOrEqual(e);
    }
    // Not the Ruhr's hinterland, nor Hanover: the east edge stays within a degree of the border's eastern end.
    expect(e).toBeLessThan(8.5);
    expect(s).toBeGreaterThan(49.9);
  });
});
