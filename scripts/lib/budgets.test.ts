// Budget semantics: a size over its limit fails with a message naming the budget; env overrides lower a limit.
import { describe, expect, it } from 'vitest';
import { BUDGETS, budgetsFromEnv, checkBudgets } from './budgets.ts';
import { firstLoadJs, isMaplibreChunk, requestedKbGz, type BuildSizes } from './sizes.ts';

const sizes = (over: Partial<BuildSizes> = {}): BuildSizes => ({
  app_js_gzip_kb: 100,
  app_js_first_load_gzip_kb: 80,
  first_load_js: [],
  maplibre_gzip_kb: 250,
  maplibre_chunk: 'assets/maplibre-abc.js',
  geodata_gzip_kb: 150,
  font_kb: 30,
  atlas_json_kb: 180,
  atlas_json_gzip_kb: 37,
  files: [],
  ...over,
});

describe('checkBudgets', () => {
  it('passes sizes within every budget', () => {
    expect(checkBudgets(sizes(), BUDGETS).errors).toEqual([]);
  });
  it.each([
    ['app_js_first_load_gzip_kb', 121, /app JS a visit loads first.*121 kB exceeds the budget of 120 kB/],
    ['app_js_gzip_kb', 151, /all app JS.*151 kB exceeds the budget of 150 kB/],
    ['geodata_gzip_kb', 301, /geodata.*301 kB exceeds the budget of 300 kB/],
    ['font_kb', 401, /font.*401 kB exceeds the budget of 400 kB/],
    ['atlas_json_gzip_kb', 121, /atlas\.json.*121 kB exceeds the budget of 120 kB/],
  ] as const)('fails when %s is %d kB', (key, value, message) => {
    const { errors } = checkBudgets(sizes({ [key]: value }), BUDGETS);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });
  it('fails when MapLibre has no chunk of its own', () => {
    expect(checkBudgets(sizes({ maplibre_chunk: null }), BUDGETS).errors.join()).toMatch(
      /MapLibre is not in a chunk/,
    );
  });
  it('lets the environment lower a budget, ignoring junk values', () => {
    const lowered = budgetsFromEnv({ BUDGET_APP_JS_GZIP_KB: '10', BUDGET_FONT_KB: 'abc' });
    expect(lowered.find((b) => b.key === 'app_js_gzip_kb')?.limitKb).toBe(10);
    expect(lowered.find((b) => b.key === 'font_kb')?.limitKb).toBe(400);
    expect(checkBudgets(sizes(), lowered).errors).toHaveLength(1);
  });
});

describe('isMaplibreChunk', () => {
  it.each([
    ['assets/maplibre-D3x9.js', true],
    ['assets/maplibre-gl-worker-AbC.mjs', true],
    ['assets/index-D3x9.js', false],
    ['assets/panels-maplibre.css', false],
  ])('%s → %s', (file, expected) => {
    expect(isMaplibreChunk(file)).toBe(expected);
  });
});

describe('requestedKbGz', () => {
  const files = [
    { file: 'index.html', bytes: 3000, gzip: 1024 },
    { file: 'assets/index-a.js', bytes: 9000, gzip: 2048 },
    { file: 'data/atlas.json', bytes: 9000, gzip: 512 },
    { file: 'data/plan.json', bytes: 9000, gzip: 4096 },
  ];
  it('sums the gzip size of the files a load requested, each once; "/" is index.html', () => {
    expect(requestedKbGz(files, ['/', '/assets/index-a.js', '/data/atlas.json', '/data/atlas.json'])).toBe(
      3.5,
    );
  });
  it('ignores what the build does not hold (the reference page, its library)', () => {
    expect(requestedKbGz(files, ['/__ref/reference.html', '/data/atlas.json'])).toBe(0.5);
  });
});

describe('firstLoadJs', () => {
  const chunks: Record<string, string> = {
    'assets/index-a.js':
      'import{j as e}from"./jsx-b.js";import"./i18n-c.js";const P=()=>import("./Panel-d.js");',
    'assets/jsx-b.js': 'export{x as j};',
    'assets/i18n-c.js': 'import{j}from"./jsx-b.js";export*from"./words-e.js";',
    'assets/words-e.js': 'export const w=1;',
    'assets/Panel-d.js': 'import{j}from"./jsx-b.js";',
    'assets/MapView-f.js': 'import{m}from"./maplibre-g.js";',
    'assets/maplibre-g.js': '',
  };
  const html =
    '<script type="module" crossorigin src="./assets/index-a.js"></script>' +
    '<link rel="modulepreload" crossorigin="" href="./assets/MapView-f.js">';
  const read = (file: string) => chunks[file] ?? null;
  it('follows the entry, module preloads and static imports, not import() chunks', () => {
    expect(firstLoadJs(html, read)).toEqual([
      'assets/MapView-f.js',
      'assets/i18n-c.js',
      'assets/index-a.js',
      'assets/jsx-b.js',
      'assets/maplibre-g.js',
      'assets/words-e.js',
    ]);
  });
  it('counts nothing when index.html names no script', () => {
    expect(firstLoadJs('<p>no scripts</p>', read)).toEqual([]);
  });
});
