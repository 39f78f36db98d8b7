/**
 * `npm run bench`: how fast Grensatlas draws, measured from outside through its User Timing marks,
 * in headless Chromium (SwiftShader) against the production build. Prints medians and p95 over
 * several fresh page loads; never part of `npm test` (timings are not assertions).
 *
 *   map-drawn   navigation start -> performance.mark('grensatlas:map-drawn')
 *   level 3->2  radio change -> next MapLibre idle frame (geometry swap, not a recolour)
 */
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import { CHROMIUM_PATH, idleAfter, launchChromium, waitForMapDrawn } from '../chromium';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('run `npm run build` first');
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH}`);
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const base = server.resolvedUrls?.local[0] ?? '';
  const browser = await launchChromium();
  const drawn: number[] = [];
  const levelSwitch: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(base);
      drawn.push(await waitForMapDrawn(page));
      const t0 = await page.evaluate(() => performance.now());
      await idleAfter(page, () => page.getByRole('radio', { name: /NUTS 2/ }).check());
      levelSwitch.push((await page.evaluate(() => performance.now())) - t0);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const row = (name: string, xs: number[]) => {
    console.log(`${name.padEnd(12)} median ${quantile(xs, 0.5).toFixed(0).padStart(5)} ms   p95 ${quantile(xs, 0.95).toFixed(0).padStart(5)} ms   (${xs.length} runs)`);
  };
  console.log(`Grensatlas bench, headless Chromium + SwiftShader, 1280x800, NUTS 3 of NL+BE+DE+LU`);
  row('map-drawn', drawn);
  row('level 3->2', levelSwitch);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
