import { test } from '@playwright/test';
import { openMap, settleMap } from './helpers';
test('probe', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openMap(page, './?lang=zh');
  await settleMap(page, { quietMs: 700, after: 800 });
  await page.screenshot({ path: '/tmp/ph-zh.png', clip: { x: 0, y: 150, width: 390, height: 460 } });
  await openMap(page, './?lang=en');
  await settleMap(page, { quietMs: 700, after: 800 });
  await page.screenshot({ path: '/tmp/ph-en.png', clip: { x: 0, y: 150, width: 390, height: 460 } });
});
test('probe desktop', async ({ page }) => {
  await openMap(page, './?lang=zh');
  await settleMap(page, { quietMs: 700, after: 800 });
  await page.screenshot({ path: '/tmp/d-zh.png', clip: { x: 282, y: 113, width: 998, height: 687 } });
});
