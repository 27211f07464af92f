// The load waterfall: phases found from resource timings and probe moments, medians over loads, the critical path.
import { describe, expect, it } from 'vitest';
import { criticalPath, medianWaterfall, waterfallJson, waterfallOf, type LoadTimings } from './waterfall.ts';

const load = (over: Partial<LoadTimings> = {}): LoadTimings => ({
  htmlEnd: 20,
  resources: [
    { name: 'http://127.0.0.1:1/assets/index-AbC.js', startTime: 25, responseEnd: 60 },
    { name: 'http://127.0.0.1:1/data/atlas.json', startTime: 30, responseEnd: 90 },
    { name: 'http://127.0.0.1:1/assets/MapView-x1.js', startTime: 62, responseEnd: 80 },
    { name: 'http://127.0.0.1:1/assets/maplibre-Qz.js', startTime: 63, responseEnd: 150 },
    { name: 'http://127.0.0.1:1/assets/maplibre-gl-worker-Z.mjs', startTime: 200, responseEnd: 260 },
    { name: 'http://127.0.0.1:1/data/geo/zones.geojson', startTime: 64, responseEnd: 120 },
    { name: 'http://127.0.0.1:1/data/geo/water.geojson', startTime: 66, responseEnd: 170 },
    { name: 'http://127.0.0.1:1/fonts/atlas-labels.woff2', startTime: 300, responseEnd: 320 },
  ],
  moments: {
    script_run: 100,
    map_created: 190,
    style_loaded: 280,
    first_render: 400,
    idle: 700,
    text_panel: 130,
  },
  ...over,
});

describe('waterfallOf', () => {
  it('spans each phase from its first request to its last response, or to its moment when that is later', () => {
    const w = waterfallOf(load());
    expect(w.html).toEqual({ start: 0, end: 20 });
    // the entry script was downloaded by 60 and had run by 100
    expect(w.app_js).toEqual({ start: 25, end: 100 });
    expect(w.atlas_json).toEqual({ start: 30, end: 90 });
    expect(w.map_module).toEqual({ start: 62, end: 150 });
    expect(w.worker).toEqual({ start: 200, end: 260 });
    expect(w.geodata).toEqual({ start: 64, end: 170 });
    expect(w.font).toEqual({ start: 300, end: 320 });
    expect(w.idle).toEqual({ start: 700, end: 700 });
    expect(w.text_panel).toEqual({ start: 130, end: 130 });
  });
  it("spans the map's construction from the page's mark to the map's creation, and shows the app's own marks", () => {
    const w = waterfallOf(
      load({
        moments: {
          'atlas-checked': 95,
          'geodata-checked': 175,
          'map-code-run': 160,
          'map-construct': 178,
          map_created: 190,
          idle: 700,
        },
      }),
    );
    expect(w.map_created).toEqual({ start: 178, end: 190 });
    expect(w.atlas_checked).toEqual({ start: 95, end: 95 });
    expect(w.geodata_checked).toEqual({ start: 175, end: 175 });
    expect(w.map_code).toEqual({ start: 160, end: 160 });
    // a page without the mark (or with one after the moment) keeps the moment alone
    expect(waterfallOf(load()).map_created).toEqual({ start: 190, end: 190 });
    expect(waterfallOf(load({ moments: { 'map-construct': 250, map_created: 190 } })).map_created).toEqual({
      start: 190,
      end: 190,
    });
  });
  it('reads the reference page: its one library is both the entry script and the map module', () => {
    const w = waterfallOf({
      htmlEnd: 10,
      resources: [{ name: 'http://h/__ref/lib/maplibre-gl.mjs', startTime: 12, responseEnd: 50 }],
      moments: { script_run: 70, idle: 300 },
    });
    expect(w.app_js).toEqual({ start: 12, end: 70 });
    expect(w.map_module).toEqual({ start: 12, end: 50 });
    expect(w.atlas_json).toBeUndefined();
    expect(w.text_panel).toBeUndefined();
  });
});

describe('medianWaterfall', () => {
  it('takes the median start and duration of each phase over the loads that had it', () => {
    const runs = [10, 30, 20].map((shift) =>
      waterfallOf(load({ moments: { idle: 700 + shift }, htmlEnd: 20 + shift })),
    );
    runs[1].font = undefined;
    const m = medianWaterfall(runs);
    expect(m.idle).toEqual({ start: 720, end: 720 });
    expect(m.html).toEqual({ start: 0, end: 40 });
    expect(m.font).toEqual({ start: 300, end: 320 });
  });
  it('never ends a phase before it starts, however the loads spread', () => {
    const m = medianWaterfall([
      { worker: { start: 100, end: 400 } },
      { worker: { start: 500, end: 520 } },
      { worker: { start: 600, end: 630 } },
    ]);
    // median start 500, median duration 30 (medians of the ends alone would give 520, of the starts 500)
    expect(m.worker).toEqual({ start: 500, end: 530 });
  });
});

describe('criticalPath', () => {
  it('walks back from idle through the phase that ended last before each one started', () => {
    // idle 700 ← first_render 400 ← font (ended 320) ← style 280 ← worker (ended 260) ← map_created 190 ← geodata
    // (ended 170; started 64, after only the HTML had ended)
    expect(criticalPath(waterfallOf(load()))).toEqual([
      'html',
      'geodata',
      'map_created',
      'worker',
      'style_loaded',
      'font',
      'first_render',
      'idle',
    ]);
  });
  it('is empty when the load never reached idle', () => {
    expect(criticalPath(waterfallOf(load({ moments: {} })))).toEqual([]);
  });
});

it('rounds the JSON form to whole ms', () => {
  expect(waterfallJson({ html: { start: 0, end: 20.4 }, idle: { start: 700.6, end: 700.6 } })).toEqual({
    html: [0, 20],
    idle: [701, 701],
  });
});

it('counts a resource with no response end as ending when it started', () => {
  const w = waterfallOf({
    htmlEnd: 10,
    resources: [{ name: 'http://h/assets/maplibre-gl-worker-Z.mjs', startTime: 300, responseEnd: 0 }],
    moments: {},
  });
  expect(w.worker).toEqual({ start: 300, end: 300 });
});
