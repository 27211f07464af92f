import { test } from '@playwright/test';
import { openMap, settleMap } from './helpers';
test('probe', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openMap(page, './?lang=en&panel=compare&cmp=haidian,zgc-science-city,chaoyang');
  await settleMap(page, { quietMs: 700, after: 800 });
  await page.screenshot({ path: '/tmp/cmp-d.png' });
  await page.locator('#compare-tasks-title').scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/cmp-d2.png' });
});
