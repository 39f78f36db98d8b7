import { describe, expect, it } from 'vitest';
import { hatchPattern } from './hatch';

/** Whether the pixel at x, y is painted (alpha above 0). */
const painted = (p: ReturnType<typeof hatchPattern>, x: number, y: number) => (p.data[(y * p.width + x) * 4 + 3] ?? 0) > 0;

describe('hatchPattern', () => {
  it('paints only the lines, in the colour given, and leaves the rest transparent', () => {
    const p = hatchPattern('#6a1b9a', { size: 8, lineWidth: 1, alpha: 230 });
    let lines = 0;
    for (let y = 0; y < 8; y++) for (let x = 0; x < 8; x++) if (painted(p, x, y)) lines++;
    expect(lines).toBe(8); // one pixel a row: an eighth of the area
    expect([...p.data.slice(0, 4)]).toEqual([0x6a, 0x1b, 0x9a, 230]); // (0, 0) is on a line
  });

  it('draws "/" or "\\\\" lines that tile seamlessly', () => {
    const up = hatchPattern('#000000', { size: 6, lineWidth: 1 });
    const down = hatchPattern('#000000', { size: 6, lineWidth: 1, direction: '\\' });
    for (let y = 0; y < 6; y++) {
      expect(painted(up, (6 - y) % 6, y)).toBe(true);
      expect(painted(down, y, y)).toBe(true);
      expect(painted(down, (6 - y) % 6, y)).toBe(y === 0 || y === 3);
    }
  });
});
