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
