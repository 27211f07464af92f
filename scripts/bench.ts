// `npm run bench`: builds, serves dist/ on loopback and measures in Chromium — our app vs bare MapLibre on the same GeoJSON.
// Prints a table for people and, as its last line, one JSON object for machines. Ratios are what we compare across machines.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/chromium.ts';
import { measureBuild, requestedKbGz } from './lib/sizes.ts';
import { startStaticServer } from './lib/static-server.ts';
import { summarize, type Summary } from './lib/stats.ts';
import { runLighthouse, type LighthouseScores } from './lib/lighthouse.ts';
import { PAGE_PROBE, READ_TIMINGS } from './bench/probe.ts';
import { sameMapStyle } from './bench/sameMapStyle.ts';
import {
  criticalPath,
  medianWaterfall,
  waterfallJson,
  waterfallOf,
  waterfallRows,
  type LoadTimings,
  type Waterfall,
} from './bench/waterfall.ts';
import { scaleSummary, type ScaleSummary } from './bench/scaleSummary.ts';
import { rapidSteps, watchCanvasResizes } from './bench/rapidSteps.ts';
import { medianGpuWork, traceGpuWork, type GpuWork } from './bench/gpuWork.ts';
import { mostlyOwn, type LongFrame, type LongTask } from './bench/longTaskOwners.ts';

const args = process.argv.slice(2);
const runs = Number(args.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 5);
if (!args.includes('--no-build')) {
  const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

async function timeToReady(
  browser: Browser,
  url: string,
): Promise<{ ms: number; heapMb: number; page: Page; timings: LoadTimings; cdp: CDPSession }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.addInitScript(PAGE_PROBE);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(
    () => typeof (globalThis as unknown as { __readyAt?: number }).__readyAt === 'number',
    null,
    { timeout: 60_000 },
  );
  // the text panel is painted a frame after it is in the DOM
  await page.waitForFunction(
    () => {
      const m = (globalThis as unknown as { __moments: Record<string, number> }).__moments;
      return m.text_panel !== undefined || m.text_panel_dom === undefined;
    },
    null,
    { timeout: 10_000 },
  );
  if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
  const ms = await page.evaluate(() => (globalThis as unknown as { __readyAt: number }).__readyAt);
  const timings = (await page.evaluate(READ_TIMINGS)) as LoadTimings;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { ms, heapMb: await heapMb(cdp), page, timings, cdp };
}

/** JS heap in use after a full garbage collection, in MB. */
async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;
}

const longTasksSince = (page: Page, since: number): Promise<LongTask[]> =>
  page.evaluate(
    (t) => (globalThis as unknown as { __longTasks: LongTask[] }).__longTasks.filter((l) => l.start >= t),
    since,
  );

interface ChangeTimes {
  ownJsMs: number[];
  repaintMs: number[];
  /** 'select' or 'filter', one per measurement. */
  kinds: string[];
}

/** What a page's map says about its state: its style and tiles loaded, its camera moving. */
type MapAtRest = { loaded: () => boolean; isMoving: () => boolean };

/**
 * In the page: resolves once `map` has been loaded and still for `quietMs` and the page's frames come at their pace
 * again (three in a row under 34 ms apart: a canvas reallocated by the panel that closed, or the last frames of a
 * camera flight, can hold the GPU process for a tenth of a second), at most `timeoutMs`; as a person's next click comes
 * after the map has settled. A change timed while the previous one's flight, tile loads and frames still run would
 * share their cost: the rapid-use bench times changes that overlap.
 */
const UNTIL_REST = `globalThis.untilRest = async (map, quietMs = 150, timeoutMs = 5000) => {
  const deadline = performance.now() + timeoutMs;
  let since = performance.now();
  while (performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 25));
    if (!map.loaded() || map.isMoving()) since = performance.now();
    else if (performance.now() - since >= quietMs) break;
  }
  let last = performance.now();
  let steady = 0;
  while (steady < 3 && performance.now() < deadline) {
    const now = await new Promise((r) => requestAnimationFrame(r));
    steady = now - last < 34 ? steady + 1 : 0;
    last = now;
  }
}`;
declare const untilRest: (map: MapAtRest, quietMs?: number, timeoutMs?: number) => Promise<void>;

/**
 * Waits until the page's map has been at rest for `quietMs` (untilRest, up to 30 s), and defines untilRest in the page
 * for the timings that follow: the app fills its national context after its first idle, so changes timed at once
 * would share frames with that work, which the reference page does not have.
 */
async function untilMapAtRest(page: Page, quietMs = 500): Promise<void> {
  await page.evaluate(UNTIL_REST);
  await page.evaluate(async (quiet) => {
    const w = globalThis as unknown as { __atlasMap?: MapAtRest; __refMap?: MapAtRest };
    await untilRest((w.__atlasMap ?? w.__refMap)!, quiet, 30_000);
  }, quietMs);
}

/**
 * Reference page: a feature-state dim of every other feature (like the app's filter) → next frame drawn, once its
 * layers read that state (their opacity), as the app's layers read the filter's.
 */
async function timeReferenceFilter(page: Page, count = 6): Promise<number[]> {
  return page.evaluate(async (n) => {
    type MapLike = MapAtRest & { once: (ev: string, cb: () => void) => void };
    const w = globalThis as unknown as {
      __refMap: MapLike;
      __refFilter: () => void;
      __refReadDim: () => void;
    };
    w.__refReadDim();
    await untilRest(w.__refMap, 500, 30_000);
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      await untilRest(w.__refMap);
      const rendered = new Promise<number>((resolve) =>
        w.__refMap.once('render', () => resolve(performance.now())),
      );
      const t0 = performance.now();
      w.__refFilter();
      times.push((await rendered) - t0);
    }
    return times;
  }, count);
}

/** A plain repaint (triggerRepaint → next frame drawn): what one frame costs this machine with these layers. */
async function timePlainRepaints(page: Page, count = 8): Promise<number[]> {
  return page.evaluate(async (n) => {
    type MapLike = { once: (ev: string, cb: () => void) => void; triggerRepaint: () => void };
    const map =
      (globalThis as unknown as { __atlasMap?: MapLike; __refMap?: MapLike }).__atlasMap ??
      (globalThis as unknown as { __refMap: MapLike }).__refMap;
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      await new Promise((r) => setTimeout(r, 150));
      const rendered = new Promise<number>((resolve) => map.once('render', () => resolve(performance.now())));
      const t0 = performance.now();
      map.triggerRepaint();
      times.push((await rendered) - t0);
    }
    return times;
  }, count);
}

/**
 * Closes a first visit's welcome screen as a visitor does (Escape), if it is open: a visitor selects and filters with
 * the map in front of them, not under the modal's backdrop (which the page would composite into every frame).
 */
async function closeFirstScreen(page: Page): Promise<void> {
  const welcome = page.locator('dialog.welcome[open]');
  if ((await welcome.count()) === 0) return;
  await page.keyboard.press('Escape');
  await welcome.waitFor({ state: 'detached', timeout: 10_000 });
}

/**
 * Selection and industry filter changes: our own synchronous JS, and change → next map frame drawn. A selection counts
 * until that frame is drawn and the area panel shows the selected area (whichever is later).
 */
async function timeChanges(page: Page): Promise<ChangeTimes> {
  return page.evaluate(async () => {
    type Store = { getState: () => Record<string, unknown> };
    type MapLike = MapAtRest & { once: (ev: string, cb: () => void) => void };
    const w = globalThis as unknown as { __atlasStore: Store; __atlasMap: MapLike };
    const state = w.__atlasStore.getState();
    const selectArea = state.selectArea as (id: string | null) => void;
    const toggleIndustry = state.toggleIndustry as (id: string) => void;
    const areas = (state.index as { atlas: { areas: { id: string; name_zh: string; name_en: string }[] } })
      .atlas.areas;
    const ids = [
      'haidian',
      'chaoyang',
      'huairou-science-city',
      'future-science-city',
      'etdz',
      'dongcheng',
      'shunyi',
    ];
    // the page's DOM, typed here without the DOM library (this file is checked against Node's types)
    const page = globalThis as unknown as {
      document: { getElementById: (id: string) => { textContent: string | null } | null };
      requestAnimationFrame: (cb: () => void) => number;
    };
    const panelShows = (id: string) => {
      const area = areas.find((a) => a.id === id)!;
      const text = page.document.getElementById('area-panel')?.textContent ?? '';
      return text.includes(area.name_zh) || text.includes(area.name_en);
    };
    const nextFrameWith = (done: () => boolean) =>
      new Promise<number>((resolve) => {
        const check = () => (done() ? resolve(performance.now()) : page.requestAnimationFrame(check));
        check();
      });
    const changes: [string, () => void, () => boolean][] = ids.map((id) => [
      'select',
      () => selectArea(id),
      () => panelShows(id),
    ]);
    changes.push(['select', () => selectArea(null), () => true]);
    for (const ind of ['ai', 'ic', 'ai', 'ic', 'quantum', 'quantum'])
      changes.push(['filter', () => toggleIndustry(ind), () => true]);
    const ownJsMs: number[] = [];
    const repaintMs: number[] = [];
    const kinds: string[] = [];
    for (const [kind, change, shown] of changes) {
      kinds.push(kind);
      await untilRest(w.__atlasMap);
      const rendered = new Promise<number>((resolve) =>
        w.__atlasMap.once('render', () => resolve(performance.now())),
      );
      const t0 = performance.now();
      change();
      ownJsMs.push(performance.now() - t0);
      const frame = await rendered;
      const panel = await nextFrameWith(shown);
      repaintMs.push(Math.max(frame, panel) - t0);
    }
    return { ownJsMs, repaintMs, kinds };
  });
}

interface RapidUse {
  heapAfter100Mb: number;
  heapAfter200Mb: number;
  totalMs: number;
  longTasks: LongTask[];
  /** the long tasks in which the app's own scripts (not MapLibre's) ran for more than half the task */
  ownLongTasks: LongTask[];
  /** each change of the map canvas's size (a drawing-buffer reallocation) */
  canvasResizes: LongTask[];
}

/**
 * 200 interactions as fast as a person clicking at frame rate (scripts/bench/rapidSteps.ts): selections, industry
 * filters, panel switches and Back/Forward (which replay URL states), each followed by the next frame. Heap after GC
 * at 100 and at 200; the long tasks, those that were mostly our scripts (the map canvas's reallocations aside), and
 * those reallocations.
 */
async function rapidUse(page: Page, cdp: CDPSession): Promise<RapidUse> {
  await page.evaluate(watchCanvasResizes);
  const since = await page.evaluate(() => performance.now());
  const batch = async (from: number) => {
    const marks = await page.evaluate(rapidSteps, { from, count: 100 });
    return (await page.evaluate(() => performance.now())) - marks[0].t;
  };
  const first = await batch(0);
  const heapAfter100Mb = await heapMb(cdp);
  const second = await batch(100);
  const heapAfter200Mb = await heapMb(cdp);
  const longTasks = await longTasksSince(page, since);
  const [frames, canvasResizes] = await page.evaluate((t) => {
    const w = globalThis as unknown as { __longFrames: LongFrame[]; __canvasResizes: LongTask[] };
    return [w.__longFrames.filter((f) => f.start + f.ms >= t), w.__canvasResizes] as const;
  }, since);
  return {
    heapAfter100Mb,
    heapAfter200Mb,
    totalMs: first + second,
    longTasks,
    ownLongTasks: mostlyOwn(longTasks, frames, canvasResizes),
    canvasResizes,
  };
}

const sizes = measureBuild('dist');
const geoFiles = readdirSync('dist/data/geo')
  .filter((f) => f.endsWith('.geojson'))
  .map((f) => f.replace(/\.geojson$/, ''));
const sameMapDir = '.cache/bench';
mkdirSync(sameMapDir, { recursive: true });
const server = await startStaticServer({
  '/': 'dist',
  '/__ref/': 'scripts/bench',
  '/__ref/lib/': 'node_modules/maplibre-gl/dist',
  '/__same/': sameMapDir,
});
const browser = await chromium.launch(chromiumLaunchOptions());
const app: number[] = [];
const ref: number[] = [];
const heap: number[] = [];
const ownJs: number[] = [];
const repaint: number[] = [];
const plainApp: number[] = [];
const filterRepaint: number[] = [];
const refFilter: number[] = [];
const selectRepaint: number[] = [];
const plainRef: number[] = [];
/** The same map (the app's style) in bare MapLibre, at the app map's size: navigation → idle. */
const same: number[] = [];
const sameWaterfalls: Waterfall[] = [];
/** The app map's size and language, read on the app's first load (before the timed runs). */
interface AppMap {
  width: number;
  height: number;
  language: 'zh' | 'en';
}
let appMap = null as AppMap | null;
const appWaterfalls: Waterfall[] = [];
const refWaterfalls: Waterfall[] = [];
const loadLongTasks: number[] = [];
let rapid: RapidUse | null = null;
/** Traced loads' GPU process work, per page. */
const GPU_ROUNDS = 3;
const gpu: Record<'app' | 'ref' | 'same', GpuWork[]> = { app: [], ref: [], same: [] };
/** URL paths the app's last load requested until its map was idle (and its text panel painted). */
let firstLoadPaths: string[] = [];
/** Each page's address; the same-map page's needs the app map's size and language, read on the app's first load. */
const pageUrl = (which: 'app' | 'ref' | 'same'): string => {
  if (which === 'app') return `${server.url}/`;
  if (which === 'ref') return `${server.url}/__ref/reference.html?files=${geoFiles.join(',')}`;
  const { width, height, language } = appMap!;
  return `${server.url}/__ref/same-map.html?style=/__same/style-${language}.json&w=${width}&h=${height}`;
};
/**
 * The app's first load, in the fresh browser and left out of the medians: the first WebGL context a browser's GPU
 * process is asked for costs its start-up (0.2–0.6 s of the page's thread in SwiftShader; warm, 20 ms), which would
 * otherwise fall on whichever page the first run loads first. It also reads the app map's size and language.
 */
let coldAppMs = NaN;
try {
  {
    const r = await timeToReady(browser, pageUrl('app'));
    coldAppMs = r.ms;
    // read in the page (a string: these scripts are typed without the DOM)
    appMap = (await r.page.evaluate(`(() => {
      const box = document.getElementById('map').getBoundingClientRect();
      const language = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
      return { width: Math.round(box.width), height: Math.round(box.height), language };
    })()`)) as AppMap;
    writeFileSync(
      `${sameMapDir}/style-${appMap.language}.json`,
      JSON.stringify(sameMapStyle('dist', server.url, appMap.language)),
    );
    await r.page.context().close();
  }
  for (let i = 0; i < runs; i++) {
    // Alternate the order so neither page always runs on a warmer machine.
    const order = i % 2 === 0 ? (['app', 'ref', 'same'] as const) : (['same', 'ref', 'app'] as const);
    for (const which of order) {
      if (which === 'same') {
        const r = await timeToReady(browser, pageUrl('same'));
        same.push(r.ms);
        sameWaterfalls.push(waterfallOf(r.timings));
        await r.page.context().close();
      } else if (which === 'ref') {
        const r = await timeToReady(browser, pageUrl('ref'));
        ref.push(r.ms);
        refWaterfalls.push(waterfallOf(r.timings));
        await untilMapAtRest(r.page);
        plainRef.push(...(await timePlainRepaints(r.page)));
        refFilter.push(...(await timeReferenceFilter(r.page)));
        await r.page.context().close();
      } else {
        const r = await timeToReady(browser, pageUrl('app'));
        app.push(r.ms);
        heap.push(r.heapMb);
        appWaterfalls.push(waterfallOf(r.timings));
        firstLoadPaths = ['/', ...r.timings.resources.map((e) => new URL(e.name).pathname)];
        loadLongTasks.push((await longTasksSince(r.page, 0)).length);
        await closeFirstScreen(r.page);
        await untilMapAtRest(r.page);
        plainApp.push(...(await timePlainRepaints(r.page)));
        const t = await timeChanges(r.page);
        ownJs.push(...t.ownJsMs);
        repaint.push(...t.repaintMs);
        t.kinds.forEach((kind, k) =>
          (kind === 'filter' ? filterRepaint : selectRepaint).push(t.repaintMs[k]),
        );
        // rapid use once, on the last load of the app
        if (i === runs - 1 && !args.includes('--no-rapid')) rapid = await rapidUse(r.page, r.cdp);
        await r.page.context().close();
      }
    }
  }
  // one traced load per page and round, after the timed ones (tracing slows a load): the GPU process' share
  if (!args.includes('--no-gpu') && appMap) {
    for (let i = 0; i < GPU_ROUNDS; i++)
      for (const which of ['app', 'ref', 'same'] as const) {
        const work = await traceGpuWork(browser, pageUrl(which), {
          initScript: PAGE_PROBE,
          viewport: { width: 1280, height: 800 },
        });
        if (work) gpu[which].push(work);
      }
  }
} finally {
  await browser.close();
}
let scores: LighthouseScores | null = null;
try {
  if (!args.includes('--no-lighthouse')) scores = await runLighthouse(`${server.url}/`);
} catch (e) {
  console.error(`lighthouse failed: ${(e as Error).message}`);
} finally {
  await server.close();
}

// The scale bench's summary (its own process, so its heap does not mix with this one's).
let scale: ScaleSummary | null = null;
if (!args.includes('--no-scale')) {
  const r = spawnSync('npm', ['run', '--silent', 'bench:scale', '--', '--quiet'], { encoding: 'utf8' });
  try {
    if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr}`);
    scale = scaleSummary(r.stdout);
  } catch (e) {
    console.error(`bench:scale failed: ${(e as Error).message}`);
  }
}

const med = (v: number[]) => summarize(v).median;
const rows: [string, Summary, string][] = [
  ['app: navigation → map drawn (idle)', summarize(app), 'ms'],
  ['bare MapLibre: navigation → idle', summarize(ref), 'ms'],
  ['same map in bare MapLibre: → idle', summarize(same), 'ms'],
  ['change → next frame drawn (all)', summarize(repaint), 'ms'],
  ['  industry filter → next frame', summarize(filterRepaint), 'ms'],
  ['  selection → frame + panel shown', summarize(selectRepaint), 'ms'],
  ['bare MapLibre: feature-state dim → frame', summarize(refFilter), 'ms'],
  ['app: plain repaint → frame drawn', summarize(plainApp), 'ms'],
  ['bare MapLibre: plain repaint → frame', summarize(plainRef), 'ms'],
  ['change: our own JS (sync)', summarize(ownJs), 'ms'],
  ['JS heap after load', summarize(heap), 'MB'],
  ['long tasks during the load', summarize(loadLongTasks), ''],
];
const appWaterfall = medianWaterfall(appWaterfalls);
const refWaterfall = medianWaterfall(refWaterfalls);
const sameWaterfall = medianWaterfall(sameWaterfalls);
console.log(`\nBenchmark: ${runs} runs, Chromium (SwiftShader), ${geoFiles.length} GeoJSON files\n`);
console.log(`${'measure'.padEnd(40)} ${'median'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)}`);
for (const [label, s, unit] of rows) {
  console.log(
    `${label.padEnd(40)} ${s.median.toFixed(1).padStart(8)} ${s.min.toFixed(1).padStart(8)} ${s.max.toFixed(1).padStart(8)} ${unit}`,
  );
}
console.log(`\nLoad waterfall (median ms from navigation start, start–end):\n`);
for (const row of waterfallRows({
  app: appWaterfall,
  'bare MapLibre': refWaterfall,
  'same map': sameWaterfall,
}))
  console.log(row);
console.log(`critical path (app): ${criticalPath(appWaterfall).join(' → ')}`);
console.log(`critical path (bare MapLibre): ${criticalPath(refWaterfall).join(' → ')}`);
const gpuMedians = Object.fromEntries(
  Object.entries(gpu)
    .filter(([, list]) => list.length > 0)
    .map(([which, list]) => [which, medianGpuWork(list)]),
) as Partial<Record<'app' | 'ref' | 'same', GpuWork>>;
if (Object.keys(gpuMedians).length > 0) {
  console.log(
    `\nGPU process main thread until the map is idle (median of ${GPU_ROUNDS} traced loads each; with SwiftShader it runs the map's WebGL calls, rasterises the page and presents frames):\n`,
  );
  console.log(
    `${'page'.padEnd(16)} ${'frames'.padStart(7)} ${'presenting'.padStart(11)} ${'busy'.padStart(8)} ${'of the load'.padStart(12)}`,
  );
  for (const [label, which] of [
    ['app', 'app'],
    ['bare MapLibre', 'ref'],
    ['same map', 'same'],
  ] as const) {
    const w = gpuMedians[which];
    if (!w) continue;
    console.log(
      `${label.padEnd(16)} ${String(w.frames).padStart(7)} ${`${w.presentMs.toFixed(0)} ms`.padStart(11)} ${`${w.busyMs.toFixed(0)} ms`.padStart(8)} ${`${((100 * w.busyMs) / w.loadMs).toFixed(0)} %`.padStart(12)}`,
    );
  }
}

const idleRatio = med(app) / med(ref);
const idleRatioSameMap = med(app) / med(same);
const firstLoadKbGz = requestedKbGz(sizes.files, firstLoadPaths);
const filterRatio = med(filterRepaint) / med(refFilter);
const selectRatio = med(selectRepaint) / med(refFilter);
if (scores) {
  const fmt = (v: number | null) => (v === null ? 'n/a' : v.toFixed(2));
  console.log(
    `\nLighthouse 12: accessibility ${fmt(scores.accessibility)}, best-practices ${fmt(scores['best-practices'])} (targets 1.00); performance ${fmt(scores.performance)} (information)`,
  );
}
const longest = rapid ? Math.max(0, ...rapid.longTasks.map((l) => l.ms)) : null;
if (rapid) {
  const growth = (rapid.heapAfter200Mb / rapid.heapAfter100Mb - 1) * 100;
  console.log(
    `\nrapid use, 200 interactions in ${(rapid.totalMs / 1000).toFixed(1)} s: heap ${rapid.heapAfter100Mb.toFixed(1)} MB after 100, ${rapid.heapAfter200Mb.toFixed(1)} MB after 200 (${growth.toFixed(1)} %; target ≤ 10 %); ${rapid.longTasks.length} long tasks, longest ${longest!.toFixed(0)} ms, ${rapid.longTasks.filter((l) => l.ms > 100).length} over 100 ms; mostly ours: ${rapid.ownLongTasks.length}, ${rapid.ownLongTasks.filter((l) => l.ms > 100).length} over 100 ms (target 0), longest ${Math.max(0, ...rapid.ownLongTasks.map((l) => l.ms)).toFixed(0)} ms; map canvas resized ${rapid.canvasResizes.length} times, ${(rapid.canvasResizes.reduce((a, r) => a + r.ms, 0) / 1000).toFixed(1)} s`,
  );
}
console.log(
  `\napp's first load in the fresh browser (GPU process start-up included; not in the medians): ${coldAppMs.toFixed(0)} ms`,
);
console.log(`idle ratio app / bare MapLibre: ${idleRatio.toFixed(2)} (target ≤ 1.15)`);
console.log(
  `idle ratio app / the same map in bare MapLibre (${appMap?.width}×${appMap?.height}): ${idleRatioSameMap.toFixed(2)} (target ≤ 1.15)`,
);
console.log(
  `filter ratio app / bare MapLibre (change → next frame): ${filterRatio.toFixed(2)} (target ≤ 1.0)`,
);
console.log(
  `select ratio app / bare MapLibre (selection → frame with panel, over a feature-state change): ${selectRatio.toFixed(2)} (target ≤ 1.3)`,
);
console.log(
  `sizes: app JS ${sizes.app_js_first_load_gzip_kb} kB gz first load, ${sizes.app_js_gzip_kb} kB gz in all, MapLibre + worker ${sizes.maplibre_gzip_kb} kB gz, geodata ${sizes.geodata_gzip_kb} kB gz, font ${sizes.font_kb} kB, atlas.json ${sizes.atlas_json_kb} kB (${sizes.atlas_json_gzip_kb} kB gz), first load ${firstLoadKbGz} kB gz\n`,
);
if (scale)
  console.log(
    `scale (bench:scale, our JS at ${scale.size}×: ${scale.areas} areas, ${scale.industries} industries, ${scale.sentences} sentences): ${Object.entries(
      scale.figures,
    )
      .map(([f, v]) => `${f} ${v.ms ?? '—'} ms (slope ${v.slope ?? '—'})`)
      .join(', ')}\n`,
  );
const round = (v: number, digits = 1) => Number(v.toFixed(digits));
console.log(
  JSON.stringify({
    runs,
    idle_ratio: round(idleRatio, 3),
    idle_ratio_same_map: round(idleRatioSameMap, 3),
    filter_ratio: round(filterRatio, 3),
    select_ratio: round(selectRatio, 3),
    app_idle_ms_median: round(med(app)),
    ref_idle_ms_median: round(med(ref)),
    same_map_idle_ms_median: round(med(same)),
    cold_app_idle_ms: round(coldAppMs),
    filter_ms_median: round(med(filterRepaint), 2),
    select_ms_median: round(med(selectRepaint), 2),
    ref_filter_ms_median: round(med(refFilter), 2),
    change_ms_median: round(med(repaint), 2),
    filter_own_js_ms_median: round(med(ownJs), 2),
    frame_ms_app_median: round(med(plainApp)),
    frame_ms_ref_median: round(med(plainRef)),
    heap_mb_median: round(med(heap)),
    load_long_tasks_median: med(loadLongTasks),
    waterfall: {
      app: waterfallJson(appWaterfall),
      ref: waterfallJson(refWaterfall),
      same_map: waterfallJson(sameWaterfall),
    },
    critical_path: criticalPath(appWaterfall),
    gpu: Object.fromEntries(
      Object.entries(gpuMedians).map(([which, w]) => [
        which === 'same' ? 'same_map' : which,
        {
          frames: w.frames,
          present_ms: Math.round(w.presentMs),
          busy_ms: Math.round(w.busyMs),
          load_ms: Math.round(w.loadMs),
        },
      ]),
    ),
    rapid: rapid && {
      interactions: 200,
      total_ms: Math.round(rapid.totalMs),
      heap_mb_after_100: round(rapid.heapAfter100Mb),
      heap_mb_after_200: round(rapid.heapAfter200Mb),
      long_tasks: rapid.longTasks.length,
      long_tasks_over_100ms: rapid.longTasks.filter((l) => l.ms > 100).length,
      longest_task_ms: Math.round(longest ?? 0),
      own_long_tasks: rapid.ownLongTasks.length,
      own_long_tasks_over_100ms: rapid.ownLongTasks.filter((l) => l.ms > 100).length,
      own_longest_task_ms: Math.round(Math.max(0, ...rapid.ownLongTasks.map((l) => l.ms))),
      canvas_resizes: rapid.canvasResizes.length,
      canvas_resizes_ms: Math.round(rapid.canvasResizes.reduce((a, r) => a + r.ms, 0)),
    },
    app_js_first_load_gzip_kb: sizes.app_js_first_load_gzip_kb,
    app_js_gzip_kb: sizes.app_js_gzip_kb,
    maplibre_gzip_kb: sizes.maplibre_gzip_kb,
    geodata_gzip_kb: sizes.geodata_gzip_kb,
    font_kb: sizes.font_kb,
    atlas_json_kb: sizes.atlas_json_kb,
    atlas_json_gzip_kb: sizes.atlas_json_gzip_kb,
    first_load_kb_gz: firstLoadKbGz,
    scale,
    lighthouse_accessibility: scores?.accessibility ?? null,
    lighthouse_best_practices: scores?.['best-practices'] ?? null,
    lighthouse_performance: scores?.performance ?? null,
  }),
);
