/** Diagonal hatching as raw pixels, for `fill-pattern` on partial members (no sprite server). */
export function hatchPattern(color: string, size = 12, lineWidth = 2): { width: number; height: number; data: Uint8Array } {
  const n = parseInt(color.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // A 45° stripe that tiles seamlessly: pixels whose (x + y) mod size is near 0.
      const d = (x + y) % size;
      if (d < lineWidth) {
        const i = (y * size + x) * 4;
        data[i] = r;
        data[i + 1] = g;
        data[i + 2] = b;
        data[i + 3] = 170;
      }
    }
  }
  return { width: size, height: size, data };
}
