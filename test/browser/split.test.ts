/**
 * The split map in Chromium: two indicators side by side (colours differ at the same places,
 * each map with its legend and caption), the swipe divider as a keyboard slider that writes the
 * URL, and cameras that move together whichever map is dragged.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { PNG } from 'pngjs';
import { appSuite, chromiumPath, screenshot } from './harness';

// GDP per inhabitant by NUTS 3 on the left, the HDI on the right (NUTS 1/2; no figures for LU, drawn at NUTS 3), over the NL-DE border.
const SIDE = '/?ind=gdp_eur_per_inhabitant&year=2021&level=3&map=7.00/51.8000/6.3000&split=side&rind=hdi&ryear=2021';

const mapData = (page: Page, selector: string, key: string) =>
  page.evaluate(([s, k]) => document.querySelector<HTMLElement>(s)?.dataset[k] ?? '', [selector, key] as const);

/** Waits until both maps have drawn (an idle frame) with the given regions: the levels of their own indicators. */
async function bothDrawn(page: Page, left: string, right: string): Promise<void> {
  await page.waitForFunction(([l, r]) => {
    const main = document.querySelector<HTMLElement>('.map')?.dataset;
    const split = document.querySelector<HTMLElement>('[data-testid="split-map"]')?.dataset;
    return main?.regions === l && split?.regions === r && Number(split.idleCount ?? 0) > 0;
  }, [left, right] as const, { timeout: 30_000 });
}

/** Waits until both maps settled on the same camera, other than `not`; returns it. */
async function camerasMet(page: Page, not: string): Promise<string> {
  await page.waitForFunction((n) => {
    const a = document.querySelector<HTMLElement>('.map')?.dataset.camera;
    const b = document.querySelector<HTMLElement>('[data-testid="split-map"]')?.dataset.camera;
    return a !== undefined && a === b && a !== n;
  }, not, { timeout: 30_000 });
  return mapData(page, '.map', 'camera');
}

const rgb = (png: PNG, x: number, y: number) => {
  const i = (y * png.width + x) * 4;
  return [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0] as const;
};

describe.skipIf(!chromiumPath)('split map in Chromium', () => {
  const { open } = appSuite();

  it('shows two indicators side by side, each with its legend and caption, in colours that differ at the same places', async () => {
    const { page } = await open(SIDE);
    await bothDrawn(page, 'BE3-DE3-LU3-NL3', 'BE2-DE1-LU3-NL2');
    const main = page.getByRole('region', { name: 'Legenda', exact: true });
    const right = page.getByRole('region', { name: 'Legenda rechterkaart' });
    await right.getByRole('listitem').first().waitFor();
    expect(await main.locator('h2').textContent()).toBe('bbp per inwoner (euro)');
    expect(await right.locator('h2').textContent()).toBe('Human Development Index (subnationaal)');
    expect(await right.textContent()).toContain('2021');
    expect(await page.locator('.split-caption-left').textContent()).toContain('bbp per inwoner (euro) · 2021');
    expect(await page.locator('.split-caption-right').textContent()).toContain('Human Development Index (subnationaal) · 2021');
    const png = await screenshot(page, '60-split-side');
    // The same geographic point in both halves (same camera, same size): right of the panels
    // over the left map, above the captions and clear of the right legend.
    const left = await page.getByTestId('map').boundingBox();
    const half = await page.getByTestId('split-map').boundingBox();
    if (!left || !half) throw new Error('no map boxes');
    expect(Math.round(half.width)).toBe(Math.round(left.width));
    let sampled = 0, differ = 0;
    const coloursLeft = new Set<string>(), coloursRight = new Set<string>();
    for (let y = left.y + 110; y < left.y + left.height - 140; y += 20) {
      for (let x = left.x + 380; x < left.x + left.width - 20; x += 20) {
        const a = rgb(png, Math.round(x), Math.round(y));
        const b = rgb(png, Math.round(x - left.x + half.x), Math.round(y));
        sampled++;
        coloursLeft.add(a.join());
        coloursRight.add(b.join());
        if (a.some((v, k) => Math.abs(v - (b[k] ?? 0)) > 24)) differ++;
      }
    }
    // Neither half is blank (several class colours), and most points differ between the two indicators.
    expect(coloursLeft.size).toBeGreaterThan(4);
    expect(coloursRight.size).toBeGreaterThan(3);
    expect(differ / sampled).toBeGreaterThan(0.5);
  });

  it('moves the swipe divider with the keyboard and keeps it in the URL', async () => {
    const { page } = await open('/?ind=gdp_eur_per_inhabitant&year=2021&split=swipe&ryear=2020');
    await bothDrawn(page, 'BE3-DE3-LU3-NL3', 'BE3-DE3-LU3-NL3');
    const slider = page.getByRole('slider', { name: 'Scheidslijn tussen de kaarten' });
    expect(await slider.getAttribute('aria-valuenow')).toBe('50');
    await slider.focus();
    for (let i = 0; i < 3; i++) await slider.press('ArrowLeft');
    await slider.press('PageDown');
    expect(await slider.getAttribute('aria-valuenow')).toBe('37');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('swipe') === '37');
    // The right map shows right of the divider only.
    expect(await page.locator('.split-pane').evaluate((e) => getComputedStyle(e).clipPath)).toBe('inset(0px 0px 0px 37%)');
    expect(await page.locator('.split-caption-right').textContent()).toContain('bbp per inwoner (euro) · 2020');
    expect(await page.locator('.split-caption-left').textContent()).toContain('bbp per inwoner (euro) · 2021');
    await screenshot(page, '61-split-swipe-37');
    // Dragged with the pointer: the divider follows it, in percent of the map's width.
    const handle = await page.locator('.swipe-handle').boundingBox();
    const stage = await page.getByTestId('map').boundingBox();
    if (!handle || !stage) throw new Error('no handle');
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(stage.x + stage.width * 0.6, handle.y, { steps: 4 });
    await page.mouse.up();
    expect(await slider.getAttribute('aria-valuenow')).toBe('60');
    await slider.press('End');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('swipe') === '100');
  });

  it('leaves the timing marks to the main map: a right-side change marks nothing, a main change marks once', async () => {
    const { page } = await open('/?ind=gdp_eur_per_inhabitant&year=2021&split=swipe&ryear=2020');
    await bothDrawn(page, 'BE3-DE3-LU3-NL3', 'BE3-DE3-LU3-NL3');
    const count = (name: string) => page.evaluate((n) => performance.getEntriesByName(`grensatlas:${n}`).length, name);
    const before = await count('recoloured');
    await page.getByRole('button', { name: 'Gesplitste kaart' }).click();
    const rightIdle = await mapData(page, '[data-testid="split-map"]', 'idleCount');
    await page.getByRole('combobox', { name: 'Jaar rechts' }).selectOption('2021');
    await page.waitForFunction((n) => document.querySelector<HTMLElement>('[data-testid="split-map"]')?.dataset.idleCount !== n, rightIdle);
    expect(await page.locator('.split-caption-right').textContent()).toContain('· 2021');
    expect(new URL(page.url()).searchParams.get('ryear')).toBe('2021');
    expect(await count('recoloured')).toBe(before);
    expect(await count('colours-set')).toBe(before);
    await page.getByRole('combobox', { name: 'Jaar', exact: true }).selectOption('2020');
    await page.waitForFunction((n) => performance.getEntriesByName('grensatlas:recoloured').length > n, before);
    expect(await count('colours-set')).toBe(before + 1);
    expect(await count('map-drawn')).toBe(1);
    await screenshot(page, '63-split-panel');
  });

  it('moves both cameras together, whichever map is dragged, and only the main map writes the URL', async () => {
    const { page } = await open(SIDE);
    await bothDrawn(page, 'BE3-DE3-LU3-NL3', 'BE2-DE1-LU3-NL2');
    const start = await camerasMet(page, '');
    expect(start).toBe('7.00/51.8000/6.3000');
    // Drag the right map to the left: both maps move east.
    const box = await page.getByTestId('split-map').boundingBox();
    if (!box) throw new Error('no right map');
    const [x, y] = [box.x + box.width - 100, box.y + box.height / 2 + 100];
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 150, y - 40, { steps: 6 });
    await page.mouse.up();
    const dragged = await camerasMet(page, start);
    const [, , lon] = dragged.split('/').map(Number);
    expect(lon).toBeGreaterThan(6.3);
    await page.waitForFunction((c) => new URL(location.href).searchParams.get('map') === c, dragged, { timeout: 10_000 });
    // Zoom the main map from its own control: the right map follows.
    await page.getByRole('button', { name: 'Inzoomen' }).click();
    const zoomed = await camerasMet(page, dragged);
    expect(zoomed.startsWith('8.00/')).toBe(true);
    await screenshot(page, '62-split-camera');
  });

  it('drops an unknown right indicator from a link with a notice, and shows the main indicator on both maps', async () => {
    const { page } = await open('/?ind=gdp_eur_per_inhabitant&year=2021&split=side&rind=no_such_indicator');
    await page.getByText('De indicator “no_such_indicator” voor de rechterkaart in de link is ongeldig').waitFor();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('rind'));
    expect(new URL(page.url()).searchParams.get('split')).toBe('side');
    await bothDrawn(page, 'BE3-DE3-LU3-NL3', 'BE3-DE3-LU3-NL3');
    expect(await page.locator('.split-caption-right').textContent()).toContain('bbp per inwoner (euro) · 2021');
  });
});
