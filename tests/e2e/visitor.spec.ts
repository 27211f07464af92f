// A visitor's way in: the first screen (once, never for a shared link, each button into its flow), the guided tour
// (every stop framed and quoted, tour=N in the URL, Back/Forward, reduced motion), the embed view, the Share dialog
// (link, <iframe> snippet, citation) and framing by the security headers; axe on each, zh and EN, desktop and phone.
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Atlas, TourStop } from '../../src/data/types';
import { clickMapAt, expectCleanPage, expectNoAxeViolations, openMap, urlWritten } from './helpers';
import { WELCOME_SEEN_KEY } from '../../src/store/firstVisit';
import { VIEW_BOUNDS } from '../../src/map/views';

const atlas = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as Atlas;
const tour: TourStop[] = atlas.tour ?? [];
const areaById = new Map(atlas.areas.map((a) => [a.id, a]));
const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
const PHONE = { width: 390, height: 844 };

// every test here starts as a first-time visitor (the config's default is a returning one) whose browser asks for zh
test.use({ storageState: { cookies: [], origins: [] }, locale: 'zh-CN' });
// each test loads the map several times (software WebGL)
test.describe.configure({ timeout: 240_000 });

const welcome = (page: Page) => page.locator('dialog.welcome');
const tourCard = (page: Page) => page.locator('.tour-card');

type Camera = { lng: number; lat: number; moving: boolean };
const camera = (page: Page) =>
  page.evaluate(() => {
    type M = { getCenter: () => { lng: number; lat: number }; isMoving: () => boolean };
    const map = (window as unknown as { __atlasMap: M }).__atlasMap;
    const c = map.getCenter();
    return { lng: c.lng, lat: c.lat, moving: map.isMoving() } as Camera;
  });

/** Waits until the camera has stopped, then returns where it is. */
async function settledCamera(page: Page): Promise<Camera> {
  await expect.poll(async () => (await camera(page)).moving, { timeout: 20_000 }).toBe(false);
  await page.waitForTimeout(150);
  await expect.poll(async () => (await camera(page)).moving).toBe(false);
  return camera(page);
}

/**
 * The stop's places whose label point is not in view: outside the map, or under the tour card. Empty once the camera
 * shows them all beside the card.
 */
function placesOutOfView(page: Page, stop: TourStop): Promise<string[]> {
  const points = stop.places.map((id) => [id, areaById.get(id)!.center!] as const);
  return page.evaluate((pts) => {
    type M = {
      project: (ll: readonly [number, number]) => { x: number; y: number };
      getCanvas: () => Element;
    };
    const map = (window as unknown as { __atlasMap: M }).__atlasMap;
    const canvas = map.getCanvas().getBoundingClientRect();
    const card = document.querySelector('.tour-card')?.getBoundingClientRect();
    return pts
      .filter(([, ll]) => {
        const p = map.project(ll);
        const [x, y] = [canvas.left + p.x, canvas.top + p.y];
        const onMap = x >= canvas.left && x <= canvas.right && y >= canvas.top && y <= canvas.bottom;
        const underCard = card && x >= card.left && x <= card.right && y >= card.top && y <= card.bottom;
        return !onMap || underCard;
      })
      .map(([id]) => id);
  }, points);
}

/** Waits until the camera has stopped with every place of the stop in view beside the card. */
async function expectStopInView(page: Page, stop: TourStop) {
  await expect
    .poll(async () => ((await camera(page)).moving ? ['(moving)'] : placesOutOfView(page, stop)), {
      message: `${stop.id}: places in view`,
      timeout: 30_000,
    })
    .toEqual([]);
}

const storeTour = (page: Page) =>
  page.evaluate(
    () =>
      (
        window as unknown as { __atlasStore: { getState: () => { tourStop: number | null } } }
      ).__atlasStore.getState().tourStop,
  );

test('the first screen greets a first visit once, and never a shared link', async ({ page, browser }) => {
  const watch = await openMap(page, './?utm_source=newsletter');
  await expect(welcome(page)).toBeVisible();
  await expect(page.getByRole('dialog', { name: '这张地图讲的是什么' })).toBeVisible();
  await expect(welcome(page)).toContainText('三城一区');
  // the legend is there at a glance: one entry per colour the map draws
  await expect(welcome(page).locator('.welcome-legend li')).toHaveCount(
    await page.locator('.legend [data-legend-entry]').count(),
  );
  await page.keyboard.press('Escape');
  await expect(welcome(page)).toBeHidden();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('atlas.welcome-seen'))).toBe('1');
  await openMap(page, './');
  await expect(page.locator('#area-list')).toBeVisible();
  await expect(welcome(page)).toHaveCount(0);

  // a shared link opens on its view, even for someone who has never been here
  const fresh = await browser.newContext();
  const shared = await fresh.newPage();
  await openMap(shared, './?area=haidian&lang=en');
  await expect(shared.locator('#area-panel h2')).toContainText('Haidian');
  await expect(welcome(shared)).toHaveCount(0);
  const camera = await fresh.newPage();
  await openMap(camera, './#9/40.2/116.4');
  await expect(welcome(camera)).toHaveCount(0);
  await fresh.close();
  expectCleanPage(watch);
});

test('each button of the first screen leads into its flow', async ({ page }) => {
  const choose = async (name: string) => {
    // the plain address again, with nothing remembered
    await page.evaluate(() => localStorage.clear());
    // the first screen comes with the loaded app: wait for the map, as on a busy machine that can take a while
    await openMap(page, './?utm_source=x');
    await expect(welcome(page)).toBeVisible();
    await welcome(page).getByRole('button', { name, exact: true }).click();
    await expect(welcome(page)).toBeHidden();
    // the dialog's close event, which remembers that it was seen, comes a task after it hides: on a busy machine it
    // could come after the next visit's clear() above, and that visit would open without the first screen
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), WELCOME_SEEN_KEY)).toBe('1');
  };
  await page.goto('./');
  await choose('浏览地图');
  await expect(page.getByRole('combobox', { name: /搜索地区/ })).toBeFocused();

  await choose('按产业筛选');
  await expect(page.locator('.panel-host-filter')).toBeVisible();
  await expect(page).toHaveURL(/panel=filter/);

  await choose('比较地区');
  await expect(page.locator('.panel-host-compare')).toBeVisible();
  await expect(page).toHaveURL(/panel=compare/);

  await choose('跟随导览');
  await expect(tourCard(page)).toBeVisible();
  await expect(tourCard(page).locator('h2')).toHaveText(tour[0].title_zh);
  await expect(page).toHaveURL(/tour=1/);
});

test('the tour visits every stop: framed, highlighted, quoted; tour=N and Back/Forward restore it', async ({
  page,
  browser,
}) => {
  expect(tour.length).toBeGreaterThanOrEqual(6);
  // a first visit to the plain address in English: the first screen greets it in English
  const watch = await openMap(page, './?lang=en');
  await expect(page.getByRole('dialog', { name: 'What this map is about' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(welcome(page)).toBeHidden();
  await page.getByRole('button', { name: 'Tour', exact: true }).click();
  for (const [i, stop] of tour.entries()) {
    await expect(page).toHaveURL(new RegExp(`tour=${i + 1}(&|#|$)`));
    await expect(tourCard(page).locator('h2')).toHaveText(stop.title_en);
    await expect(tourCard(page)).toContainText(`Stop ${i + 1} of ${tour.length}`);
    for (const quote of stop.quotes) {
      await expect(tourCard(page).getByText(quote.zh, { exact: true })).toBeVisible();
      await expect(tourCard(page)).toContainText(`Section ${quote.section}`);
    }
    await expectStopInView(page, stop);
    // the stop's places are highlighted on the map (feature-state `featured` on the first one's shapes)
    const lit = await page.evaluate((id) => {
      type M = {
        getStyle: () => { sources: Record<string, unknown> };
        getFeatureState: (f: { source: string; id: string }) => Record<string, unknown>;
      };
      const map = (window as unknown as { __atlasMap: M }).__atlasMap;
      return Object.keys(map.getStyle().sources).some(
        (source) => map.getFeatureState({ source, id }).featured,
      );
    }, stop.places[0]);
    expect(lit, `${stop.id}: ${stop.places[0]} highlighted`).toBe(true);
    // alternate the keyboard and the button
    if (i < tour.length - 1) {
      if (i % 2 === 0) await page.keyboard.press('ArrowRight');
      else await tourCard(page).getByRole('button', { name: 'Next' }).click();
    }
  }
  await expect(tourCard(page).getByRole('button', { name: 'Finish the tour' })).toBeVisible();

  // Back and Forward walk the tour
  await urlWritten(page);
  await page.goBack();
  await expect(tourCard(page).locator('h2')).toHaveText(tour[tour.length - 2].title_en);
  await page.keyboard.press('ArrowLeft');
  await expect(tourCard(page).locator('h2')).toHaveText(tour[tour.length - 3].title_en);
  await urlWritten(page);
  await page.goBack();
  await page.goForward();
  await expect(tourCard(page).locator('h2')).toHaveText(tour[tour.length - 3].title_en);

  // "more about" opens the stop's area in its panel; Esc ends the tour, and the map shows the whole of Beijing again
  // (the view the tour began in), not the last stop's close-up
  await page.keyboard.press('Escape');
  await expect(tourCard(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/tour=/);
  await page.waitForFunction(([w, s, e, n]) => {
    type M = { getBounds: () => { contains: (p: [number, number]) => boolean }; isMoving: () => boolean };
    const map = (window as unknown as { __atlasMap: M }).__atlasMap;
    return !map.isMoving() && map.getBounds().contains([w, s]) && map.getBounds().contains([e, n]);
  }, VIEW_BOUNDS.beijing);
  // framed as the Beijing view, not merely zoomed out past it
  await expect(
    page.getByRole('group', { name: 'Map extent' }).getByRole('button', { name: 'Beijing', exact: true }),
  ).toHaveAttribute('aria-pressed', 'true');
  await urlWritten(page);
  await page.goBack();
  await expect(tourCard(page)).toBeVisible();
  expect(await storeTour(page)).toBe(tour.length - 3);

  // a link with tour=N (no camera) opens on that stop, framed
  const jjj = tour.findIndex((s) => s.id === 'jjj');
  const page2 = await browser.newPage();
  const watch2 = await openMap(page2, `./?lang=en&tour=${jjj + 1}`);
  await expect(tourCard(page2).locator('h2')).toHaveText(tour[jjj].title_en);
  await expectStopInView(page2, tour[jjj]);
  const second = tour.findIndex((s) => s.area);
  await openMap(page2, `./?lang=en&tour=${second + 1}`);
  const area = areaById.get(tour[second].area!)!;
  await tourCard(page2)
    .getByRole('button', { name: `More about ${area.name_en}` })
    .click();
  await expect(page2.locator('#area-panel h2')).toContainText(area.name_en);
  await page2.close();
  expectCleanPage(watch);
  expectCleanPage(watch2);
});

/**
 * How the camera went to the next stop: the cameras shown in between the last one and the stop's (none for a jump; for
 * a flight as many as the machine drew frames, which on a busy machine can be none), and whether the move outlived the
 * task that started it (a jump starts and ends in one go; a flight ends frames later).
 */
async function moveToNextStop(page: Page): Promise<{ between: number; animated: boolean }> {
  await page.evaluate(() => {
    type M = {
      on: (t: string, f: () => void) => void;
      getCenter: () => { lng: number; lat: number };
      getZoom: () => number;
    };
    const w = window as unknown as {
      __atlasMap: M;
      __cameras?: string[];
      __moves?: boolean[];
      __moving?: boolean;
    };
    const now = () => {
      const c = w.__atlasMap.getCenter();
      return `${c.lng.toFixed(5)},${c.lat.toFixed(5)},${w.__atlasMap.getZoom().toFixed(3)}`;
    };
    if (w.__cameras === undefined) {
      w.__atlasMap.on('move', () => w.__cameras!.push(now()));
      // true while the task that started the move runs: a move that ends then was not animated
      w.__atlasMap.on('movestart', () => {
        w.__moving = true;
        queueMicrotask(() => (w.__moving = false));
      });
      w.__atlasMap.on('moveend', () => w.__moves!.push(!w.__moving));
    }
    w.__cameras = [now()];
    w.__moves = [];
  });
  const seen = () =>
    page.evaluate(() => {
      const w = window as unknown as { __cameras: string[]; __moves: boolean[] };
      return { cameras: w.__cameras, moves: w.__moves };
    });
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => storeTour(page)).toBe(1);
  // the camera has set off, reached the stop and stopped
  await expect.poll(async () => new Set((await seen()).cameras).size).toBeGreaterThan(1);
  await expectStopInView(page, tour[1]);
  const { cameras, moves } = await seen();
  const [from, to] = [cameras[0], cameras[cameras.length - 1]];
  return {
    between: new Set(cameras.filter((c) => c !== from && c !== to)).size,
    animated: moves.some((m) => m),
  };
}

test('with reduced motion the tour jumps to each stop instead of flying', async ({ browser }) => {
  const open = async (reducedMotion: 'reduce' | 'no-preference') => {
    const context = await browser.newContext({ reducedMotion });
    const page = await context.newPage();
    await openMap(page, './?lang=en&tour=1');
    await expectStopInView(page, tour[0]);
    return { context, page };
  };
  const still = await open('reduce');
  const jump = await moveToNextStop(still.page);
  const moving = await open('no-preference');
  const flight = await moveToNextStop(moving.page);
  expect(jump, 'the move to the next stop with reduced motion').toEqual({ between: 0, animated: false });
  expect(flight.animated, 'the move to the next stop without reduced motion is animated').toBe(true);
  await still.context.close();
  await moving.context.close();
});

test('embed=1: a minimal header, no side list, and areas can still be selected', async ({ page }) => {
  const watch = await openMap(page, './?embed=1&lang=en');
  await expect(page.locator('.app-header-embed h1')).toHaveText('Beijing Innovation Atlas');
  await expect(page.locator('.sidebar')).toHaveCount(0);
  await expect(page.locator('#area-list')).toHaveCount(0);
  await expect(page.getByRole('combobox')).toHaveCount(0);
  await expect(welcome(page)).toHaveCount(0);
  const yanqing = areaById.get('yanqing')!;
  await clickMapAt(page, yanqing.center!);
  await expect(page.locator('#area-panel h2')).toContainText('Yanqing');
  await expect(page).toHaveURL(/area=yanqing.*embed=1/);
  const open = page.getByRole('link', { name: 'Open the full atlas' });
  await expect(open).toHaveAttribute('target', '_blank');
  const href = await open.getAttribute('href');
  expect(href).toContain('area=yanqing');
  expect(href).not.toContain('embed');
  // the language switch is there
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.locator('.app-header-embed h1')).toHaveText('北京国际科技创新中心建设规划图集');
  expectCleanPage(watch);
});

test('Share: the link, the embed snippet and the citation are copied; the snippet frames on the own origin', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const zgc = tour.findIndex((s) => s.id === 'zgc-science-city');
  const watch = await openMap(page, `./?lang=en&tour=${zgc + 1}`);
  await settledCamera(page);
  await page.getByRole('button', { name: 'Share' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this view' });
  await expect(dialog).toBeVisible();
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Link copied');
  expect(await clipboard()).toBe(page.url());

  await dialog.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Embed code copied');
  const snippet = await clipboard();
  await urlWritten(page);
  const hash = new URL(page.url()).hash;
  expect(snippet).toBe(
    `<iframe src="${ORIGIN}/?lang=en&amp;tour=${zgc + 1}&amp;embed=1${hash}" ` +
      'title="Beijing Innovation Atlas (interactive map)" width="100%" height="520" style="border:0" loading="lazy"></iframe>',
  );

  await dialog.getByRole('button', { name: 'Copy citation' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Citation copied');
  const today = new Date().toISOString().slice(0, 10);
  expect(await clipboard()).toBe(
    `《${atlas.source.title}》, section ${tour[zgc].quotes[0].section}. In: Beijing Innovation Atlas, ${page.url()} (accessed ${today}).`,
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Share' })).toBeFocused();

  // the snippet pasted into a page of the atlas's own origin shows the embed view (frame-ancestors 'self')
  await page.route(`${ORIGIN}/embed-host.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>host</title>${snippet}` }),
  );
  await page.goto(`${ORIGIN}/embed-host.html`);
  const frame = page.frameLocator('iframe');
  await frame.locator('#map[data-map-ready="true"]').waitFor({ state: 'attached', timeout: 45_000 });
  await expect(frame.locator('.app-header-embed')).toBeVisible();
  await expect(frame.locator('.tour-card h2')).toHaveText(tour[zgc].title_en);
  expectCleanPage(watch);
});

test('another origin may not frame the atlas unless the host allows it (frame-ancestors)', async ({
  page,
}) => {
  // localhost is another origin than 127.0.0.1
  const other = ORIGIN.replace('127.0.0.1', 'localhost');
  await page.route(`${other}/host.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>host</title><iframe src="${ORIGIN}/?embed=1" title="atlas"></iframe>`,
    }),
  );
  // the headers the embed URL is served with
  const response = await page.request.get(`${ORIGIN}/?embed=1`);
  expect(response.headers()['content-security-policy']).toMatch(/frame-ancestors 'self'$/);
  expect(response.headers()['x-frame-options']).toBe('SAMEORIGIN');
  await page.goto(`${other}/host.html`);
  // Chromium replaces a refused frame with its error page: the atlas never runs there
  await expect.poll(() => page.frames()[1]?.url() ?? '', { timeout: 15_000 }).toMatch(/^chrome-error:/);
});

/** Opens `path` in a fresh first-visit context of the given size; returns the page. */
async function pageAt(
  browser: Browser,
  size: { width: number; height: number },
  path: string,
  locale = 'zh-CN',
) {
  const context = await browser.newContext({ viewport: size, hasTouch: size.width < 500, locale });
  const page = await context.newPage();
  await openMap(page, path);
  return page;
}

// one page per size: the first screen in the browser's language, the tour card in both languages, then the embed view
for (const [device, size, lang] of [
  ['desktop', { width: 1280, height: 800 }, 'zh'],
  ['phone', PHONE, 'en'],
] as const) {
  const other = lang === 'zh' ? 'en' : 'zh';
  test(`axe: first screen (${lang}), tour card (zh, en) and embed view (${other}) pass (${device})`, async ({
    browser,
  }) => {
    // a first visit: the language is the browser's
    const page = await pageAt(browser, size, './', lang === 'zh' ? 'zh-CN' : 'en-US');
    await expect(welcome(page)).toBeVisible();
    await expect(welcome(page).locator('h2')).toHaveText(
      lang === 'zh' ? '这张地图讲的是什么' : 'What this map is about',
    );
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(size.width);

    // the tour from the first screen, on to the stop with the most places (the 16 sub-parks)
    await welcome(page)
      .getByRole('button', { name: lang === 'zh' ? '跟随导览' : 'Take the tour', exact: true })
      .click();
    await expect(tourCard(page)).toBeVisible();
    for (let stop = 1; stop < 6; stop++) await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/tour=6(&|#|$)/);
    for (const shown of [lang, other]) {
      if (shown !== lang)
        await page.getByRole('button', { name: shown === 'zh' ? '中文' : 'English' }).click();
      await expect(tourCard(page).locator('h2')).toHaveText(
        shown === 'zh' ? tour[5].title_zh : tour[5].title_en,
      );
      await expectNoAxeViolations(page);
    }
    if (device === 'phone') {
      // a card at the bottom of the map, full width
      const card = (await tourCard(page).boundingBox())!;
      const map = (await page.locator('.map-area').boundingBox())!;
      expect(card.width).toBeGreaterThanOrEqual(size.width - 2);
      expect(Math.abs(card.y + card.height - (map.y + map.height))).toBeLessThanOrEqual(2);
      // on a tour the map fills the screen under the header, so the card and the places above it both have room
      const header = (await page.locator('.app-header').boundingBox())!;
      expect(map.y + map.height).toBeGreaterThanOrEqual(size.height - 2);
      expect(map.y).toBeLessThanOrEqual(header.y + header.height + 1);
    }

    await openMap(page, `./?lang=${other}&embed=1`);
    await expect(page.locator('.app-header-embed')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.context().close();
  });
}
