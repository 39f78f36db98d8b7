/**
 * `npm run bench:trace [path]`: one load of the production build in a fresh headless Chromium
 * (SwiftShader) with a Chromium trace, summed up per thread up to `grensatlas:map-drawn`: where
 * the first frame's time goes. Prints the app's marks, then per thread (the page's main thread,
 * MapLibre's worker, the GPU process's main thread) its busy time and every task over 40 ms with
 * what it mostly did. The raw trace is written to test-results/trace.json (open it in
 * chrome://tracing or https://ui.perfetto.dev, offline copies work too).
 *
 * What it showed while issue 10 was worked on: the GPU process spends 200-700 ms of CPU on every
 * frame the page presents (SkiaOutputSurfaceImplOnGpu::SwapBuffers under SwiftShader), and with
 * two cores the page's main thread, the GPU process, the map's worker and the network service
 * wait on each other.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { preview } from 'vite';
import { NO_SERVICE_WORKER, launchChromium, waitForMapDrawn } from '../chromium';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  cat?: string;
  args?: Record<string, unknown>;
}

const THREADS = { CrRendererMain: 'page main', 'DedicatedWorker thread': 'map worker', CrGpuMain: 'GPU main' } as const;
const WRAPPERS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'Scheduler::RunTask', 'ThreadPool_RunTask']);

function threadNames(events: TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of events) {
    const name = (e.args as { name?: string } | undefined)?.name;
    if (e.ph === 'M' && e.name === 'thread_name' && name && name in THREADS) names.set(`${e.pid}:${e.tid}`, THREADS[name as keyof typeof THREADS]);
  }
  return names;
}

/** Per thread: busy time (top-level tasks) and the tasks over 40 ms with their main inner events, until `end`. */
function summarise(events: TraceEvent[], t0: number, end: number): void {
  const names = threadNames(events);
  const complete = events.filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts >= t0 && e.ts <= t0 + end * 1000);
  for (const [key, label] of names) {
    const mine = complete.filter((e) => `${e.pid}:${e.tid}` === key);
    const tasks = mine.filter((e) => e.name === 'RunTask');
    const busy = tasks.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000;
    console.log(`\n${label} (${key}): busy ${busy.toFixed(0)} ms of the first ${end.toFixed(0)} ms`);
    for (const task of tasks.filter((e) => (e.dur ?? 0) > 40_000)) {
      const inner = mine.filter((e) => e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0) && (e.dur ?? 0) > (task.dur ?? 0) * 0.4
        && !WRAPPERS.has(e.name));
      const what = [...new Set(inner.map((e) => e.name))].slice(0, 3).join(' / ');
      console.log(`  ${((task.ts - t0) / 1000).toFixed(0).padStart(6)} ms  +${((task.dur ?? 0) / 1000).toFixed(0).padStart(5)} ms  ${what}`);
    }
  }
}

async function main(): Promise<void> {
  const path = process.argv[2] ?? '?ind=gdp_eur_per_inhabitant&year=2021';
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ ...NO_SERVICE_WORKER, viewport: { width: 1280, height: 800 } });
    await browser.startTracing(page, {
      categories: [
        'devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'blink.user_timing', 'loading', 'gpu', 'viz', 'cc', 'v8.execute',
      ],
    });
    await page.goto(`${server.resolvedUrls?.local[0] ?? ''}${path}`);
    const drawn = await waitForMapDrawn(page);
    const raw = await browser.stopTracing();
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/trace.json', raw);
    const parsed = JSON.parse(raw.toString()) as { traceEvents: TraceEvent[] } | TraceEvent[];
    const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
    const t0 = Math.min(...events.filter((e) => e.name === 'navigationStart').map((e) => e.ts));
    console.log(`Trace of ${path || '/'}: grensatlas:map-drawn at ${drawn.toFixed(0)} ms; raw trace in test-results/trace.json`);
    const marks = events.filter((e) => e.cat?.includes('user_timing') && e.name.startsWith('grensatlas:'));
    for (const m of marks.sort((a, b) => a.ts - b.ts)) console.log(`  ${((m.ts - t0) / 1000).toFixed(0).padStart(6)} ms  ${m.name}`);
    summarise(events, t0, drawn);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
