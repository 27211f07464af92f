// `npm run bench`: builds, serves dist/ on loopback and measures in Chromium — our app vs bare MapLibre on the same GeoJSON.
// Prints a table for people and, as its last line, one JSON object for machines. Ratios are what we compare across machines.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/e2e/chromium.ts';
import { measureBuild } from './lib/sizes.ts';
import { startStaticServer } from './lib/static-server.ts';
import { summarize, type Summary } from './lib/stats.ts';
import { runLighthouse, type LighthouseScores } from './lib/lighthouse.ts';

const args = process.argv.slice(2);
const runs = Number(args.find((a) => a.startsWith('--runs='))?.split('=')[1] ?? 5);
if (!args.includes('--no-build')) {
  const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// Records the moment the page marks its map as drawn (data-map-ready), without polling jitter.
const READY_OBSERVER = `
  new MutationObserver((_, obs) => {
    const el = document.getElementById('map');
    if (el && el.getAttribute('data-map-ready') === 'true') { window.__readyAt = performance.now(); obs.disconnect(); }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-ready'], childList: true });
`;

async function timeToReady(
  browser: Browser,
  url: string,
): Promise<{ ms: number; heapMb: number; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.addInitScript(READY_OBSERVER);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await page.waitForFunction(
    () => typeof (globalThis as unknown as { __readyAt?: number }).__readyAt === 'number',
    null,
    {
      timeout: 60_000,
    },
  );
  if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
  const ms = await page.evaluate(() => (globalThis as unknown as { __readyAt: number }).__readyAt);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  return { ms, heapMb: heap / 2 ** 20, page };
}

interface ChangeTimes {
  ownJsMs: number[];
  repaintMs: number[];
  /** 'select' or 'filter', one per measurement. */
  kinds: string[];
}

/** Reference page: a feature-state dim of every other feature (like the app's filter) → next frame drawn. */
async function timeReferenceFilter(page: Page, count = 6): Promise<number[]> {
  return page.evaluate(async (n) => {
    type MapLike = { once: (ev: string, cb: () => void) => void };
    const w = globalThis as unknown as { __refMap: MapLike; __refFilter: () => void };
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      await new Promise((r) => setTimeout(r, 150));
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

/** Selection (and industry filter, when the store has one) changes: our own synchronous JS, and change → next frame drawn. */
async function timeChanges(page: Page): Promise<ChangeTimes> {
  return page.evaluate(async () => {
    type Store = { getState: () => Record<string, unknown> };
    type MapLike = { once: (ev: string, cb: () => void) => void; triggerRepaint: () => void };
    const w = globalThis as unknown as { __atlasStore: Store; __atlasMap: MapLike };
    const state = w.__atlasStore.getState();
    const selectArea = state.selectArea as (id: string | null) => void;
    const toggleIndustry = state.toggleIndustry as ((id: string) => void) | undefined;
    const ids = [
      'haidian',
      'chaoyang',
      'huairou-science-city',
      'future-science-city',
      'etdz',
      'dongcheng',
      'shunyi',
      null,
    ];
    const changes: [string, () => void][] = ids.map((id) => ['select', () => selectArea(id)]);
    if (toggleIndustry)
      for (const ind of ['ai', 'ic', 'ai', 'ic', 'quantum', 'quantum'])
        changes.push(['filter', () => toggleIndustry(ind)]);
    const ownJsMs: number[] = [];
    const repaintMs: number[] = [];
    const kinds: string[] = [];
    for (const [kind, change] of changes) {
      kinds.push(kind);
      await new Promise((r) => setTimeout(r, 150));
      const rendered = new Promise<number>((resolve) =>
        w.__atlasMap.once('render', () => resolve(performance.now())),
      );
      const t0 = performance.now();
      change();
      ownJsMs.push(performance.now() - t0);
      repaintMs.push((await rendered) - t0);
    }
    return { ownJsMs, repaintMs, kinds };
  });
}

const sizes = measureBuild('dist');
const geoFiles = readdirSync('dist/data/geo')
  .filter((f) => f.endsWith('.geojson'))
  .map((f) => f.replace(/\.geojson$/, ''));
const server = await startStaticServer({
  '/': 'dist',
  '/__ref/': 'scripts/bench',
  '/__ref/lib/': 'node_modules/maplibre-gl/dist',
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
try {
  for (let i = 0; i < runs; i++) {
    // Alternate the order so neither page always runs on a warmer machine.
    const order = i % 2 === 0 ? ['app', 'ref'] : ['ref', 'app'];
    for (const which of order) {
      if (which === 'ref') {
        const r = await timeToReady(
          browser,
          `${server.url}/__ref/reference.html?files=${geoFiles.join(',')}`,
        );
        ref.push(r.ms);
        plainRef.push(...(await timePlainRepaints(r.page)));
        refFilter.push(...(await timeReferenceFilter(r.page)));
        await r.page.context().close();
      } else {
        const r = await timeToReady(browser, `${server.url}/`);
        app.push(r.ms);
        heap.push(r.heapMb);
        plainApp.push(...(await timePlainRepaints(r.page)));
        const t = await timeChanges(r.page);
        ownJs.push(...t.ownJsMs);
        repaint.push(...t.repaintMs);
        t.kinds.forEach((kind, k) =>
          (kind === 'filter' ? filterRepaint : selectRepaint).push(t.repaintMs[k]),
        );
        await r.page.context().close();
      }
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

const rows: [string, Summary, string][] = [
  ['app: navigation → map drawn (idle)', summarize(app), 'ms'],
  ['bare MapLibre: navigation → idle', summarize(ref), 'ms'],
  ['change → next frame drawn (all)', summarize(repaint), 'ms'],
  ['  industry filter → next frame', summarize(filterRepaint), 'ms'],
  ['  selection → next frame', summarize(selectRepaint), 'ms'],
  ['bare MapLibre: feature-state dim → frame', summarize(refFilter), 'ms'],
  ['app: plain repaint → frame drawn', summarize(plainApp), 'ms'],
  ['bare MapLibre: plain repaint → frame', summarize(plainRef), 'ms'],
  ['change: our own JS (sync)', summarize(ownJs), 'ms'],
  ['JS heap after load', summarize(heap), 'MB'],
];
console.log(`\nBenchmark: ${runs} runs, Chromium (SwiftShader), ${geoFiles.length} GeoJSON files\n`);
console.log(`${'measure'.padEnd(38)} ${'median'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)}`);
for (const [label, s, unit] of rows) {
  console.log(
    `${label.padEnd(38)} ${s.median.toFixed(1).padStart(8)} ${s.min.toFixed(1).padStart(8)} ${s.max.toFixed(1).padStart(8)} ${unit}`,
  );
}
const idleRatio = summarize(app).median / summarize(ref).median;
if (scores) {
  const fmt = (v: number | null) => (v === null ? 'n/a' : v.toFixed(2));
  console.log(
    `\nLighthouse 12: accessibility ${fmt(scores.accessibility)}, best-practices ${fmt(scores['best-practices'])} (targets 1.00); performance ${fmt(scores.performance)} (information)`,
  );
}
console.log(`\nidle ratio app / bare MapLibre: ${idleRatio.toFixed(2)} (target ≤ 1.5)`);
console.log(
  `filter ratio app / bare MapLibre (change → next frame): ${(summarize(filterRepaint).median / summarize(refFilter).median).toFixed(2)}`,
);
console.log(
  `filter change → frame minus a plain frame: ${(summarize(filterRepaint).median - summarize(plainApp).median).toFixed(1)} ms (our cost on top of drawing a frame; target ≤ 50)`,
);
console.log(
  `sizes: app JS ${sizes.app_js_gzip_kb} kB gz, MapLibre + worker ${sizes.maplibre_gzip_kb} kB gz, geodata ${sizes.geodata_gzip_kb} kB gz, font ${sizes.font_kb} kB\n`,
);
console.log(
  JSON.stringify({
    runs,
    idle_ratio: Number(idleRatio.toFixed(3)),
    app_idle_ms_median: Number(summarize(app).median.toFixed(1)),
    ref_idle_ms_median: Number(summarize(ref).median.toFixed(1)),
    filter_ms_median: Number(summarize(filterRepaint).median.toFixed(2)),
    select_ms_median: Number(summarize(selectRepaint).median.toFixed(2)),
    ref_filter_ms_median: Number(summarize(refFilter).median.toFixed(2)),
    filter_ratio: Number((summarize(filterRepaint).median / summarize(refFilter).median).toFixed(3)),
    change_ms_median: Number(summarize(repaint).median.toFixed(2)),
    filter_own_js_ms_median: Number(summarize(ownJs).median.toFixed(2)),
    filter_over_plain_frame_ms: Number(
      (summarize(filterRepaint).median - summarize(plainApp).median).toFixed(2),
    ),
    frame_ms_app_median: Number(summarize(plainApp).median.toFixed(1)),
    frame_ms_ref_median: Number(summarize(plainRef).median.toFixed(1)),
    heap_mb_median: Number(summarize(heap).median.toFixed(1)),
    app_js_gzip_kb: sizes.app_js_gzip_kb,
    maplibre_gzip_kb: sizes.maplibre_gzip_kb,
    geodata_gzip_kb: sizes.geodata_gzip_kb,
    font_kb: sizes.font_kb,
    lighthouse_accessibility: scores?.accessibility ?? null,
    lighthouse_best_practices: scores?.['best-practices'] ?? null,
    lighthouse_performance: scores?.performance ?? null,
  }),
);
