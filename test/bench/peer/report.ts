/** Printing the peer benchmark: median, min and max per app, and the ratio of the medians. */
import type { Load } from './measure';

export type Pick = (l: Load) => number[];

function stats(xs: number[]): { med: number; min: number; max: number } {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return { med: NaN, min: NaN, max: NaN };
  const mid = Math.floor(s.length / 2);
  const med = s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
  return { med, min: s[0] ?? NaN, max: s[s.length - 1] ?? NaN };
}

const fmt = (x: number, unit: string) => {
  if (!Number.isFinite(x)) return 'n/a'.padStart(8);
  if (unit === 'kB') return (x / 1024).toFixed(0).padStart(8);
  if (unit === 'MB') return (x / 1024 / 1024).toFixed(1).padStart(8);
  return x.toFixed(0).padStart(8);
};

function cell(loads: Load[] | null, pick: Pick, unit: string): [string, number] {
  if (!loads) return ['n/a'.padStart(26), NaN];
  const s = stats(loads.flatMap(pick));
  return [`${fmt(s.med, unit)} ${fmt(s.min, unit)} ${fmt(s.max, unit)}`, s.med];
}

/** One row: figure, unit, Grensatlas (med min max), eurostat-map (med min max), ratio G/E. */
export function row(name: string, unit: string, g: Load[] | null, e: Load[] | null, pick: Pick): void {
  const [gs, gm] = cell(g, pick, unit);
  const [es, em] = cell(e, pick, unit);
  const ratio = Number.isFinite(gm) && Number.isFinite(em) && em !== 0 ? (gm / em).toFixed(2) : 'n/a';
  console.log(`${name.padEnd(34)} ${unit.padEnd(3)} ${gs}   ${es}   ${ratio.padStart(6)}`);
}

export function header(runs: number): void {
  console.log(`Peer benchmark: Grensatlas vs eurostat-map 4.3.48, headless Chromium + SwiftShader, 1280x800, ${runs} runs each,`);
  console.log('fresh browser (new launch, empty profile and cache) per load, loads interleaved, one local server, no other origin.');
  console.log('First frame, as judged from outside:');
  console.log('  Grensatlas (WebGL, preserveDrawingBuffer false): the first MapLibre idle frame (the map element\'s');
  console.log('    data-idle-count, seen by a MutationObserver) at or after grensatlas:map-drawn, which waits for the regions and,');
  console.log('    with an indicator, for their colours; then a screenshot must show every sample\'s class colour. Reading the canvas');
  console.log('    per frame is no option: blank once composited, or a synchronous SwiftShader readback of hundreds of ms per read.');
  console.log('  eurostat-map (SVG): a rAF poll; first frame = the first rAF where every region path exists and its computed fill');
  console.log('    equals its expected class colour.');
  console.log('  Both: after load a screenshot must show the expected colours at ~30 sample points inside regions (at most');
  console.log('    one in ten may differ, where an initiative marker drawn after the first frame covers it), else the run fails.');
  console.log('  Expected colours, thresholds and colours come from the app\'s own model (buildChoropleth on public/data).');
  console.log('Columns: median min max for Grensatlas, then for eurostat-map, then ratio of medians Grensatlas/eurostat-map.');
  console.log(`${''.padEnd(38)}${'Grensatlas'.padStart(26)}   ${'eurostat-map'.padStart(26)}   ${'G/E'.padStart(6)}`);
}
