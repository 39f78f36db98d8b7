/**
 * Browser tests run against the production build (dist/), served by `vite preview` on loopback.
 * Without Chromium they are skipped with a clear message, except under CI=true, where that fails.
 */
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH } from '../chromium';

const CHROMIUM = CHROMIUM_PATH;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromium: string | null;
  }
}

export default async function setup(project: TestProject) {
  const haveChromium = existsSync(CHROMIUM);
  if (!haveChromium) {
    const why = `no Chromium at ${CHROMIUM} (install it with: apt-get install -y chromium, or set CHROMIUM_PATH)`;
    if (process.env.CI === 'true') throw new Error(`Browser tests cannot run: ${why}. CI must not skip them.`);
    console.warn(`\n*** Browser tests SKIPPED: ${why}. ***\n`);
  }
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` before the browser tests.');
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', url.replace(/\/$/, ''));
  project.provide('chromium', haveChromium ? CHROMIUM : null);
  return async () => {
    await server.close();
  };
}
