import { test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { openMap } from './helpers';
test('probe', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openMap(page, './?lang=en&tour=6');
  await page.waitForTimeout(1500);
  const r = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  for (const v of r.violations) for (const n of v.nodes) console.log(n.target, n.failureSummary, JSON.stringify(n.any.map(a=>a.data)));
});
