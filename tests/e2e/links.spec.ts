// Links on the map: an arc shows its two ends on hover and opens the plan's sentence on click; a shared ?link= opens
// framed on both ends; an area the map does not draw lights up its parts; a click on stacked areas offers the others.
import { expect, test, type Page } from '@playwright/test';
import { clickMapAt, expectCleanPage, openMap, urlWritten } from './helpers';

/** A point on the arc of `linkId` (at `t` of its length), in page pixels, once the map is at rest. */
async function pointOnArc(page: Page, linkId: string, t = 0.5): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ id, at }) => {
      type F = { properties: { id: string }; geometry: { coordinates: [number, number][] } };
      type M = {
        getStyle: () => { sources: Record<string, { data?: { features: F[] } }> };
        project: (ll: [number, number]) => { x: number; y: number };
      };
      const map = (window as unknown as { __atlasMap: M }).__atlasMap;
      const arc = map.getStyle().sources.links.data!.features.find((f) => f.properties.id === id)!;
      const coords = arc.geometry.coordinates;
      return map.project(coords[Math.round((coords.length - 1) * at)]);
    },
    { id: linkId, at: t },
  );
  const box = (await page.locator('#map canvas').first().boundingBox())!;
  return { x: box.x + point.x, y: box.y + point.y };
}

async function storeState(page: Page) {
  return page.evaluate(() => {
    type S = {
      getState: () => {
        selectedId: string | null;
        selectedLinkId: string | null;
        panel: string | null;
        view: string;
      };
    };
    const s = (window as unknown as { __atlasStore: S }).__atlasStore.getState();
    return { selectedId: s.selectedId, selectedLinkId: s.selectedLinkId, panel: s.panel, view: s.view };
  });
}

async function featureState(page: Page, source: string, id: string) {
  return page.evaluate(
    ({ source, id }) => {
      type M = { getFeatureState: (f: { source: string; id: string }) => Record<string, unknown> };
      return (window as unknown as { __atlasMap: M }).__atlasMap.getFeatureState({ source, id });
    },
    { source, id },
  );
}

/** Waits until the camera has stopped moving. */
async function atRest(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        type M = { isMoving: () => boolean; once: (t: string, fn: () => void) => void };
        const map = (window as unknown as { __atlasMap: M }).__atlasMap;
        const check = () => (map.isMoving() ? map.once('moveend', () => setTimeout(check, 100)) : resolve());
        setTimeout(check, 300);
      }),
  );
}

test('hovering an arc names both ends and its kind and highlights it; a click opens the plan sentence', async ({
  page,
}) => {
  const watch = await openMap(page, './?lang=zh#4/36/100');
  await atRest(page);
  const { x, y } = await pointOnArc(page, 'beijing--xinjiang-1');
  await page.mouse.move(x, y);
  await page.mouse.move(x + 1, y);
  const tooltip = page.locator('.atlas-tooltip');
  await expect(tooltip).toContainText('北京市 — 新疆维吾尔自治区');
  await expect(tooltip).toContainText('全国合作');
  await expect.poll(() => featureState(page, 'links', 'beijing--xinjiang-1')).toMatchObject({ hover: true });

  await page.mouse.click(x + 1, y);
  const panel = page.locator('#link-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('北京市 — 新疆维吾尔自治区');
  await expect(panel.locator('blockquote').first()).toContainText('加强科技援疆、援藏');
  await expect(panel).toContainText('第 七.(四) 节');
  await expect(panel.locator('.translation-tag').first()).toHaveText('英文为翻译');
  expect(await storeState(page)).toMatchObject({ selectedLinkId: 'beijing--xinjiang-1', panel: 'link' });
  await expect
    .poll(() => featureState(page, 'links', 'beijing--xinjiang-1'))
    .toMatchObject({ selected: true });
  await expect(page).toHaveURL(/[?&]link=beijing--xinjiang-1/);

  // an end of the link selects that area
  await panel.getByRole('button', { name: '新疆维吾尔自治区' }).click();
  await expect(page.locator('#area-panel')).toBeVisible();
  expect(await storeState(page)).toMatchObject({ selectedId: 'xinjiang', selectedLinkId: null });
  // Back returns to the link
  await urlWritten(page);
  await page.goBack();
  await expect(page.locator('#link-panel')).toBeVisible();
  expectCleanPage(watch);
});

test('?link= with no camera opens the link panel framed on both ends, in the view that holds them', async ({
  page,
}) => {
  await openMap(page, './?link=beijing--shanghai-1&lang=en');
  await expect(page.locator('#link-panel blockquote').first()).toContainText('加强与上海');
  await expect(page.locator('#link-panel')).toContainText('English is a translation');
  await atRest(page);
  const camera = await page.evaluate(() => {
    type M = { getBounds: () => { contains: (ll: [number, number]) => boolean } };
    const b = (window as unknown as { __atlasMap: M }).__atlasMap.getBounds();
    return { beijing: b.contains([116.47, 40.17]), shanghai: b.contains([121.31, 31.03]) };
  });
  expect(camera).toEqual({ beijing: true, shanghai: true });
  const views = page.getByRole('group', { name: 'Map extent' });
  await expect(views.getByRole('button', { pressed: true })).toHaveText('China');
});

test('the list view reaches every link by keyboard and selects it', async ({ page }) => {
  await openMap(page, './?lang=en#9/40.1/116.4');
  const links = page.locator('#area-list .link-group');
  await expect(links.getByRole('button')).toHaveCount(23);
  await links
    .getByRole('button', { name: /^Beijing Municipality — Tianjin/ })
    .first()
    .focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#link-panel h2')).toHaveText('Beijing Municipality — Tianjin Municipality');
  await expect(page.locator('#link-panel h2')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('#link-panel')).toHaveCount(0);
});

test('中关村国家自主创新示范区, not drawn itself, lights up and frames its sub-parks', async ({ page }) => {
  await openMap(page, './?area=zgc&lang=zh');
  await expect(page.locator('#area-panel')).toContainText('在地图上显示为其各分园');
  await expect.poll(() => featureState(page, 'atlas-points', 'zgc-haidian')).toMatchObject({ standin: true });
  expect(await featureState(page, 'atlas-points', 'zgc-yanqing')).toMatchObject({ standin: true });
  await atRest(page);
  const inView = await page.evaluate(() => {
    type M = { getBounds: () => { contains: (ll: [number, number]) => boolean }; getZoom: () => number };
    const map = (window as unknown as { __atlasMap: M }).__atlasMap;
    return {
      haidian: map.getBounds().contains([116.316, 39.983]),
      zoom: map.getZoom(),
    };
  });
  expect(inView.haidian).toBe(true);
  expect(inView.zoom).toBeGreaterThan(7);
  // choosing another area lets go of the sub-parks
  await page
    .locator('#area-list')
    .getByRole('button', { name: /^海淀区/ })
    .click();
  await expect
    .poll(() => featureState(page, 'atlas-points', 'zgc-haidian'))
    .toMatchObject({ standin: false });
});

test('a click on 海淀 selects the zone on top and offers the district under it', async ({ page }) => {
  await openMap(page, './?lang=zh');
  await clickMapAt(page, [116.2, 40.02]);
  const panel = page.locator('#area-panel');
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('中关村科学城');
  const also = panel.getByRole('list', { name: '此处还有：' });
  await also.getByRole('button', { name: '海淀区' }).click();
  await expect(panel.getByRole('heading', { level: 2 })).toContainText('海淀区');
  expect((await storeState(page)).selectedId).toBe('haidian');
  await expect(
    panel.getByRole('list', { name: '此处还有：' }).getByRole('button', { name: '中关村科学城' }),
  ).toBeVisible();
});
