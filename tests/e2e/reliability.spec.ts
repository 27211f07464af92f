// A part of the app that cannot be downloaded says so in place; the rest keeps working, and Retry brings it back.
import { expect, test } from '@playwright/test';
import { openMap } from './helpers';

test('a panel whose chunk fails to download says so, the list still works, and Retry loads it', async ({
  page,
}) => {
  let blocked = true;
  await page.route(/\/assets\/FilterPanel-[\w-]+\.js$/, (route) =>
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
  await page.route(/\/assets\/MapView-[\w-]+\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
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
