// `npm run bench:scale`: how our own JS grows with the atlas. Today's atlas (built from src/content) is repeated 1×, 10×
// and 100× (scripts/bench/syntheticAtlas.ts: places, industries, sentences and links each k×) and each figure is timed
// per size (CPU time, fastest of 7 runs; 3 for the seconds-long load at 100×): load + validate, filter (any / all / by area kind), search per keystroke, matrix build and render,
// compare and similarity, the map binding's update. Prints a table with each figure's growth exponent (log-log slope;
// 1 = linear) and, last, one JSON line. `--quiet` prints the JSON line only; `--sizes=1,10` picks the sizes.
import { createElement, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { buildAtlasFromContent } from './lib/buildAtlas.ts';
import { readContent } from './lib/readContent.ts';
import { buildSearchEntries } from './content/searchEntries.ts';
import { logLogSlope, summarize } from './lib/stats.ts';
import { scaleAtlas, scaleSearchEntries } from './bench/syntheticAtlas.ts';
import { parseAtlas, parseSearchEntries } from '../src/data/checkFiles.ts';
import { buildAtlasIndex } from '../src/data/atlasIndex.ts';
import { loadSearchIndex, searchAtlas } from '../src/data/search.ts';
import { buildMatrix, sortRows } from '../src/data/matrix.ts';
import { compareAreas, mostSimilar } from '../src/data/similarity.ts';
import { createAtlasStore } from '../src/store/atlasStore.ts';
import { matrixOf, selectFilterMarks } from '../src/store/selectors.ts';
import { diffFilterMarks } from '../src/map/filterHighlight.ts';
import { AtlasStoreContext } from '../src/store/useAtlas.ts';

// The panel is browser code (typechecked against the DOM, not Node): loaded by path and rendered with react-dom/server.
const MATRIX_PANEL = '../src/panels/matrix/MatrixPanel.tsx';
const { default: MatrixPanel } = (await import(MATRIX_PANEL)) as { default: ComponentType };

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const sizes = (args.find((a) => a.startsWith('--sizes='))?.split('=')[1] ?? '1,10,100')
  .split(',')
  .map(Number);
const log = (line = '') => !quiet && console.log(line);

/**
 * Fastest CPU ms of `fn` over `reps` calls after one warm-up call. CPU time (user + system, this process) counts what
 * our code costs and not the time another program held the core; on a machine shared with other work the fastest run
 * is also the one least disturbed by it (caches, frequency). The last result is returned, so nothing is optimised away.
 */
function time<T>(fn: () => T, reps: number): { ms: number; result: T } {
  let result = fn();
  const ms: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = process.cpuUsage();
    result = fn();
    const { user, system } = process.cpuUsage(t0);
    ms.push((user + system) / 1000);
  }
  return { ms: summarize(ms).min, result };
}

const base = buildAtlasFromContent(readContent(process.cwd()));
const baseEntries = buildSearchEntries(base);
// The two industries with the most areas, for filters that match something at every size.
const popular = base.industries
  .map((i) => ({ id: i.id, n: base.areas.filter((a) => a.industries.includes(i.id)).length }))
  .sort((a, b) => b.n - a.n)
  .slice(0, 2)
  .map((i) => i.id);
// What a visitor types, one keystroke at a time: pinyin, Chinese, English, a phrase found only in plan sentences.
const TYPED = ['zhongguancun', '中关村科学城', 'economic', '疫苗大规模生产'];

type Figure =
  | 'load_validate'
  | 'filter_any'
  | 'filter_all'
  | 'filter_kind'
  | 'search_keystroke'
  | 'search_keystroke_max'
  | 'matrix_build'
  | 'matrix_first_sort'
  | 'matrix_render'
  | 'compare'
  | 'similar'
  | 'map_binding';
const LABELS: Record<Figure, string> = {
  load_validate: 'load + validate atlas.json (parse, check, index, store, search index)',
  filter_any: 'filter: 2 industries, any (store → results → marks)',
  filter_all: 'filter: 2 industries, all',
  filter_kind: 'filter: 2 industries, any, by area kind',
  search_keystroke: 'search: one keystroke (median)',
  search_keystroke_max: 'search: one keystroke (slowest)',
  matrix_build: 'matrix: build + sort by total',
  matrix_first_sort: 'matrix: first sort in a language (orders all names)',
  matrix_render: 'matrix: open the panel (React render to HTML)',
  compare: 'compare 4 areas (shared, unique, rows, similarity)',
  similar: 'most similar areas (5) of one area',
  map_binding: 'map binding: filter marks + diff per change',
};

const results: { k: number; areas: number; industries: number; tasks: number; ms: Record<Figure, number> }[] =
  [];
for (const k of sizes) {
  const atlas = scaleAtlas(base, k);
  const atlasText = JSON.stringify(atlas);
  const searchText = JSON.stringify(scaleSearchEntries(baseEntries, k));
  // Every figure is the fastest of 7 runs, but the load at 100× (seconds per run) of 3. Fewer runs leave the figures of
  // quick steps to chance: one run that meets a collection of the garbage of earlier steps (a heap of 100× atlases)
  // doubles a figure, and a step measured before it is compiled (the first renders) looks slow at 1× and flat after.
  const reps = 7;
  const ms = {} as Record<Figure, number>;

  ms.load_validate = time(
    () => {
      const parsed = parseAtlas(JSON.parse(atlasText));
      const store = createAtlasStore(buildAtlasIndex(parsed), { language: 'zh' });
      return [store, loadSearchIndex(parsed, parseSearchEntries(JSON.parse(searchText)))];
    },
    k >= 100 ? 3 : reps,
  ).ms;

  const index = buildAtlasIndex(parseAtlas(JSON.parse(atlasText)));
  const store = createAtlasStore(index, { language: 'zh' });
  // one filter change as the app makes it: the store's filter, its results and the map's marks
  const filterChange = (filter: Parameters<ReturnType<typeof store.getState>['setFilter']>[0]) => () => {
    store.getState().clearFilter();
    store.getState().setFilter(filter);
    return selectFilterMarks(store.getState()).size;
  };
  ms.filter_any = time(filterChange({ industries: popular, match: 'any' }), reps).ms;
  ms.filter_all = time(filterChange({ industries: popular, match: 'all' }), reps).ms;
  ms.filter_kind = time(
    filterChange({ industries: popular, match: 'any', kinds: ['district', 'zgc-subpark'] }),
    reps,
  ).ms;

  const searchIndex = loadSearchIndex(atlas, JSON.parse(searchText));
  const keystrokes: number[] = [];
  for (const word of TYPED)
    for (let n = 1; n <= word.length; n++)
      keystrokes.push(time(() => searchAtlas(searchIndex, word.slice(0, n)), reps).ms);
  ms.search_keystroke = summarize(keystrokes).median;
  ms.search_keystroke_max = summarize(keystrokes).max;

  // a sort puts the rows in the name order of the atlas's areas, worked out on the first sort in a language: that
  // first sort is timed on a fresh copy of the areas list, the usual one (names already ordered) with the build
  ms.matrix_build = time(() => sortRows(buildMatrix(atlas), 'total'), reps).ms;
  const built = buildMatrix(atlas);
  ms.matrix_first_sort = time(() => sortRows({ ...built, areas: [...built.areas] }, 'total'), reps).ms;
  store.getState().clearFilter();
  const empty = buildAtlasIndex({ ...atlas, areas: [], industries: [] });
  ms.matrix_render = time(() => {
    // matrixOf remembers the last matrix: asking for an empty one first makes the panel build its own, as on opening
    matrixOf(empty, null);
    return renderToString(
      createElement(AtlasStoreContext.Provider, { value: store }, createElement(MatrixPanel)),
    );
  }, reps).ms;

  const ids = ['haidian', 'chaoyang', 'huairou-science-city', 'etdz'];
  ms.compare = time(() => compareAreas(atlas, ids), reps).ms;
  ms.similar = time(() => mostSimilar(atlas, 'haidian', 5), reps).ms;

  // the binding's own work for one filter change: the marks of every area and what changed since the last ones
  store.getState().setFilter({ industries: popular.slice(0, 1), match: 'any' });
  const before = selectFilterMarks(store.getState());
  ms.map_binding = time(() => {
    store.getState().clearFilter();
    store.getState().setFilter({ industries: popular, match: 'any' });
    return diffFilterMarks(before, selectFilterMarks(store.getState())).length;
  }, reps).ms;

  const tasks = atlas.areas.reduce((n, a) => n + a.tasks.length, 0);
  results.push({ k, areas: atlas.areas.length, industries: atlas.industries.length, tasks, ms });
}

const figures = Object.keys(LABELS) as Figure[];
const slopes = Object.fromEntries(
  figures.map((f) => [f, logLogSlope(results.map((r) => [r.k, r.ms[f]] as const))]),
) as Record<Figure, number>;

log(
  `\nScale benchmark: today's atlas ${sizes.map((k) => `${k}×`).join(', ')} (fastest of several runs, CPU ms of our JS, Node ${process.version})\n`,
);
log(`${'size'.padEnd(58)} ${results.map((r) => `${r.k}×`.padStart(10)).join('')} ${'slope'.padStart(7)}`);
log(
  `${'  areas / industries / sentences'.padEnd(58)} ${results.map((r) => `${r.areas}/${r.industries}/${r.tasks}`.padStart(10)).join('')}`,
);
for (const f of figures) {
  const slope = slopes[f];
  const flag = slope > 1.2 ? '  super-linear' : '';
  log(
    `${LABELS[f].padEnd(58)} ${results.map((r) => (Number.isNaN(r.ms[f]) ? '—' : r.ms[f].toFixed(2)).padStart(10)).join('')} ${(Number.isNaN(slope) ? '—' : slope.toFixed(2)).padStart(7)}${flag}`,
  );
}
log('\nslope: growth exponent, log-log least squares over the sizes (1 = linear, 2 = quadratic).\n');
const round = (v: number) => Number(v.toFixed(3));
console.log(
  JSON.stringify({
    sizes,
    figures: Object.fromEntries(
      figures.map((f) => [f, results.map((r) => (Number.isNaN(r.ms[f]) ? null : round(r.ms[f])))]),
    ),
    slopes: Object.fromEntries(figures.map((f) => [f, Number.isNaN(slopes[f]) ? null : round(slopes[f])])),
    counts: results.map(({ k, areas, industries, tasks }) => ({ k, areas, industries, tasks })),
  }),
);
