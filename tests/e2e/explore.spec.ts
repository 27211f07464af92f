// Explore: search (pinyin, initials) → area panel → plan reader and back to the map; shareable URLs, Back/Forward,
// languages, malformed links, the phone layout, the no-WebGL list, and axe (WCAG 2.1 A/AA) on each view.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { Atlas } from '../../src/data/types';
import {
  disableWebGL,
  expectCleanPage,
  expectNoAxeViolations,
  openMap,
  pagePointAt,
  settleMap,
  urlWritten,
  watchPage,
} from './helpers';

const atlas = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as Atlas;
const area = (id: string) => atlas.areas.find((a) => a.id === id)!;
const HUAIROU_SC = area('huairou-science-city');

type StoreState = {
  selectedId: string | null;
  language: string;
  panel: string | null;
  readerSection: string | null;
  visibleLayers: Record<string, boolean>;
};
const storeState = (page: Page) =>
  page.evaluate(() => {
    const s = (window as unknown as { __atlasStore: { getState: () => StoreState } }).__atlasStore.getState();
    return {
      selectedId: s.selectedId,
      language: s.language,
      panel: s.panel,
      readerSection: s.readerSection,
      visibleLayers: s.visibleLayers,
    };
  });
const labelField = (page: Page) =>
  page.evaluate(() =>
    JSON.stringify(
      (
        window as unknown as { __atlasMap: { getLayoutProperty: (l: string, p: string) => unknown } }
      ).__atlasMap.getLayoutProperty('labels-districts', 'text-field'),
    ),
  );

async function search(page: Page, text: string) {
  const box = page.getByRole('combobox', { name: /Search areas|搜索地区/ });
  await box.fill('');
  await box.pressSequentially(text);
  return box;
}

test('search → panel → reader → map, Back/Forward, languages, and the shared URL restores the view', async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  const watch = await openMap(page, './?lang=en');
  const heading = page.locator('#area-panel h2');

  // "/" focuses the search; pinyin finds 怀柔科学城
  await page.locator('body').press('/');
  const box = page.getByRole('combobox', { name: 'Search areas or industries' });
  await expect(box).toBeFocused();
  await box.pressSequentially('huairou');
  const listbox = page.locator(`#${await box.getAttribute('aria-controls')}`);
  await expect(listbox).toHaveRole('listbox');
  const option = listbox.getByRole('option', { name: /怀柔科学城/ }).first();
  await expect(option).toBeVisible();
  while ((await option.getAttribute('aria-selected')) !== 'true') await box.press('ArrowDown');
  await box.press('Enter');
  await expect(heading).toContainText('怀柔科学城');
  await expect(heading).toBeFocused();
  // one of its plan sentences (read from the data, not copied here)
  await expect(page.locator('#area-panel .task-zh').first()).toHaveText(HUAIROU_SC.tasks[0].zh);
  await expect(page.locator('#selection-announcer')).toHaveText('Selected: Huairou Science City 怀柔科学城');
  await urlWritten(page);
  expect(new URL(page.url()).searchParams.get('area')).toBe('huairou-science-city');
  await expectNoAxeViolations(page);

  // initials: "hr" → 怀柔
  await search(page, 'hr');
  await expect(listbox.getByRole('option', { name: /怀柔/ }).first()).toBeVisible();
  await page.getByRole('combobox').press('Escape');
  await expect(listbox).toBeHidden();

  // a second selection, then Back / Forward
  await search(page, 'haidian');
  await page.getByRole('combobox').press('Enter');
  await expect(heading).toContainText('海淀区');
  await urlWritten(page);
  await page.goBack();
  await expect(heading).toContainText('怀柔科学城');
  await page.goForward();
  await expect(heading).toContainText('海淀区');
  await urlWritten(page);
  await page.goBack();
  await expect(heading).toContainText('怀柔科学城');

  // language: UI text, <html lang> and the map labels' text-field
  const enLabels = await labelField(page);
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.locator('h1')).toHaveText(atlasTitleZh());
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(await labelField(page)).not.toBe(enLabels);
  expect(await labelField(page)).toContain('name_zh');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('h1')).toHaveText('Beijing Innovation Atlas');
  expect(await labelField(page)).toBe(enLabels);

  // a layer off, so the link carries it
  await page.getByRole('checkbox', { name: 'Water' }).uncheck();

  // map → text: a task opens the reader at its sentence, highlighted
  const task = HUAIROU_SC.tasks[HUAIROU_SC.tasks.length - 1];
  await page
    .locator('#area-panel .task')
    .filter({ hasText: task.zh })
    .getByRole('button', { name: 'Read in the plan' })
    .click();
  const reader = page.locator('#reader-panel');
  await expect(reader.locator('[data-target="start"]')).toBeVisible();
  expect((await reader.locator('mark.mark-target').allTextContents()).join('')).toBe(task.zh);
  await expect(reader.locator('[data-target="start"]')).toBeInViewport();
  await expect(reader.locator('[data-target="start"]')).toBeFocused();
  // scrolled deep into the plan, the reader still shows its title, its close button and the section being read, and
  // the sentence is not under them
  const sticky = reader.locator('.reader-sticky');
  await expect(sticky.getByRole('button', { name: 'Close', exact: true })).toBeInViewport();
  await expect(sticky.getByTestId('reader-where')).toContainText(
    /[（(]/.test(task.section) ? `（${/\((.+)\)$/.exec(task.section)![1]}）` : `${task.section}、`,
  );
  const stickyBottom = (await sticky.boundingBox())!.y + (await sticky.boundingBox())!.height;
  expect((await reader.locator('[data-target="start"]').boundingBox())!.y).toBeGreaterThanOrEqual(
    stickyBottom,
  );
  // the selected area's passages are marked
  expect(await reader.locator('mark.mark-passage').count()).toBeGreaterThan(0);
  await urlWritten(page);
  expect(new URL(page.url()).searchParams.get('panel')).toBe('reader');
  expect(new URL(page.url()).searchParams.get('sec')).toBe(task.section);
  await expectNoAxeViolations(page);

  // in-text search with next / previous
  await reader.getByLabel('Search the plan text').fill('怀柔');
  await expect(reader.locator('.reader-count')).toHaveText(/^1 of \d+$/);
  await reader.getByRole('button', { name: 'Next match' }).click();
  await expect(reader.locator('.reader-count')).toHaveText(/^2 of \d+$/);
  await expect(reader.locator('mark.mark-hit-current')).toBeInViewport();
  await reader.getByLabel('Search the plan text').fill('');

  // the shared URL reproduces the view in a new page
  await urlWritten(page);
  const shared = page.url();
  const before = await storeState(page);
  expect(before.visibleLayers.water).toBe(false);
  const page2 = await context.newPage();
  const watch2 = await openMap(page2, shared);
  await expect(
    page2.locator('#reader-panel [data-target], #reader-panel .plan-section').first(),
  ).toBeVisible();
  expect(await storeState(page2)).toEqual(before);
  await expect(page2.locator('html')).toHaveAttribute('lang', 'en');
  await page2.close();
  await page.bringToFront();

  // text → map: a place name in the reader selects it on the map
  const place = reader.locator('button.place-link[data-area="haidian"]').first();
  await place.click();
  expect((await storeState(page)).selectedId).toBe('haidian');
  await expect(reader).toBeVisible();

  // the visitor's own scrolling moves `sec` along (a shared link opens where they were reading)
  await urlWritten(page);
  const secBefore = new URL(page.url()).searchParams.get('sec');
  await reader.hover();
  await page.mouse.wheel(0, 4000);
  await expect.poll(() => new URL(page.url()).searchParams.get('sec')).not.toBe(secBefore);
  await urlWritten(page);
  const secNow = new URL(page.url()).searchParams.get('sec')!;
  await expect(reader.locator(`.plan-section[data-section="${secNow}"]`)).toBeInViewport();

  // indicators: value and quote, and the quote opens the reader there
  await page.getByRole('button', { name: 'Targets', exact: true }).click();
  const indicators = page.locator('#indicators-panel');
  await expect(indicators.getByRole('heading', { level: 2 })).toBeFocused();
  const first = atlas.indicators[0];
  await expect(indicators.locator(`[data-indicator="${first.id}"] blockquote`).first()).toHaveText(
    first.quote,
  );
  await expect(indicators.locator(`[data-indicator="${first.id}"]`)).toContainText(`${first.value}`);
  await expectNoAxeViolations(page);
  await indicators
    .locator(`[data-indicator="${first.id}"]`)
    .getByRole('button', { name: 'Read in the plan' })
    .first()
    .click();
  expect((await reader.locator('mark.mark-target').allTextContents()).join('')).toBe(first.quote);

  // share: the link is copied
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Share' }).click();
  await page
    .getByRole('dialog', { name: 'Share this view' })
    .getByRole('button', { name: 'Copy link' })
    .click();
  await expect(page.getByText('Link copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  await page.keyboard.press('Escape');

  expectCleanPage(watch);
  expectCleanPage(watch2);
});

function atlasTitleZh() {
  return '北京国际科技创新中心建设规划图集';
}

test('malformed or unknown URL values load the app with a visible notice and no uncaught error', async ({
  page,
}) => {
  const origin = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
  const watch = watchPage(page, origin);
  const cases = [
    '?area=%E4%ZZ',
    '?area=nonexistent',
    '?lang=fr',
    '?layers=x,y',
    `?area=${'a'.repeat(100_000)}`,
    '?sec=%',
  ];
  // the preview server refuses a request line that long (431), so that one page is served from the route; the
  // browser still starts with the 100 kB query in its address bar
  await page.route(
    (url) => url.search.length > 10_000,
    async (route) =>
      route.fulfill({ response: await route.fetch({ url: new URL('./', route.request().url()).href }) }),
  );
  for (const query of cases) {
    await page.goto(`./${query}`);
    const notice = page.locator('.url-notice');
    await expect(notice, query.slice(0, 40)).toBeVisible();
    await expect(page.locator('.url-notices')).toHaveAttribute('role', 'status');
    await expect(page.locator('h1')).toBeVisible();
    // the bad value is gone from the address bar
    expect(page.url().length).toBeLessThan(400);
  }
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.locator('.url-notice')).toHaveCount(0);
  expect(watch.consoleErrors).toEqual([]);
});

test('phone (390 px): bottom sheet, no horizontal scroll', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const page = await context.newPage();
  await openMap(page, './?area=huairou-science-city&lang=zh');
  const sheet = page.locator('.panel-host');
  await expect(page.locator('#area-panel h2')).toContainText('怀柔科学城');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await sheet.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
  // the header: the panels' buttons in one row (in Chinese they fit; the longer English ones scroll inside it), and
  // the downloads still say what they are
  const switcher = page.locator('.panel-switcher');
  const tops = await switcher
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().top)));
  expect(new Set(tops).size, 'panel buttons in one row').toBe(1);
  await expect(page.locator('.downloads-label:visible')).toHaveText('数据');
  expect((await page.locator('.app-header').boundingBox())!.height).toBeLessThanOrEqual(160);
  // the controls over the map stay clear of one another in both languages (English labels are the longer ones)
  for (const language of ['zh', 'en'] as const) {
    if (language === 'en') await page.getByRole('button', { name: 'English', exact: true }).click();
    const controls = ['.view-switch', '.save-image button', '.maplibregl-ctrl-zoom-in'];
    const boxes = await Promise.all(controls.map(async (c) => (await page.locator(c).boundingBox())!));
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        const overlap =
          a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${controls[i]} and ${controls[j]} overlap (${language})`).toBe(false);
      }
  }
  // in English the panels' buttons are longer than the row: it scrolls by itself, the header stays within the screen,
  // and the last button can be scrolled to
  expect(await page.locator('.app-header').evaluate((el) => el.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await switcher.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  const lastPanel = switcher.getByRole('button').last();
  await lastPanel.scrollIntoViewIfNeeded();
  await expect(lastPanel).toBeInViewport();
  await page.getByRole('button', { name: '中文', exact: true }).click();
  const toggle = page.getByRole('button', { name: /收起面板/ });
  await toggle.click();
  await expect(page.locator('#area-panel')).toBeHidden();
  await page.getByRole('button', { name: /展开面板/ }).click();
  await expect(page.locator('#area-panel')).toBeVisible();
  await page.getByRole('button', { name: '规划原文', exact: true }).click();
  await expect(page.locator('#reader-panel .plan-section').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // a pick far down the list under the map brings the map back into view, where the place is framed
  await page.getByRole('button', { name: /收起面板/ }).click();
  const last = page.locator('#area-list button.area-button').last();
  await last.scrollIntoViewIfNeeded();
  await expect(page.locator('#map')).not.toBeInViewport();
  await last.click();
  await expect(last).toHaveAttribute('aria-current', 'true');
  await expect(page.locator('#map')).toBeInViewport();
  await context.close();
});

test('phone (390 px): a place tapped low on the map pans clear of the sheet that opens for it', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const page = await context.newPage();
  await openMap(page, './?lang=zh');
  const canvas = (await page.locator('#map canvas').first().boundingBox())!;
  const tap = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height - 40 };
  const tapped = await page.evaluate(
    ([x, y]) => {
      type M = { unproject: (p: [number, number]) => { toArray: () => [number, number] } };
      return (window as unknown as { __atlasMap: M }).__atlasMap.unproject([x, y]).toArray();
    },
    [tap.x - canvas.x, tap.y - canvas.y],
  );
  await page.touchscreen.tap(tap.x, tap.y);
  await expect(page.locator('#area-panel h2')).toBeVisible();
  await settleMap(page, { quietMs: 300, before: 300 });
  const sheetTop = (await page.locator('.panel-host').boundingBox())!.y;
  // the sheet now lies over the place where it was tapped: the map has moved the place up into sight
  expect(tap.y).toBeGreaterThan(sheetTop);
  expect((await pagePointAt(page, tapped)).y).toBeLessThan(sheetTop - 20);
  // a tap high on the map, clear of the sheet, opens what is there and leaves the camera where it is
  // what a tap opened: an area, or a link arc drawn across it
  const selected = () =>
    page.evaluate(() => {
      type S = { selectedId: string | null; selectedLinkId: string | null };
      const state = (window as unknown as { __atlasStore: { getState: () => S } }).__atlasStore.getState();
      return state.selectedId ?? state.selectedLinkId;
    });
  const low = await selected();
  // 朝阳区, now in the upper part of the map
  const high = await pagePointAt(page, [116.52, 39.95]);
  expect(high.y).toBeGreaterThan(canvas.y + 40);
  expect(high.y).toBeLessThan(sheetTop - 60);
  const before = await page.evaluate(
    () =>
      (window as unknown as { __atlasMap: { getCenter: () => { lat: number } } }).__atlasMap.getCenter().lat,
  );
  await page.touchscreen.tap(high.x, high.y);
  await expect.poll(selected).not.toBe(low);
  expect(await selected()).not.toBeNull();
  await settleMap(page, { quietMs: 300, before: 300 });
  const after = await page.evaluate(
    () =>
      (window as unknown as { __atlasMap: { getCenter: () => { lat: number } } }).__atlasMap.getCenter().lat,
  );
  expect(after).toBe(before);
  await context.close();
});

test('the area list scrolls to its last entry, which opens its area', async ({ page }) => {
  // the list draws only the entries near the screen (area-list.css): every one is still there to scroll to and open
  const watch = await openMap(page, './?lang=en');
  const buttons = page.locator('#area-list button.area-button');
  await expect(buttons).toHaveCount(atlas.areas.length);
  const last = buttons.last();
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  const name = (await last.locator('.name-primary').innerText()).trim();
  await last.click();
  await expect(page.locator('#area-panel h2')).toContainText(name);
  expectCleanPage(watch);
});

test('without WebGL the list view selects every area by keyboard, and passes axe', async ({ page }) => {
  await disableWebGL(page);
  await page.goto('./?lang=en');
  const list = page.locator('#area-list');
  await expect(list.locator('button.area-button')).toHaveCount(atlas.areas.length);
  await expectNoAxeViolations(page);
  const button = list.getByRole('button', { name: /Huairou Science City/ }).first();
  await button.focus();
  await page.keyboard.press('Enter');
  const heading = page.locator('#area-panel h2');
  await expect(heading).toContainText('Huairou Science City');
  await expect(heading).toBeFocused();
  await expectNoAxeViolations(page);
});

test('search finds a field and a phrase of the attached plan sentences, and opens each', async ({ page }) => {
  const watch = await openMap(page, './?lang=zh');
  const box = page.getByRole('combobox', { name: '搜索地区或产业' });
  const listbox = page.locator(`#${await box.getAttribute('aria-controls')}`);

  // a field of the plan: its industry's profile, with the map filtered to the field
  await search(page, '新型存储器');
  const field = listbox.getByRole('option').first();
  await expect(field).toContainText('新型存储器');
  await expect(field).toContainText('领域 · 集成电路');
  await box.press('Enter');
  await expect(page.locator('#industry-panel h2')).toContainText('集成电路');
  await urlWritten(page);
  const fieldUrl = new URL(page.url()).searchParams;
  expect([fieldUrl.get('panel'), fieldUrl.get('industry'), fieldUrl.get('fld')]).toEqual([
    'industry',
    'ic',
    'new-memory',
  ]);

  // a phrase found only in a sentence attached to places: the snippet marks it; the place opens on its sentence
  const phrase = '疫苗大规模生产基地';
  const etdz = area('etdz');
  const task = etdz.tasks.find((t) => t.zh.includes(phrase))!;
  await search(page, phrase);
  const hit = listbox.getByRole('option').filter({ hasText: etdz.name_zh }).first();
  await expect(hit.locator('mark')).toHaveText(phrase);
  await expect(hit).toContainText(task.section);
  await hit.click();
  await expect(page.locator('#area-panel h2')).toContainText(etdz.name_zh);
  await urlWritten(page);
  expect(new URL(page.url()).searchParams.get('area')).toBe('etdz');
  await expect(page.locator('#area-panel .task-zh').filter({ hasText: phrase }).first()).toHaveText(task.zh);
  expectCleanPage(watch);
});

test('the reader marks the sentences the atlas quotes, says where, and opens them there', async ({
  page,
}) => {
  const watch = await openMap(page, `./?panel=reader&sec=${encodeURIComponent('七.(一)')}&lang=zh`);
  const reader = page.locator('#reader-panel');
  await expect(reader.locator('.reader-legend')).toContainText(/全文 663 句中有 \d+ 句被引用/);
  // the Huairou nodes sentence of 七.(一) is a task of 怀柔科学城
  const paragraph = reader.locator('p').filter({ hasText: '打造城市客厅、雁栖小镇' });
  await expect(paragraph.locator('.mark-attached').first()).toBeVisible();
  const marker = paragraph.getByRole('button', { name: /本句被图集引用 \d+ 处/ }).first();
  await marker.click();
  await expect(marker).toHaveAttribute('aria-expanded', 'true');
  const where = paragraph.getByRole('group', { name: '本句在图集中的引用处' });
  await expect(where).toContainText('地点：');
  await where.getByRole('button', { name: HUAIROU_SC.name_zh, exact: true }).click();
  await expect(page.locator('#area-panel h2')).toContainText(HUAIROU_SC.name_zh);
  await urlWritten(page);
  expect(new URL(page.url()).searchParams.get('area')).toBe(HUAIROU_SC.id);
  const state = await storeState(page);
  expect([state.selectedId, state.panel]).toEqual([HUAIROU_SC.id, 'area']);
  // Back returns to the reader
  await page.goBack();
  await expect(reader.locator('.reader-legend')).toBeVisible();
  expectCleanPage(watch);
});
