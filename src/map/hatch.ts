export interface HatchOptions {
  /** The pattern's side in pixels: the distance between two lines, measured along an axis. */
  size?: number;
  lineWidth?: number;
  /** '/' rises to the right (partial members, "no data"); '\' falls to the right (distance bands). */
  direction?: '/' | '\\';
  /** Opacity of the line pixels, 0-255; the pixels between lines stay fully transparent. */
  alpha?: number;
}

/**
 * Diagonal hatching as raw pixels, for `fill-pattern` (no sprite server). Only the lines are
 * painted: between them the region's own fill shows unchanged, so a hatch over a choropleth never
 * shifts a class colour the way a translucent tint does.
 */
export function hatchPattern(color: string, options: HatchOptions = {}): { width: number; height: number; data: Uint8Array } {
  const { size = 12, lineWidth = 2, direction = '/', alpha = 170 } = options;
  const n = parseInt(color.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // A 45° stripe that tiles seamlessly: pixels whose (x ± y) mod size is near 0.
      const d = direction === '/' ? (x + y) % size : (x - y + size) % size;
      if (d < lineWidth) {
        const i = (y * size + x) * 4;
        data[i] = r;
        data[i + 1] = g;
        data[i + 2] = b;
        data[i + 3] = alpha;
      }
    }
  }
  return { width: size, height: size, data };
}
