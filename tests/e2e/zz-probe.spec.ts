import { test } from '@playwright/test';
import { openMap, settleMap } from './helpers';
test('probe', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openMap(page, './?lang=en&area=huairou-science-city');
  await settleMap(page, { quietMs: 700, after: 800 });
  await page.getByRole('button', { name: /Read in the plan/ }).first().click();
  await page.waitForTimeout(2500);
  await page.screenshot({ path: '/tmp/rd-d.png' });
  await page.mouse.move(1000, 500);
  await page.mouse.wheel(0, 1500);
  await page.waitForTimeout(800);
  await page.screenshot({ path: '/tmp/rd-d2.png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(2000);
  await page.screenshot({ path: '/tmp/rd-p.png' });
});
