import { describe, expect, it } from 'vitest';
import { GAP, LEGEND_W, PAD, layoutSheet, reachableScale, sheetFileName, wrapText, type Box, type Measure, type SheetText } from './sheet';

/** A fixed-width font: every character 0.6 of the font size wide. */
const measure: Measure = (text, font) => text.length * font.size * 0.6;

const text: SheetText = {
  title: 'Bbp per inwoner 2021',
  subtitle: 'euro per inwoner',
  legend: {
    title: 'Legenda',
    rows: [
      { kind: 'class', colour: '#ffffcc', label: 'onder 30.000', count: '120 regio’s' },
      { kind: 'class', colour: '#41b6c4', label: 'vanaf 30.000', count: '130 regio’s' },
      { kind: 'noData', label: 'geen gegevens', count: '3 regio’s' },
    ],
  },
  footer: [
    'Bron: Eurostat, nama_10r_3gdp · © Eurostat · Licentie: CC BY 4.0',
    '© EuroGeographics for the administrative boundaries',
    'Geëxporteerd op 5 mei 2025',
    `Link: https://example.org/?ind=gdp_eur_per_inhabitant&level=3&year=2021&map=6.00/51.3000/7.6000${'&x=1'.repeat(60)}`,
  ],
};

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('wrapText', () => {
  it('wraps at spaces and keeps short text on one line', () => {
    expect(wrapText('een twee drie', 1000, { size: 10, weight: 400 }, measure)).toEqual(['een twee drie']);
    expect(wrapText('een twee drie', 40, { size: 10, weight: 400 }, measure)).toEqual(['een', 'twee', 'drie']);
  });

  it('cuts a word longer than a line (a link) between characters, losing none', () => {
    const url = 'https://example.org/?a=1&b=2&c=3&d=4';
    const lines = wrapText(`Link: ${url}`, 60, { size: 10, weight: 400 }, measure);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(measure(l, { size: 10, weight: 400 })).toBeLessThanOrEqual(60);
    expect(lines.join('').replace('Link:', 'Link: ')).toBe(`Link: ${url}`);
  });
});

describe('layoutSheet', () => {
  const map = { w: 800, h: 500 };
  const layout = layoutSheet(text, map, measure);

  it('puts the map below the title and the legend beside it, the sheet around both', () => {
    expect(layout.width).toBe(PAD + 800 + GAP + LEGEND_W + PAD);
    expect(layout.map).toMatchObject({ x: PAD, w: 800, h: 500 });
    const title = layout.texts.find((t) => t.text === 'Bbp per inwoner 2021');
    expect(title?.y).toBeLessThan(layout.map.y);
    for (const s of layout.swatches) expect(s.box.x).toBeGreaterThanOrEqual(PAD + 800 + GAP);
    expect(layout.swatches.map((s) => s.kind)).toEqual(['fill', 'fill', 'hatch']);
  });

  it('keeps every text inside the sheet and apart from the map and the swatches', () => {
    for (const t of layout.texts) {
      const w = measure(t.text, t.font);
      const box = { x: t.align === 'left' ? t.x : t.x - w, y: t.y - t.font.size, w, h: t.font.size * 1.2 };
      expect(box.x).toBeGreaterThanOrEqual(PAD - 0.01);
      expect(box.x + box.w).toBeLessThanOrEqual(layout.width - PAD + 0.01);
      expect(box.y + box.h).toBeLessThanOrEqual(layout.height);
      expect(overlaps(box, layout.map), t.text).toBe(false);
      for (const s of layout.swatches) expect(overlaps(box, s.box), t.text).toBe(false);
    }
    // Texts do not overlap each other either.
    const boxes = layout.texts.map((t) => {
      const w = measure(t.text, t.font);
      return { x: t.align === 'left' ? t.x : t.x - w, y: t.y - t.font.size, w, h: t.font.size * 1.2 };
    });
    boxes.forEach((a, i) => { boxes.slice(i + 1).forEach((b) => { expect(overlaps(a, b)).toBe(false); }); });
  });

  it('wraps the long link in the footer below the map, and the footer says all it was given', () => {
    const footer = layout.texts.filter((t) => t.y > layout.map.y + layout.map.h);
    expect(footer.length).toBeGreaterThan(text.footer.length);
    expect(footer.map((t) => t.text).join(' ')).toContain('© EuroGeographics for the administrative boundaries');
  });

  it('without an indicator: no legend column', () => {
    const plain = layoutSheet({ title: 'Grensatlas', subtitle: 'NUTS 3', legend: null, footer: ['©'] }, map, measure);
    expect(plain.width).toBe(PAD + 800 + PAD);
    expect(plain.swatches).toEqual([]);
  });

  it('a legend taller than the map pushes the footer down', () => {
    const rows = Array.from({ length: 20 }, (_, i) => ({ kind: 'class' as const, colour: '#000', label: `klasse ${String(i)}`, count: '1' }));
    const tall = layoutSheet({ ...text, legend: { title: 'Legenda', rows } }, { w: 400, h: 100 }, measure);
    const lastSwatch = Math.max(...tall.swatches.map((s) => s.box.y + s.box.h));
    const firstFooter = Math.min(...tall.texts.filter((t) => t.font.size === 12 && t.x === PAD).map((t) => t.y - 12));
    expect(firstFooter).toBeGreaterThan(lastSwatch);
  });
});

describe('reachableScale', () => {
  it('gives the scale asked for when it fits', () => {
    expect(reachableScale(4, { w: 1280, h: 700 }, { width: 8192, height: 8192 })).toBe(4);
  });

  it('lowers it to what fits, rounded down so the canvas stays within the limit', () => {
    const s = reachableScale(4, { w: 1280, h: 700 }, { width: 4096, height: 4096 });
    expect(s).toBe(3.2);
    const odd = reachableScale(4, { w: 1283, h: 700 }, { width: 4096, height: 4096 });
    expect(Math.round(odd * 1283)).toBeLessThanOrEqual(4096);
    expect(odd).toBeCloseTo(3.19, 2);
  });
});

describe('sheetFileName', () => {
  it('names the indicator, year and scale, or the level', () => {
    expect(sheetFileName({ indicator: 'gdp_eur_per_inhabitant', period: '2021' }, 2)).toBe('grensatlas-gdp_eur_per_inhabitant-2021-2x.png');
    expect(sheetFileName({ indicator: 'hdi', period: '2019-2021' }, 3.2)).toBe('grensatlas-hdi-2019-2021-3.2x.png');
    expect(sheetFileName({ level: 3 }, 1)).toBe('grensatlas-nuts3-1x.png');
  });
});
