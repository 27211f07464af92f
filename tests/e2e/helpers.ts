// Shared browser-test helpers: open the app, watch console errors and off-origin requests, talk to the map.
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export interface PageWatch {
  consoleErrors: string[];
  foreignRequests: string[];
}

/** Records console errors, uncaught exceptions and any request that leaves the app's origin. */
export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { consoleErrors: [], foreignRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') watch.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => watch.consoleErrors.push(`uncaught: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) watch.foreignRequests.push(url);
  });
  return watch;
}

/**
 * Resolves once the app has written its last change into the URL: it writes after the frame that shows a change, so a
 * test that reads the address or goes Back at once waits for that frame first.
 */
export async function urlWritten(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  );
}

/** Opens the app at `path` and waits until the map has drawn all layers (data-map-ready). */
export async function openMap(page: Page, path = ''): Promise<PageWatch> {
  const origin = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
  const watch = watchPage(page, origin);
  await page.goto(path);
  await page.locator('#map[data-map-ready="true"]').waitFor({ state: 'attached', timeout: 45_000 });
  return watch;
}

/** Ids of the selectable features MapLibre has rendered at a geographic point. */
export async function featureIdsAt(page: Page, lngLat: [number, number]): Promise<string[]> {
  return page.evaluate((ll) => {
    type M = {
      project: (ll: [number, number]) => { x: number; y: number };
      queryRenderedFeatures: (p: [number, number]) => { properties: Record<string, unknown> }[];
    };
    const map = (window as unknown as { __atlasMap: M }).__atlasMap;
    const p = map.project(ll);
    return map.queryRenderedFeatures([p.x, p.y]).map((f) => String(f.properties.id ?? ''));
  }, lngLat);
}

/** Makes every later page load in `page` see no WebGL (getContext('webgl2' | 'webgl') returns null). */
export async function disableWebGL(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (
      this: HTMLCanvasElement,
      type: string,
      ...rest: unknown[]
    ) {
      if (type === 'webgl2' || type === 'webgl') return null;
      return (original as (...a: unknown[]) => unknown).call(this, type, ...rest);
    } as typeof HTMLCanvasElement.prototype.getContext;
  });
}

/** Page position (CSS pixels) of a geographic point on the map canvas. */
export async function pagePointAt(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((ll) => {
    type M = { project: (ll: [number, number]) => { x: number; y: number } };
    return (window as unknown as { __atlasMap: M }).__atlasMap.project(ll);
  }, lngLat);
  const box = await page.locator('#map canvas').first().boundingBox();
  if (!box) throw new Error('map canvas not visible');
  return { x: box.x + point.x, y: box.y + point.y };
}

/** Clicks the map canvas at a geographic point. */
export async function clickMapAt(page: Page, lngLat: [number, number]): Promise<void> {
  const { x, y } = await pagePointAt(page, lngLat);
  await page.mouse.click(x, y);
}

export function expectCleanPage(watch: PageWatch): void {
  expect(watch.consoleErrors, 'console errors').toEqual([]);
  expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
}

/**
 * Waits until the map's camera has come to rest and every tile is drawn: no movement and no zoom change across
 * `quietMs`; `before` and `after` add plain waits (a camera move that starts after layout, label fade-in).
 */
export async function settleMap(
  page: Page,
  { quietMs, before = 0, after = 0 }: { quietMs: number; before?: number; after?: number },
): Promise<void> {
  if (before) await page.waitForTimeout(before);
  await page.waitForFunction(
    (ms) =>
      new Promise<boolean>((resolve) => {
        type M = { isMoving: () => boolean; loaded: () => boolean; getZoom: () => number };
        const map = (window as unknown as { __atlasMap: M }).__atlasMap;
        const zoom = map.getZoom();
        setTimeout(() => resolve(!map.isMoving() && map.loaded() && map.getZoom() === zoom), ms);
      }),
    quietMs,
    { timeout: 20_000 },
  );
  if (after) await page.waitForTimeout(after);
}

/** Runs axe (WCAG 2.1 A and AA) on the page, or on the part `include` selects, and expects no violation. */
export async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    include ? `axe violations in ${include}` : 'axe violations',
  ).toEqual([]);
}
