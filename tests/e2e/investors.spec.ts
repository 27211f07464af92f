// Investors and planners: industry filter → map + results with the plan's sentences → CSV/JSON download; compare two
// areas; matrix rows and the map hover each other; filter and compare set come back from the URL; the printable brief;
// the comparison stacked on a phone.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { Atlas } from '../../src/data/types';
import { expectCleanPage, expectNoAxeViolations, openMap } from './helpers';

const atlas = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as Atlas;
const area = (id: string) => atlas.areas.find((a) => a.id === id)!;
const industryZh = (id: string) => atlas.industries.find((i) => i.id === id)!.zh;
/** The plan sentences of an area that the atlas ties to an industry: what the result list must quote. */
const sentences = (id: string, industry: string) =>
  area(id).tasks.filter((t) => t.industries?.includes(industry));

const ZGC = area('zgc-science-city');
const FUTURE = area('future-science-city');
const HUAIROU = area('huairou-science-city');
const CHAOYANG = area('chaoyang');

type StoreState = {
  filter: { industries: string[]; groups: string[]; match: string; kinds: string[] };
  compareIds: string[];
  hoveredId: string | null;
  panel: string | null;
};
const storeState = (page: Page) =>
  page.evaluate(() => {
    const s = (window as unknown as { __atlasStore: { getState: () => StoreState } }).__atlasStore.getState();
    return { filter: s.filter, compareIds: s.compareIds, hoveredId: s.hoveredId, panel: s.panel };
  });
const featureState = (page: Page, source: string, id: string) =>
  page.evaluate(
    ([source, id]) => {
      type M = { getFeatureState: (f: { source: string; id: string }) => Record<string, unknown> };
      return (window as unknown as { __atlasMap: M }).__atlasMap.getFeatureState({ source, id });
    },
    [source, id] as const,
  );

/** Opens a side panel from the switcher (a second press would close it, so only when it is not open yet). */
async function openPanel(page: Page, name: string) {
  const button = page.locator('.panel-switcher').getByRole('button', { name, exact: true });
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
}

// each test groups many steps on one page load (loads are the slow part); allow for a busy 2-core machine
test.describe.configure({ timeout: 120_000 });

/**
 * The link the first test's clicks lead to (it checks the address bar carries these keys); the second test opens it
 * directly, so each test stands on its own.
 */
const FILTER_COMPARE_QUERY = `?lang=zh&panel=compare&ind=ai&cmp=${ZGC.id},${FUTURE.id}`;

test('choose 人工智能 → map + results with their sentences → CSV/JSON downloads → compare two areas', async ({
  page,
}) => {
  const watch = await openMap(page, './');
  await page.getByRole('button', { name: '中文', exact: true }).click();
  await openPanel(page, '产业筛选');
  const panel = page.locator('#filter-panel');
  const ai = panel.getByRole('checkbox', { name: '人工智能', exact: true });
  await expect(ai).not.toBeChecked();
  await ai.check();
  expect((await storeState(page)).filter.industries).toEqual(['ai']);

  // the results name both areas and quote the plan's sentences that tie them to AI, with their section ids
  for (const a of [ZGC, CHAOYANG]) {
    const item = panel.locator(`.result[data-area-id="${a.id}"]`);
    await expect(item.getByRole('button', { name: new RegExp(a.name_zh) })).toBeVisible();
    const expected = sentences(a.id, 'ai');
    expect(expected.length).toBeGreaterThan(0);
    for (const task of expected) {
      await expect(item.locator('blockquote', { hasText: task.zh.slice(0, 20) })).toHaveText(task.zh);
      await expect(item.getByText(`第 ${task.section} 节`).first()).toBeVisible();
    }
    await expect(item.locator('.chip-industry', { hasText: '人工智能' }).first()).toBeVisible();
  }
  const count = await panel.locator('.result').count();
  expect(count).toBe(atlas.areas.filter((a) => a.industries.includes('ai')).length);

  await expectNoAxeViolations(page, '#filter-panel');

  // the map marks the matches and fades the rest through feature-state (no re-mount)
  expect(await featureState(page, 'zones', ZGC.id)).toMatchObject({ match: true, dim: false });
  expect(await featureState(page, 'districts', CHAOYANG.id)).toMatchObject({ match: true, dim: false });
  expect(await featureState(page, 'districts', 'huairou')).toMatchObject({ match: false, dim: true });

  // CSV: UTF-8 with a BOM, both areas and the Chinese sentences
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'CSV' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe('atlas-ai-any.csv');
  const csvBytes = readFileSync((await csvDownload.path())!);
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const csv = new TextDecoder('utf-8', { fatal: true }).decode(csvBytes.subarray(3));
  expect(csv.split('\r\n')[0]).toBe('area_id,name_zh,name_en,kind,industries,section,task_zh,task_en,fields');
  for (const a of [ZGC, CHAOYANG]) {
    expect(csv).toContain(a.name_zh);
    for (const task of sentences(a.id, 'ai')) expect(csv).toContain(task.zh.replace(/"/g, '""'));
  }

  // JSON: the same shortlist, with the query and the plan it quotes
  const [jsonDownload] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'JSON', exact: true }).click(),
  ]);
  expect(jsonDownload.suggestedFilename()).toBe('atlas-ai-any.json');
  const json = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8')) as {
    source: { sha256: string };
    query: { industries: string[] };
    results: { area_id: string }[];
  };
  expect(json.source.sha256).toBe(atlas.source.sha256);
  expect(json.query.industries).toEqual(['ai']);
  expect(json.results.map((r) => r.area_id)).toEqual(expect.arrayContaining([ZGC.id, CHAOYANG.id]));

  // GeoJSON: one feature per result, drawn shapes where the map has them
  const [geoDownload] = await Promise.all([
    page.waitForEvent('download'),
    panel.getByRole('button', { name: 'GeoJSON' }).click(),
  ]);
  expect(geoDownload.suggestedFilename()).toBe('atlas-ai-any.geojson');
  const geo = JSON.parse(readFileSync((await geoDownload.path())!, 'utf8')) as {
    type: string;
    features: { id: string; geometry: { type: string } | null; properties: { geometry_from: string } }[];
  };
  expect(geo.type).toBe('FeatureCollection');
  expect(geo.features).toHaveLength(count);
  const zgcFeature = geo.features.find((f) => f.id === ZGC.id)!;
  expect(zgcFeature.properties.geometry_from).toBe('lookup');
  expect(zgcFeature.geometry?.type).toMatch(/Polygon/);

  // compare 中关村科学城 with 未来科学城: shared and unique industries as the atlas says
  await openPanel(page, '对比');
  const compare = page.locator('#compare-panel');
  const picker = compare.getByRole('combobox', { name: /添加地区/ });
  for (const id of [ZGC.id, FUTURE.id]) {
    await picker.selectOption(id);
    await compare.getByRole('button', { name: '添加', exact: true }).click();
  }
  expect((await storeState(page)).compareIds).toEqual([ZGC.id, FUTURE.id]);
  const shared = ZGC.industries.filter((i) => FUTURE.industries.includes(i));
  const onlyZgc = ZGC.industries.filter((i) => !FUTURE.industries.includes(i));
  const onlyFuture = FUTURE.industries.filter((i) => !ZGC.industries.includes(i));
  expect(shared.length).toBeGreaterThan(0);
  const sharedBox = compare.getByTestId('compare-shared');
  for (const i of shared) await expect(sharedBox.getByText(industryZh(i), { exact: true })).toBeVisible();
  await expect(sharedBox.locator('.chip')).toHaveCount(shared.length);
  for (const [a, only] of [
    [ZGC, onlyZgc],
    [FUTURE, onlyFuture],
  ] as const) {
    const box = compare.locator(`.compare-unique[data-area-id="${a.id}"]`);
    await expect(box.locator('.chip')).toHaveCount(only.length);
    for (const i of only) await expect(box.getByText(industryZh(i), { exact: true })).toBeVisible();
  }
  await expect(compare.getByText(/余弦相似度/).first()).toBeVisible();
  const sim = await compare.locator(`[data-similarity="${ZGC.id}|${FUTURE.id}"]`).textContent();
  expect(Number(sim)).toBeGreaterThan(0);
  expect(Number(sim)).toBeLessThan(1);

  await expectNoAxeViolations(page, '#compare-panel');

  // the URL sync writes the filter and the compare set into the address
  await expect.poll(() => page.url()).toMatch(/[?&]ind=ai(&|$)/);
  await expect
    .poll(() => page.url())
    .toMatch(new RegExp(`[?&]cmp=${ZGC.id}%2C${FUTURE.id}|[?&]cmp=${ZGC.id},${FUTURE.id}`));
  const written = new URL(page.url()).searchParams;
  for (const [key, value] of new URLSearchParams(FILTER_COMPARE_QUERY))
    expect(written.get(key), `URL key ${key}`).toBe(value);
  expectCleanPage(watch);
});

test('the URL restores filter and compare set; matrix rows and the map hover each other; the brief prints alone', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // count print requests instead of opening a dialog
    window.print = () => {
      const w = window as unknown as { __printed?: number };
      w.__printed = (w.__printed ?? 0) + 1;
    };
  });
  const watch = await openMap(page, `./${FILTER_COMPARE_QUERY}`);
  const restored = await storeState(page);
  expect(restored.filter.industries).toEqual(['ai']);
  expect(restored.compareIds).toEqual([ZGC.id, FUTURE.id]);
  // the map is highlighted straight from the URL
  await expect.poll(() => featureState(page, 'zones', ZGC.id)).toMatchObject({ match: true });

  // the compare panel's printable brief: only the brief prints, with title, source hash and tasks
  await openPanel(page, '对比');
  const compare = page.locator('#compare-panel');
  await compare.getByRole('button', { name: '打印简报' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __printed?: number }).__printed))
    .toBe(1);
  const brief = page.locator('.print-brief');
  await expect(brief).toHaveAttribute('data-brief-ids', `${ZGC.id},${FUTURE.id}`);
  await expect(brief).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(brief).toBeVisible();
  await expect(page.locator('#root')).toBeHidden();
  await expect(brief.locator('h1')).toContainText(ZGC.name_zh);
  await expect(brief.locator('h1')).toContainText(FUTURE.name_zh);
  await expect(brief).toContainText(atlas.source.sha256.slice(0, 12));
  await expect(brief).toContainText(ZGC.tasks[0].zh);
  await expect(brief).toContainText(`第 ${ZGC.tasks[0].section} 节`);
  await expect(brief.getByText('译文：').first()).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // matrix: hovering a row sets the map's hover feature-state on that area…
  await openPanel(page, '地区×产业');
  const matrix = page.locator('#matrix-panel');
  await expect(matrix.getByRole('table')).toBeVisible();
  await expect(matrix.locator('caption')).toContainText('地区 × 产业');
  const row = matrix.locator(`tr[data-area-id="${CHAOYANG.id}"]`);
  await row.locator('th').hover();
  await expect.poll(() => featureState(page, 'districts', CHAOYANG.id)).toMatchObject({ hover: true });
  await expect(row).toHaveAttribute('data-hovered', 'true');

  // …and hovering the area on the map highlights its row
  await page.mouse.move(5, 5);
  await expect(row).not.toHaveAttribute('data-hovered', 'true');
  await page.evaluate(() => {
    type S = { getState: () => { showLayer: (g: string, v: boolean) => void } };
    const s = (window as unknown as { __atlasStore: S }).__atlasStore.getState();
    // only the districts under the pointer, so the hover lands on 朝阳区 itself
    for (const g of ['three-cities', 'zgc-subparks', 'platforms', 'links']) s.showLayer(g, false);
  });
  const point = await page.evaluate((center) => {
    type M = {
      jumpTo: (o: { center: [number, number]; zoom: number }) => void;
      project: (ll: [number, number]) => { x: number; y: number };
    };
    const map = (window as unknown as { __atlasMap: M }).__atlasMap;
    map.jumpTo({ center, zoom: 10 });
    return map.project(center);
  }, CHAOYANG.center!);
  const box = (await page.locator('#map canvas').first().boundingBox())!;
  await page.waitForTimeout(300);
  await page.mouse.move(box.x + point.x, box.y + point.y);
  await page.mouse.move(box.x + point.x + 2, box.y + point.y + 1);
  await expect.poll(async () => (await storeState(page)).hoveredId).toBe(CHAOYANG.id);
  await expect(row).toHaveAttribute('data-hovered', 'true');
  await expect(row).toHaveClass(/is-hovered/);

  await expectNoAxeViolations(page, '#matrix-panel');

  // a cell shows the sentences behind it
  await row
    .getByRole('button', {
      name: `${CHAOYANG.name_zh} × 人工智能：${sentences(CHAOYANG.id, 'ai').length} 句`,
    })
    .click();
  await expect(matrix.locator('.matrix-cell-detail')).toContainText(sentences(CHAOYANG.id, 'ai')[0].zh);

  // with the AI filter active the matrix shows only its industry and the filter's areas; unticking shows them all
  const onlyFilter = matrix.getByRole('checkbox', { name: '只看筛选的产业和匹配地区' });
  await expect(onlyFilter).toBeChecked();
  const columns = matrix.locator('thead th.matrix-colhead');
  await expect(columns).toHaveCount(1);
  await expect(matrix.locator('tbody tr[data-area-id]')).toHaveCount(
    atlas.areas.filter((a) => a.industries.includes('ai')).length,
  );
  await onlyFilter.uncheck();
  await expect(columns).toHaveCount(atlas.industries.length);

  // the matrix scrolls sideways inside its panel only
  const pageScroll = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(pageScroll).toBeLessThanOrEqual(0);
  expect(await matrix.locator('.matrix-scroll').evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  expectCleanPage(watch);
});

for (const [label, viewport, touch] of [
  ['a phone', { width: 390, height: 844 }, true],
  ['a laptop, in its side panel', { width: 1280, height: 800 }, false],
] as const) {
  test(`on ${label} the comparison stacks: one block per industry, each cell naming its area, nothing sideways`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport, hasTouch: touch });
    const page = await context.newPage();
    await openMap(page, `./?lang=zh&panel=compare&cmp=${ZGC.id},${HUAIROU.id},${FUTURE.id}`);
    const table = page.locator('.compare-table');
    await expect(table).toBeVisible();
    for (const part of ['.compare-scroll', '#compare-panel'])
      expect(
        await page.locator(part).evaluate((el) => el.scrollWidth - el.clientWidth),
        part,
      ).toBeLessThanOrEqual(1);
    // the first industry's block: its cells stand one under another, each headed by its area's name
    const cells = table.locator('tbody tr').first().locator('td');
    await expect(cells).toHaveCount(3);
    const names = [ZGC, HUAIROU, FUTURE].map((a) => a.name_zh);
    for (let i = 0; i < 3; i++) await expect(cells.nth(i).locator('.cell-area')).toHaveText(names[i]);
    const [a, b] = [(await cells.nth(0).boundingBox())!, (await cells.nth(1).boundingBox())!];
    expect(b.y).toBeGreaterThanOrEqual(a.y + a.height - 1);
    // the map marks the compared areas while the comparison is open
    const featured = await page.evaluate(
      (ids) => {
        type M = { getFeatureState: (f: { source: string; id: string }) => Record<string, unknown> };
        const map = (window as unknown as { __atlasMap: M }).__atlasMap;
        return ids.map((id) => map.getFeatureState({ source: 'zones', id }).featured === true);
      },
      [ZGC.id, HUAIROU.id, FUTURE.id],
    );
    expect(featured).toEqual([true, true, true]);
    // with the column heads folded away, a cell's area name is what names it, and selects the area as the head does
    await cells.nth(1).getByRole('button', { name: HUAIROU.name_zh }).click();
    await expect(page).toHaveURL(new RegExp(`area=${HUAIROU.id}`));
    await context.close();
  });
}
