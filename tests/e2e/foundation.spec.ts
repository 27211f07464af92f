// Foundation: the built app draws Beijing's districts and zones offline, selects on click, toggles layers, stays clean.
import { expect, test } from '@playwright/test';
import { clickMapAt, disableWebGL, expectCleanPage, featureIdsAt, openMap } from './helpers';

// Interior points (WGS84) well inside each area.
const HAIDIAN: [number, number] = [116.2, 40.02];
const HUAIROU_SCIENCE_CITY_DISTRICT: [number, number] = [116.63, 40.32];
const DONGCHENG: [number, number] = [116.41, 39.93];

test('draws the districts and the 三城一区 zones with no console error and no off-origin request', async ({
  page,
}) => {
  const watch = await openMap(page, './');
  const atDongcheng = await featureIdsAt(page, DONGCHENG);
  expect(atDongcheng).toContain('dongcheng');
  const atHaidian = await featureIdsAt(page, HAIDIAN);
  expect(atHaidian).toEqual(expect.arrayContaining(['haidian', 'zgc-science-city']));
  const sources = await page.evaluate(() => {
    type M = { getStyle: () => { sources: Record<string, { type: string; data?: unknown }> } };
    return Object.keys((window as unknown as { __atlasMap: M }).__atlasMap.getStyle().sources);
  });
  expect(sources.length).toBeGreaterThan(3);
  expectCleanPage(watch);
});

test('a click on 海淀区 selects it and opens its panel', async ({ page }) => {
  const watch = await openMap(page, './');
  // The 中关村科学城 zone covers all of 海淀区; hide the zones so the click reaches the district itself.
  await page.getByRole('checkbox', { name: /三城一区|Three Cities/i }).uncheck();
  await clickMapAt(page, HAIDIAN);
  const panel = page.locator('#area-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText(/海淀区|Haidian/);
  expect(
    await page.evaluate(() => {
      type S = { getState: () => { selectedId: string | null } };
      return (window as unknown as { __atlasStore: S }).__atlasStore.getState().selectedId;
    }),
  ).toBe('haidian');
  expectCleanPage(watch);
});

test('clicking the 三城一区 layer selects the zone on top of the district', async ({ page }) => {
  await openMap(page, './');
  await clickMapAt(page, HAIDIAN);
  await expect(page.locator('#area-panel').getByRole('heading', { level: 2 })).toContainText(
    /中关村科学城|Zhongguancun Science City/,
  );
});

test('the attribution names the data sources in the chosen language', async ({ page }) => {
  await openMap(page, './?lang=en');
  const attribution = page.locator('.maplibregl-ctrl-attrib-inner');
  await expect(attribution).toContainText('OpenStreetMap contributors');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(attribution).toContainText('OpenStreetMap 贡献者');
  await expect(attribution).toContainText('示意边界为本项目绘制');
});

test('layer toggles hide and show the districts layer', async ({ page }) => {
  await openMap(page, './');
  const toggle = page.getByRole('checkbox', { name: /^(区|行政区|Districts)/i });
  await expect(toggle).toBeChecked();
  expect(await featureIdsAt(page, DONGCHENG)).toContain('dongcheng');
  await toggle.uncheck();
  await expect.poll(() => featureIdsAt(page, DONGCHENG)).not.toContain('dongcheng');
  await toggle.check();
  await expect.poll(() => featureIdsAt(page, DONGCHENG)).toContain('dongcheng');
});

test('the 怀柔 district is drawn where it is', async ({ page }) => {
  await openMap(page, './');
  await page.evaluate(() => {
    type M = { jumpTo: (o: { center: [number, number]; zoom: number }) => void };
    (window as unknown as { __atlasMap: M }).__atlasMap.jumpTo({ center: [116.63, 40.32], zoom: 9 });
  });
  await expect.poll(() => featureIdsAt(page, HUAIROU_SCIENCE_CITY_DISTRICT)).toContain('huairou');
});

test('without WebGL2 the page says so and offers the list of all areas', async ({ page }) => {
  await disableWebGL(page);
  await page.goto('./');
  await expect(page.getByText(/WebGL2/)).toBeVisible();
  await expect(page.getByRole('button', { name: /海淀区|Haidian District/ }).first()).toBeVisible();
  await page
    .getByRole('button', { name: /海淀区|Haidian District/ })
    .first()
    .click();
  await expect(page.locator('#area-panel').getByRole('heading', { level: 2 })).toContainText(
    /海淀区|Haidian/,
  );
});
