// Labels a visitor can read: all 16 district labels at the default Beijing view, Tianjin and Hebei in the regional
// view, and no label cut at the canvas edge or drawn under the scale bar or a control, on a desktop and on a phone.
import { expect, test, type Page } from '@playwright/test';
import { openMap, settleMap } from './helpers';

/** Waits until the camera has come to rest and every tile is drawn, then for label fade-in. */
async function settle(page: Page): Promise<void> {
  await settleMap(page, { quietMs: 700, after: 800 });
}

async function showView(page: Page, name: RegExp): Promise<void> {
  const zoom = () =>
    page.evaluate(() =>
      (window as unknown as { __atlasMap: { getZoom: () => number } }).__atlasMap.getZoom(),
    );
  const before = await zoom();
  await page
    .getByRole('group', { name: /地图范围|Map extent/ })
    .getByRole('button', { name })
    .click();
  // the view's camera move starts after the layout settles: wait for it to have happened, then for the map to rest
  await expect.poll(async () => Math.abs((await zoom()) - before), { timeout: 20_000 }).toBeGreaterThan(0.5);
  await settle(page);
}

/** Names (zh) of the labels MapLibre has placed in a layer. */
async function placed(page: Page, layer: string): Promise<string[]> {
  return page.evaluate((id) => {
    type M = { queryRenderedFeatures: (o: { layers: string[] }) => { properties: { name_zh: string } }[] };
    const map = (window as unknown as { __atlasMap: M }).__atlasMap;
    return [...new Set(map.queryRenderedFeatures({ layers: [id] }).map((f) => f.properties.name_zh))];
  }, layer);
}

interface Placed {
  layer: string;
  box: [number, number, number, number];
}

/**
 * The screen box (canvas pixels) of every label MapLibre has placed, read from its collision index (the boxes it
 * keeps free for each placed label, padding included), with the boxes of the controls over the map.
 */
async function labelBoxes(page: Page): Promise<{
  width: number;
  height: number;
  labels: Placed[];
  controls: { name: string; box: [number, number, number, number] }[];
}> {
  return page.evaluate(() => {
    interface Grid {
      boxKeys: { bucketInstanceId: number }[];
      bboxes: number[];
    }
    interface Placement {
      collisionIndex: { grid: Grid };
      retainedQueryData: Record<
        number,
        { bucketIndex: number; featureIndex: { bucketLayerIDs: string[][] } }
      >;
    }
    type M = {
      style: { placement: Placement };
      getCanvas: () => HTMLCanvasElement;
      getContainer: () => HTMLElement;
    };
    const map = (window as unknown as { __atlasMap: M }).__atlasMap;
    const { grid } = map.style.placement.collisionIndex;
    const canvas = map.getCanvas().getBoundingClientRect();
    // the collision grid reaches 100 px beyond the canvas on every side
    const pad = 100;
    const labels = grid.boxKeys.map((key, i) => {
      const q = map.style.placement.retainedQueryData[key.bucketInstanceId];
      const layer = q ? q.featureIndex.bucketLayerIDs[q.bucketIndex].join(',') : '?';
      const [x1, y1, x2, y2] = grid.bboxes.slice(i * 4, i * 4 + 4).map((v) => v - pad);
      return { layer, box: [x1, y1, x2, y2] as [number, number, number, number] };
    });
    const area = map.getContainer().parentElement!;
    const overlays = [
      ...map.getContainer().querySelectorAll('.maplibregl-ctrl'),
      ...Array.from(area.children).filter((el) => el !== map.getContainer()),
    ];
    const controls = overlays
      .map((el) => ({ name: el.className || el.tagName, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 0 && r.height > 0)
      .map(({ name, r }) => ({
        name: String(name),
        box: [r.left - canvas.left, r.top - canvas.top, r.right - canvas.left, r.bottom - canvas.top] as [
          number,
          number,
          number,
          number,
        ],
      }));
    return { width: canvas.width, height: canvas.height, labels, controls };
  });
}

const overlaps = (a: number[], b: number[]) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

/** Every placed label that is on the canvas at all lies wholly inside it and clear of the scale bar and controls. */
async function expectLabelsWhole(page: Page, where: string): Promise<void> {
  const { width, height, labels, controls } = await labelBoxes(page);
  expect(
    controls.some((c) => c.name.includes('maplibregl-ctrl-scale')),
    'scale bar found',
  ).toBe(true);
  const onCanvas = labels.filter(
    ({ box: [x1, y1, x2, y2] }) => x2 > 0 && y2 > 0 && x1 < width && y1 < height,
  );
  expect(onCanvas.length, `${where}: labels placed`).toBeGreaterThan(0);
  // a box may reach 1 px past the edge through rounding of its padding
  const cut = onCanvas.filter(
    ({ box: [x1, y1, x2, y2] }) => x1 < -1 || y1 < -1 || x2 > width + 1 || y2 > height + 1,
  );
  expect(cut, `${where}: labels cut at the canvas edge (${width}×${height})`).toEqual([]);
  const under = onCanvas.flatMap((l) =>
    controls
      .filter((c) => overlaps(l.box, c.box))
      .map((c) => `${l.layer} ${l.box.map(Math.round)} under ${c.name}`),
  );
  expect(under, `${where}: labels under a control`).toEqual([]);
}

const ALL_DISTRICTS = [
  '东城区',
  '西城区',
  '朝阳区',
  '丰台区',
  '石景山区',
  '海淀区',
  '门头沟区',
  '房山区',
  '通州区',
  '顺义区',
  '昌平区',
  '大兴区',
  '怀柔区',
  '平谷区',
  '密云区',
  '延庆区',
];

test('all 16 district labels and the 三城一区 show at the default Beijing view (1280×800), in Chinese and English', async ({
  page,
}) => {
  await openMap(page, './?lang=zh');
  for (const lang of ['zh', 'en']) {
    if (lang === 'en') await page.getByRole('button', { name: 'English' }).click();
    await settle(page);
    const districts = await placed(page, 'labels-districts');
    expect(
      ALL_DISTRICTS.filter((n) => !districts.includes(n)),
      `district labels missing (${lang})`,
    ).toEqual([]);
    const zones = await placed(page, 'labels-three-cities');
    expect(zones, `zone labels (${lang})`).toEqual(
      expect.arrayContaining(['中关村科学城', '创新型产业集群示范区', '未来科学城', '怀柔科学城']),
    );
  }
});

test('on a phone the Beijing view names its districts and 三城一区, not 北京市', async ({ page }) => {
  // the whole of Beijing fits a 390 px wide map a little below zoom 7
  await page.setViewportSize({ width: 390, height: 844 });
  await openMap(page, './?lang=zh');
  await settle(page);
  expect(
    await page.evaluate(() =>
      (window as unknown as { __atlasMap: { getZoom: () => number } }).__atlasMap.getZoom(),
    ),
  ).toBeLessThan(7);
  expect(await placed(page, 'labels-jjj')).not.toContain('北京市');
  expect((await placed(page, 'labels-districts')).length).toBeGreaterThanOrEqual(10);
  // 未来科学城 sits just north of 中关村科学城: both are named, in either language (the longer English names too)
  expect(await placed(page, 'labels-three-cities')).toEqual(
    expect.arrayContaining(['中关村科学城', '怀柔科学城', '未来科学城']),
  );
  await openMap(page, './?lang=en');
  await settle(page);
  expect(await placed(page, 'labels-three-cities')).toEqual(
    expect.arrayContaining(['中关村科学城', '未来科学城']),
  );
});

test('Tianjin, Hebei and Beijing are labelled in the regional view; 北京市 gives way to its districts in Beijing', async ({
  page,
}) => {
  await openMap(page, './?lang=zh');
  await settle(page);
  expect(await placed(page, 'labels-jjj')).not.toContain('北京市');
  await showView(page, /京津冀/);
  // labels fade in after the guard has re-checked them at the new camera
  await expect
    .poll(() => placed(page, 'labels-jjj'), { timeout: 15_000 })
    .toEqual(expect.arrayContaining(['天津市', '河北省', '北京市']));
  // Hebei's prefectures are named too, under the areas' labels and in smaller type than 天津市/河北省
  await expect
    .poll(() => placed(page, 'labels-context'), { timeout: 10_000 })
    .toEqual(expect.arrayContaining(['保定市', '廊坊市', '张家口市', '承德市']));
  const textSize = (layer: string) =>
    page.evaluate(
      (id) =>
        (
          window as unknown as { __atlasMap: { getLayoutProperty: (l: string, p: string) => unknown } }
        ).__atlasMap.getLayoutProperty(id, 'text-size') as number,
      layer,
    );
  expect(await textSize('labels-context')).toBeLessThan(await textSize('labels-jjj'));
});

for (const [label, viewport] of [
  ['desktop 1280×800', { width: 1280, height: 800 }],
  ['phone 390×844', { width: 390, height: 844 }],
] as const) {
  test(`the national view names 北京市 among its partners (${label})`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openMap(page, './?lang=zh');
    await settle(page);
    await showView(page, /全国/);
    // Beijing is the map's subject: at national zoom its name wins over Tianjin's and 雄安's, which sit beside it
    await expect.poll(() => placed(page, 'labels-jjj'), { timeout: 15_000 }).toContain('北京市');
    // …and 天津市 and 雄安, a few pixels from Beijing's point, are not named beside it, where they would read as its name
    const jjj = await placed(page, 'labels-jjj');
    expect(jjj).not.toContain('天津市');
    expect(jjj).not.toContain('雄安新区');
  });
}

for (const [label, viewport] of [
  ['desktop 1280×800', { width: 1280, height: 800 }],
  ['phone 390×844', { width: 390, height: 844 }],
] as const) {
  test(`no label is cut at the edge or drawn under the scale bar or controls (${label})`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await openMap(page, './?lang=zh');
    await settle(page);
    await expectLabelsWhole(page, 'Beijing view');
    await showView(page, /京津冀/);
    await expectLabelsWhole(page, '京津冀 view');
    await showView(page, /全国/);
    await expectLabelsWhole(page, '全国 view');
  });
}
