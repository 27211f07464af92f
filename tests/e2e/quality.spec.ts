// Quality gates in the browser: Content-Security-Policy honoured, broken data files explained, offline after first visit.
import { expect, test } from '@playwright/test';
import { expectCleanPage, openMap, watchPage } from './helpers';
import { startStaticServer } from '../../scripts/lib/static-server';

const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

test('the app runs under its Content-Security-Policy with no violation', async ({ page }) => {
  // every securitypolicyviolation of the page's document, from its first script on
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const violations = () =>
    page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  const inFlight = new Set<string>();
  const requested: string[] = [];
  page.on('request', (r) => {
    inFlight.add(r.url());
    requested.push(new URL(r.url()).pathname);
  });
  page.on('requestfinished', (r) => inFlight.delete(r.url()));
  page.on('requestfailed', (r) => inFlight.delete(r.url()));

  const watch = await openMap(page, './');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("connect-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  await page.evaluate(() => {
    type S = { getState: () => { selectArea: (id: string) => void } };
    (window as unknown as { __atlasStore: S }).__atlasStore.getState().selectArea('huairou-science-city');
  });
  await expect(page.locator('#area-panel h2')).toContainText(/怀柔科学城|Huairou Science City/);
  // a lazily loaded panel: its code chunk, the plan text it fetches and what it draws run under the policy too
  await page
    .locator('.panel-switcher')
    .getByRole('button', { name: /^(规划原文|Plan text)$/ })
    .click();
  await expect(page.locator('#reader-panel .reader-body')).toBeVisible();
  // everything the app fetched on load and for the panel has arrived (violations are reported by then)
  await expect.poll(() => inFlight.size, { message: 'requests still in flight' }).toBe(0);
  expect(requested).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/\/data\/atlas\.json$/),
      expect.stringMatching(/\/data\/geo\/.+\.geojson$/),
      expect.stringMatching(/\/data\/plan\.json$/),
      expect.stringMatching(/\/assets\/ReaderPanel-[\w-]+\.js$/),
    ]),
  );
  expect(await violations()).toEqual([]);
  expectCleanPage(watch);

  // the collector does see violations: an image from another origin is refused by img-src (reported once per
  // policy that refuses it: the header's and the meta tag's)
  await page.evaluate(() => {
    new Image().src = 'http://127.0.0.2:9/csp-probe.png';
  });
  await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
  for (const v of await violations()) expect(v).toMatch(/^img-src http:\/\/127\.0\.0\.2:9\/csp-probe\.png/);
});

test('a missing atlas.json gives a message naming the file, and the page still works', async ({ page }) => {
  await page.route('**/data/atlas.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('data/atlas.json');
  await expect(alert).toContainText('404');
  // The header's controls still respond.
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('a truncated atlas.json is reported as invalid JSON, not a blank page', async ({ page }) => {
  await page.route('**/data/atlas.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"version":1,"areas":[{"id":"hai' }),
  );
  const watch = watchPage(page, ORIGIN);
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText(/data\/atlas\.json.*(not valid JSON|JSON)/);
  expect(watch.consoleErrors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
});

test('a missing context layer (water) leaves the map working and names the file', async ({ page }) => {
  await page.route('**/data/geo/water.geojson', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('./');
  await page.locator('#map[data-map-ready="true"]').waitFor({ state: 'attached', timeout: 45_000 });
  await expect(page.getByRole('alert')).toContainText('data/geo/water.geojson');
  await page
    .getByRole('button', { name: /^(海淀区|Haidian District)/ })
    .first()
    .click();
  await expect(page.locator('#area-panel h2')).toContainText(/海淀区|Haidian/);
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after the first visit the app loads and draws the map with the network off', async ({
    page,
    context,
  }) => {
    await openMap(page, './');
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      return reg.active?.state;
    });
    // The service worker precaches the whole build on install; wait until it controls the page.
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await page.locator('#map[data-map-ready="true"]').waitFor({ state: 'attached', timeout: 45_000 });
    await expect(page.locator('header')).toBeVisible();
    await page
      .getByRole('button', { name: /^(海淀区|Haidian District)/ })
      .first()
      .click();
    await expect(page.locator('#area-panel h2')).toContainText(/海淀区|Haidian/);
    await context.setOffline(false);
  });
});

test('the same build works when deployed under a sub-path', async ({ page }) => {
  const server = await startStaticServer({ '/deploy/atlas/': 'dist' });
  try {
    const watch = watchPage(page, server.url);
    await page.goto(`${server.url}/deploy/atlas/`);
    await page.locator('#map[data-map-ready="true"]').waitFor({ state: 'attached', timeout: 45_000 });
    // a first visit to this origin: the first screen greets the visitor, who closes it
    const welcome = page.getByTestId('welcome');
    await welcome.waitFor();
    await page.keyboard.press('Escape');
    await expect(welcome).toBeHidden();
    await page
      .getByRole('button', { name: /^(怀柔科学城|Huairou Science City)/ })
      .first()
      .click();
    await expect(page.locator('#area-panel h2')).toContainText(/怀柔科学城|Huairou Science City/);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  } finally {
    await server.close();
  }
});
