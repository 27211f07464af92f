// Foundation: the built app draws Beijing's districts and zones offline, selects on click, toggles layers, stays clean.
import { expect, test } from '@playwright/test';
import { clickMapAt, disableWebGL, expectCleanPage, featureIdsAt, openMap } from './helpers';

// Interior points (WGS84) well inside each area.
const HAIDIAN: [number, number] = [116.2, 40.02];
const HUAIROU_SCIENCE_CITY_DISTRICT: [number, number] = [116.63, 40.32];
const DONGCHENG: [number, number] = [116.41, 39.93];

// one visit, in the order a user would meet these: what is drawn, clicks, layer toggles, a far district, the language
test('draws districts and zones cleanly; clicks select, toggles hide and show, the attribution follows the language', async ({
  page,
}) => {
  // several visits' worth of checks on one page
  test.setTimeout(120_000);
  const watch = await openMap(page, './?lang=en');
  // the districts and the 三城一区 zones are drawn
  expect(await featureIdsAt(page, DONGCHENG)).toContain('dongcheng');
  expect(await featureIdsAt(page, HAIDIAN)).toEqual(expect.arrayContaining(['haidian', 'zgc-science-city']));
  const sources = await page.evaluate(() => {
    type M = { getStyle: () => { sources: Record<string, { type: string; data?: unknown }> } };
    return Object.keys((window as unknown as { __atlasMap: M }).__atlasMap.getStyle().sources);
  });
  expect(sources.length).toBeGreaterThan(3);

  // a click selects the zone on top of the district
  const heading = page.locator('#area-panel').getByRole('heading', { level: 2 });
  await clickMapAt(page, HAIDIAN);
  await expect(heading).toContainText('Zhongguancun Science City');

  // 中关村科学城 covers all of 海淀区: with the zones hidden the click reaches the district itself
  const zones = page.getByRole('checkbox', { name: /Three Cities/i });
  await zones.uncheck();
  await clickMapAt(page, HAIDIAN);
  await expect(heading).toContainText('Haidian');
  expect(
    await page.evaluate(() => {
      type S = { getState: () => { selectedId: string | null } };
      return (window as unknown as { __atlasStore: S }).__atlasStore.getState().selectedId;
    }),
  ).toBe('haidian');
  await zones.check();

  // the districts layer toggles off and on
  const districts = page.getByRole('checkbox', { name: /^Districts/i });
  await expect(districts).toBeChecked();
  await districts.uncheck();
  await expect.poll(() => featureIdsAt(page, DONGCHENG)).not.toContain('dongcheng');
  await districts.check();
  await expect.poll(() => featureIdsAt(page, DONGCHENG)).toContain('dongcheng');

  // 怀柔区 is drawn where it is
  await page.evaluate(() => {
    type M = { jumpTo: (o: { center: [number, number]; zoom: number }) => void };
    (window as unknown as { __atlasMap: M }).__atlasMap.jumpTo({ center: [116.63, 40.32], zoom: 9 });
  });
  await expect.poll(() => featureIdsAt(page, HUAIROU_SCIENCE_CITY_DISTRICT)).toContain('huairou');

  // the attribution names the data sources in the chosen language
  const attribution = page.locator('.maplibregl-ctrl-attrib-inner');
  await expect(attribution).toContainText('OpenStreetMap contributors');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(attribution).toContainText('OpenStreetMap 贡献者');
  await expect(attribution).toContainText('示意边界为本项目绘制');
  expectCleanPage(watch);
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
