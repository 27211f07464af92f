// A part of the app that cannot be downloaded says so in place; the rest keeps working, and Retry brings it back.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseCsv } from '../../src/data/csv';
import { DEFAULT_VISIBLE_LAYERS } from '../../src/store/atlasStore';
import { disableWebGL, openMap, urlWritten } from './helpers';

test('a panel whose chunk fails to download says so, the list still works, and Retry loads it', async ({
  page,
}) => {
  let blocked = true;
  // (any address of the chunk: a retry asks for it with a query of its own)
  await page.route(/\/assets\/FilterPanel-[\w-]+\.js(\?.*)?$/, (route) =>
    blocked ? route.fulfill({ status: 404, body: '' }) : route.continue(),
  );
  await openMap(page, './?lang=en');
  await page
    .getByRole('navigation', { name: 'Panels' })
    .getByRole('button', { name: 'Industry filter' })
    .click();
  // (a missing chunk first reloads the page once into the deployed version; here it is still missing)
  const alert = page.locator('.panel-host').getByRole('alert');
  await expect(alert).toContainText('Industry filter could not be loaded or shown', { timeout: 30_000 });
  // the rest of the app works: the list selects an area and its panel opens in place of the broken one
  await page.getByRole('button', { name: /^Haidian District/ }).click();
  await expect(page.locator('#area-panel h2')).toContainText('Haidian District');
  await page
    .getByRole('navigation', { name: 'Panels' })
    .getByRole('button', { name: 'Industry filter' })
    .click();
  await expect(alert).toBeVisible();
  blocked = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('#filter-panel h2')).toBeVisible();
});

test('a map chunk that fails to download leaves header, list and panels working', async ({ page }) => {
  await page.route(/\/assets\/MapView-[\w-]+\.js(\?.*)?$/, (route) =>
    route.fulfill({ status: 404, body: '' }),
  );
  await page.goto('./?lang=en');
  await expect(page.locator('.map-area').getByRole('alert')).toContainText(
    'The map could not be loaded or shown',
    {
      timeout: 30_000,
    },
  );
  await page.getByRole('button', { name: /^Haidian District/ }).click();
  await expect(page.locator('#area-panel h2')).toContainText('Haidian District');
});

test('the server sends the hosting headers: CSP with frame-ancestors, nosniff, a referrer policy', async ({
  page,
}) => {
  const response = await page.goto('./');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
});

test('when the main script cannot load, the page says so in both languages instead of staying blank', async ({
  page,
}) => {
  await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('./');
  await expect(page.getByText('The atlas could not start')).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('应用未能启动')).toBeVisible();
  await expect(page.getByRole('link', { name: 'atlas.json' }).first()).toHaveAttribute(
    'href',
    'data/atlas.json',
  );
});

test('a deep path shows the same message, not a white page', async ({ page }) => {
  await page.goto('./foo/bar/');
  await expect(page.getByText('The atlas could not start')).toBeVisible({ timeout: 20_000 });
});

test('one geodata feature with a broken geometry is left out; the map draws the rest and says so', async ({
  page,
}) => {
  await page.route('**/data/geo/zones.geojson', async (route) => {
    const response = await route.fetch();
    const fc = (await response.json()) as { features: { geometry: unknown }[] };
    fc.features[0].geometry = null;
    fc.features[1].geometry = { type: 'Polygon', coordinates: 'bogus' };
    await route.fulfill({ response, json: fc });
  });
  await openMap(page, './?lang=en');
  await expect(page.getByRole('alert')).toContainText(
    'Some map features have invalid geometry and are not drawn: data/geo/zones.geojson (2)',
  );
  await expect(page.locator('#map canvas')).toBeVisible();
});

test('"Open comparison" in an area panel moves the keyboard focus to the comparison, not to <body>', async ({
  page,
}) => {
  await openMap(page, './?lang=en&cmp=haidian,chaoyang');
  await page.getByRole('button', { name: /^Haidian District/ }).click();
  const open = page.locator('#area-panel').getByRole('button', { name: /Open comparison/ });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#compare-panel h2')).toBeFocused();
});

test('a label font that cannot be loaded is named; the map draws with the system font', async ({ page }) => {
  await page.route('**/fonts/atlas-labels.json', (route) => route.fulfill({ status: 404, body: '' }));
  await openMap(page, './?lang=en');
  await expect(page.getByRole('status').filter({ hasText: 'label font could not be loaded' })).toContainText(
    'fonts/atlas-labels.json',
  );
});

test('a lost WebGL context is said, the list still works, and the map draws again once it is restored', async ({
  page,
}) => {
  await openMap(page, './?lang=en');
  await page.evaluate(() => {
    type M = { getCanvas: () => HTMLCanvasElement };
    const canvas = (window as unknown as { __atlasMap: M }).__atlasMap.getCanvas();
    const lose = canvas.getContext('webgl2')!.getExtension('WEBGL_lose_context')!;
    (window as unknown as { __loseContext: WEBGL_lose_context }).__loseContext = lose;
    lose.loseContext();
  });
  const alert = page.locator('.map-area').getByRole('alert');
  await expect(alert).toContainText('The browser took away the map’s drawing context');
  await page.getByRole('button', { name: /^Haidian District/ }).click();
  await expect(page.locator('#area-panel h2')).toContainText('Haidian District');
  await page.evaluate(() =>
    (window as unknown as { __loseContext: WEBGL_lose_context }).__loseContext.restoreContext(),
  );
  await expect(alert).toHaveCount(0);
  // the map draws its layers again: the selected district is among the features rendered at its centre
  await expect
    .poll(() =>
      page.evaluate(() => {
        type M = {
          project: (ll: [number, number]) => { x: number; y: number };
          queryRenderedFeatures: (p: [number, number]) => { properties: Record<string, unknown> }[];
        };
        const map = (window as unknown as { __atlasMap: M }).__atlasMap;
        const p = map.project([116.27, 40.0]);
        return map.queryRenderedFeatures([p.x, p.y]).map((f) => String(f.properties.id ?? ''));
      }),
    )
    .toContain('haidian');
});

test('a map worker that cannot be loaded is named; the list of areas takes the map’s place', async ({
  page,
}) => {
  await page.route(/\/assets\/maplibre-gl-worker-[\w-]+\.mjs/, (route) =>
    route.fulfill({ status: 404, body: '' }),
  );
  await page.goto('./?lang=en');
  await expect(page.locator('.map-area').getByRole('alert')).toContainText(
    /The map could not be created \(its worker assets\/maplibre-gl-worker-[\w-]+\.mjs could not be started\)/,
    { timeout: 30_000 },
  );
  await page.getByRole('button', { name: /^Haidian District/ }).click();
  await expect(page.locator('#area-panel h2')).toContainText('Haidian District');
});

test('URL values that cannot be used are named, capped, and neither hide the layers nor drop foreign keys', async ({
  page,
}) => {
  // the URL is the app's, not the map's: the list view (no WebGL) keeps this test fast
  await disableWebGL(page);
  await page.goto('./?lang=en&layers=,,,,&utm_source=x#not-a-camera');
  const notice = page.locator('.url-notice');
  await expect(notice).toContainText('layers: malformed value “,,,,”');
  await expect(notice).toContainText('#: malformed value “#not-a-camera”');
  // `layers=,,,,` names nothing: the default layers stay visible
  const visibleLayers = await page.evaluate(() => {
    type S = { getState: () => { visibleLayers: Record<string, boolean> } };
    return (window as unknown as { __atlasStore: S }).__atlasStore.getState().visibleLayers;
  });
  expect(visibleLayers).toEqual(DEFAULT_VISIBLE_LAYERS);
  // someone else's key stays in the address as the app writes its own state
  await page.getByRole('button', { name: /^Haidian District/ }).click();
  await expect(page).toHaveURL(/[?&]area=haidian\b/);
  await urlWritten(page);
  expect(new URL(page.url()).searchParams.get('utm_source')).toBe('x');

  // Back/Forward to a link with one key repeated 2,000 times (the first is unknown, the others repeats): eight are
  // listed and the rest counted (with the camera notice of the arrival: 2,001 − 8 = 1,993), the notice stays small
  await page.evaluate(() => {
    const repeated = Array.from({ length: 2000 }, (_, i) => `area=no-such-area-${i}`).join('&');
    history.pushState(null, '', `?lang=en&${repeated}`);
    dispatchEvent(new PopStateEvent('popstate'));
  });
  await expect(notice.locator('li')).toHaveCount(9);
  await expect(notice).toContainText('area: unknown value “no-such-area-0”');
  await expect(notice).toContainText('area: repeated (“no-such-area-1”)');
  await expect(notice.locator('.url-notice-more')).toHaveText('… and 1,993 more');
  expect((await notice.boundingBox())!.height).toBeLessThan(400);
});

test('a CSV export neutralises cells a spreadsheet would run as a formula', async ({ page }) => {
  const atlas = JSON.parse(readFileSync('dist/data/atlas.json', 'utf8')) as {
    areas: {
      id: string;
      name_zh: string;
      name_en: string;
      tasks: { zh: string; en: string; industries?: string[] }[];
    }[];
  };
  const zgc = atlas.areas.find((a) => a.id === 'zgc-science-city')!;
  zgc.name_en = '=HYPERLINK("http://127.0.0.2/","open")';
  zgc.name_zh = '@SUM(1+1)';
  const aiTasks = zgc.tasks.filter((t) => t.industries?.includes('ai'));
  expect(aiTasks.length).toBeGreaterThanOrEqual(2);
  aiTasks[0].zh = `+${aiTasks[0].zh}`;
  aiTasks[0].en = `-2+3 ${aiTasks[0].en}`;
  aiTasks[1].en = `\t=1+2 ${aiTasks[1].en}`;
  await page.route('**/data/atlas.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(atlas) }),
  );
  await disableWebGL(page);
  await page.goto('./?lang=en&panel=filter&ind=ai');
  const panel = page.locator('#filter-panel');
  await expect(panel.locator('.result[data-area-id="zgc-science-city"]')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'CSV' }).click(),
  ]);
  const rows = parseCsv(readFileSync((await download.path())!, 'utf8'));
  const header = rows[0];
  const zgcRows = rows.filter((r) => r[0] === 'zgc-science-city');
  expect(zgcRows.length).toBe(aiTasks.length);
  const cell = (row: string[], column: string) => row[header.indexOf(column)];
  for (const row of zgcRows) {
    expect(cell(row, 'name_en')).toBe(`'${zgc.name_en}`);
    expect(cell(row, 'name_zh')).toBe(`'${zgc.name_zh}`);
  }
  const cellsOf = (column: string) => zgcRows.map((r) => cell(r, column));
  expect(cellsOf('task_zh')).toContain(`'${aiTasks[0].zh}`);
  expect(cellsOf('task_en')).toEqual(expect.arrayContaining([`'${aiTasks[0].en}`, `'${aiTasks[1].en}`]));
  // no cell of the file starts as a formula
  for (const row of rows.slice(1))
    for (const c of row) expect(c).not.toMatch(/^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/);
});
