/**
 * Init script for both apps' pages (page.addInitScript): long tasks from the start, and
 * `window.__watch(expected)`, which polls every requestAnimationFrame until the page shows the
 * expected colours and resolves with that frame's performance.now(). A watch on the initial
 * expectation starts at once; its time is the first frame (`window.__firstFrame`).
 *
 *   svg: every region path (d3 datum properties.id) exists and its computed fill is its expected colour;
 *   gl:  see below: idle frames only.
 */
export interface Sample {
  x: number;
  y: number;
  id: string;
}
export interface ProbeArgs {
  kind: 'svg' | 'gl';
  /** Expected colour per region id, as '#rrggbb'. */
  expected: Record<string, string>;
  /** gl only: where to read. */
  samples: Sample[];
  tolerance: number;
}

/** Runs in the page; self-contained (serialised by Playwright). */
export function probe(args: ProbeArgs): void {
  type W = Window & Record<string, unknown>;
  const w = window as unknown as W;
  const tasks: [number, number][] = [];
  w.__longtasks = tasks;
  new PerformanceObserver((l) => { for (const e of l.getEntries()) tasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let pollMs = 0;
  let polls = 0;
  const svgOk = (expected: Record<string, string>): boolean => {
    const want = Object.keys(expected).length;
    const paths = document.querySelectorAll<SVGPathElement>('#em-nutsrg path');
    let seen = 0;
    for (const p of paths) {
      const id = (p as unknown as { __data__?: { properties?: { id?: string } } }).__data__?.properties?.id;
      const e = id ? expected[id] : undefined;
      if (!e) continue;
      const [r, g, b] = rgb(e);
      if (getComputedStyle(p).fill !== `rgb(${r}, ${g}, ${b})`) return false;
      seen++;
    }
    return seen === want;
  };
  const check = (expected: Record<string, string>): boolean => {
    const t0 = performance.now();
    const ok = svgOk(expected);
    pollMs += performance.now() - t0;
    polls++;
    w.__pollCost = { ms: pollMs, polls };
    return ok;
  };
  // WebGL (preserveDrawingBuffer false): reading the canvas in a rAF poll gives a blank image (the
  // buffer is cleared once composited), and reading it right after MapLibre's render forces a
  // synchronous SwiftShader readback that costs hundreds of ms per frame. So for the gl page only
  // the idle frames are timed here (data-idle-count changes); the harness takes the first idle
  // frame after the app's marks and checks the pixels on a screenshot.
  const idles: number[] = [];
  w.__idles = idles;
  w.__pollCost = { ms: 0, polls: 0 };
  if (args.kind === 'gl') {
    new MutationObserver(() => { idles.push(performance.now()); })
      .observe(document, { attributes: true, subtree: true, attributeFilter: ['data-idle-count'] });
    return;
  }
  w.__watch = (expected: Record<string, string>): Promise<number> => new Promise((resolve) => {
    const tick = () => {
      if (check(expected)) resolve(performance.now());
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  void (w.__watch as (e: Record<string, string>) => Promise<number>)(args.expected).then((t) => { w.__firstFrame = t; });
}

/**
 * The init script as source. tsx (esbuild) wraps named functions in `__name(...)`, a helper that
 * does not exist in the page: it is defined first (also for the harness' page.evaluate calls).
 */
export function probeScript(args: ProbeArgs): { content: string } {
  return { content: `globalThis.__name = globalThis.__name || ((f) => f);\n(${probe.toString()})(${JSON.stringify(args)});` };
}
