// The geography a visitor reads: the whole of China with 南海诸岛 and the dashed line, the schematic caption on the
// national and regional views, the core districts at the default view (Tianjin/Hebei labels: labels.spec.ts).
import { expect, test, type Page } from '@playwright/test';
import { expectCleanPage, openMap, pagePointAt as pagePoint, settleMap } from './helpers';

/** Waits until the camera has come to rest (no movement across two checks) and every tile is drawn. */
async function settle(page: Page): Promise<void> {
  await settleMap(page, { quietMs: 300, before: 400 });
}

/** Properties of the features MapLibre has rendered in the given layers over the whole canvas. */
async function rendered(page: Page, layers: string[]): Promise<Record<string, unknown>[]> {
  return page.evaluate((ids) => {
    type M = {
      queryRenderedFeatures: (o: { layers: string[] }) => { properties: Record<string, unknown> }[];
    };
    const map = (window as unknown as { __atlasMap: M }).__atlasMap;
    return map.queryRenderedFeatures({ layers: ids }).map((f) => f.properties);
  }, layers);
}

async function showView(page: Page, name: RegExp): Promise<void> {
  const before = await page.evaluate(() =>
    (window as unknown as { __atlasMap: { getZoom: () => number } }).__atlasMap.getZoom(),
  );
  await page
    .getByRole('group', { name: /地图范围|Map extent/ })
    .getByRole('button', { name })
    .click();
  // the view's camera move starts after the layout settles: wait for it to have happened, then for the map to rest
  await page.waitForFunction(
    (z) =>
      Math.abs((window as unknown as { __atlasMap: { getZoom: () => number } }).__atlasMap.getZoom() - z) >
      0.5,
    before,
    { timeout: 20_000 },
  );
  await settle(page);
}

// one visit through the three views: the core districts at the default view, the regional and national views with
// their schematic caption (in both languages), and 南海诸岛 with the dashed line
test('core districts at the default view; 南海诸岛, the dashed line, Taiwan and 钓鱼岛 in the national view, marked schematic', async ({
  page,
}) => {
  // several visits' worth of checks on one page
  test.setTimeout(120_000);
  const watch = await openMap(page, './?lang=zh');
  await expect(page.getByTestId('map-schematic')).toHaveCount(0);

  // the core districts are labelled at the default view, 西城区 1.5 zoom steps in, 海淀区 as 中关村科学城
  await settle(page);
  const at = async () => (await rendered(page, ['labels-districts'])).map((p) => p.name_zh);
  expect(await at()).toEqual(expect.arrayContaining(['东城区', '丰台区', '朝阳区', '石景山区']));
  const zones = async () => (await rendered(page, ['labels-three-cities'])).map((p) => p.name_zh);
  expect(await zones()).toContain('中关村科学城');
  // 中关村科学城 is all of 海淀区 and its label, placed first, holds 海淀区's point: the zone name stands for the district
  await page.evaluate(() => {
    type M = {
      jumpTo: (o: { center: [number, number]; zoom: number }) => void;
      getZoom: () => number;
    };
    const map = (window as unknown as { __atlasMap: M }).__atlasMap;
    map.jumpTo({ center: [116.3, 39.93], zoom: map.getZoom() + 1.5 });
  });
  await settle(page);
  const names = await at();
  expect(['东城区', '西城区', '丰台区', '朝阳区', '石景山区'].filter((n) => !names.includes(n))).toEqual([]);
  expect(await zones()).toContain('中关村科学城');

  await showView(page, /京津冀/);
  await expect(page.getByTestId('map-schematic')).toHaveText('示意图，不作为划界依据');
  await showView(page, /全国/);
  await expect(page.getByTestId('map-schematic')).toHaveText('示意图，不作为划界依据');

  await page.waitForFunction(
    () =>
      (
        window as unknown as { __atlasMap: { queryRenderedFeatures: (o: { layers: string[] }) => unknown[] } }
      ).__atlasMap.queryRenderedFeatures({ layers: ['south-sea-dashes'] }).length > 0,
    undefined,
    { timeout: 15_000 },
  );
  // the dashes are drawn; the island groups are specks at this zoom, present in the style's source
  const sea = await rendered(page, ['south-sea-dashes']);
  expect(sea.map((p) => p.id)).toContain('cn-nanhai-dashline');
  const islandLayer = await page.evaluate(() => {
    type M = { getLayer: (id: string) => { source: string } | undefined };
    return (window as unknown as { __atlasMap: M }).__atlasMap.getLayer('south-sea-islands')?.source;
  });
  expect(islandLayer).toBe('south-china-sea');

  // the whole dashed line is inside the canvas: its southern dash (≈ 3.5°N 112.3°E) and the Amur–Ussuri confluence
  const canvas = (await page.locator('#map canvas').first().boundingBox())!;
  for (const ll of [
    [112.3, 3.55],
    [135.08, 48.4],
    [123.47, 25.74],
  ] as [number, number][]) {
    const p = await pagePoint(page, ll);
    expect(p.x, `${ll} x`).toBeGreaterThan(canvas.x);
    expect(p.x, `${ll} x`).toBeLessThan(canvas.x + canvas.width);
    expect(p.y, `${ll} y`).toBeGreaterThan(canvas.y);
    expect(p.y, `${ll} y`).toBeLessThan(canvas.y + canvas.height);
  }

  // the pixels around the southern dash carry the dash-line colour (#8a6f5a)
  const centre = await pagePoint(page, [112.3, 3.55]);
  const shot = await page.screenshot({
    clip: { x: centre.x - 12, y: centre.y - 12, width: 24, height: 24 },
  });
  const hasDash = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    for (let i = 0; i < d.length; i += 4)
      if (Math.abs(d[i] - 0x8a) < 30 && Math.abs(d[i + 1] - 0x6f) < 30 && Math.abs(d[i + 2] - 0x5a) < 30)
        return true;
    return false;
  }, shot.toString('base64'));
  expect(hasDash, 'dash-line colour near 112.3°E 3.55°N').toBe(true);

  // Taiwan (with 钓鱼岛) is drawn in the mainland's fill
  const taiwan = await rendered(page, ['china-fill']);
  expect(taiwan.map((p) => p.id)).toContain('cn-710000');

  // the caption in English too, and none in the Beijing view
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('map-schematic')).toHaveText('Schematic map, not for boundary reference');
  await showView(page, /^Beijing$/);
  await expect(page.getByTestId('map-schematic')).toHaveCount(0);

  // zooming out by hand to the whole country is the national view as well: caption, and its button pressed
  await page.evaluate(() =>
    (window as unknown as { __atlasMap: { jumpTo: (c: object) => void } }).__atlasMap.jumpTo({
      center: [104, 35],
      zoom: 3.2,
    }),
  );
  await expect(page.getByTestId('map-schematic')).toHaveText('Schematic map, not for boundary reference');
  await expect(
    page.getByRole('group', { name: 'Map extent' }).getByRole('button', { name: 'China', exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
  expectCleanPage(watch);
});
