// Area × industry matrix: cell counts, totals, grouping, options, row sorting and the colour scale.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fixture from '../../tests/fixtures/atlas-logic.json';
import { AREA_KINDS, areaKindRank } from './areaKinds';
import type { Area, Atlas } from './types';
import type { IndustryFilterQuery } from './industryFilter';
import { base, okabeIto } from './palette';
import {
  MATRIX_EMPTY_COLOUR,
  buildMatrix,
  cellColorScale,
  cellValue,
  cellTextColor,
  contrastRatio,
  filterMatrixOptions,
  relativeLuminance,
  sortRows,
  type Matrix,
  type MatrixRow,
  type MatrixSort,
  type SortOptions,
} from './matrix';

const atlas = fixture as Atlas;
const matrix = buildMatrix(atlas);
const rowIds = (m: Matrix) => m.rows.map((r) => r.area.id);
const cellsOf = (m: Matrix, id: string) =>
  Object.fromEntries(m.rows.find((r) => r.area.id === id)!.cells.map((c) => [c.industry, c.value]));

describe('buildMatrix: default', () => {
  it('has rows grouped by kind (三城一区 first), leaving out areas with nothing to show', () => {
    expect(rowIds(matrix)).toEqual([
      'zgc-science-city',
      'huairou-science-city',
      'future-science-city',
      'etdz',
      'chaoyang',
      'shunyi',
      'fengtai',
      'yanqing',
    ]);
    expect(matrix.rowGroups).toEqual([
      { kind: 'three-cities-one-district', start: 0, count: 4 },
      { kind: 'district', start: 4, count: 4 },
    ]);
  });

  it('has columns grouped by industry group, in the atlas order', () => {
    expect(matrix.columnGroups.map((g) => [g.group.id, g.start, g.count])).toEqual([
      ['digital', 0, 5],
      ['health', 5, 2],
      ['manufacturing', 7, 5],
      ['energy-materials', 12, 2],
    ]);
    expect(matrix.columns.map((c) => c.industry.id).slice(0, 7)).toEqual([
      'ai',
      'quantum',
      'blockchain',
      'ic',
      'digital-economy',
      'biotech',
      'health',
    ]);
  });

  it.each<[string, Record<string, number>, number, number]>([
    ['zgc-science-city', { ai: 2, quantum: 1, blockchain: 1 }, 4, 2],
    ['huairou-science-city', { instruments: 1, 'new-materials': 1, biotech: 1 }, 3, 1],
    ['future-science-city', { ai: 1, biotech: 2, health: 1, energy: 2 }, 6, 3],
    ['etdz', { ic: 1, health: 1 }, 2, 2],
    ['chaoyang', { ai: 1, 'digital-economy': 1 }, 2, 1],
    ['yanqing', { drones: 1 }, 1, 1],
  ])('%s: cells %j, total %i, %i distinct sentences', (id, cells, total, sentences) => {
    expect(cellsOf(matrix, id)).toEqual(cells);
    const row = matrix.rows.find((r) => r.area.id === id)!;
    expect(row.total).toBe(total);
    expect(row.sentences).toBe(sentences);
    // sparse: only the cells with sentences, in column order, each naming its column
    expect(row.cells.map((c) => c.column)).toEqual([...row.cells.map((c) => c.column)].sort((a, b) => a - b));
    for (const c of row.cells) {
      expect(matrix.columns[c.column].industry.id).toBe(c.industry);
      expect(cellValue(row, c.column)).toBe(c.value);
    }
  });

  it('holds one cell per area and industry with a sentence, and reads 0 elsewhere', () => {
    const ties = new Set(
      matrix.rows.flatMap((r) =>
        r.area.tasks.flatMap((t) => (t.industries ?? []).map((i) => `${r.area.id} ${i}`)),
      ),
    );
    expect(matrix.rows.reduce((n, r) => n + r.cells.length, 0)).toBe(ties.size);
    const zgc = matrix.rows[0];
    const biotech = matrix.columns.findIndex((c) => c.industry.id === 'biotech');
    expect(cellValue(zgc, biotech)).toBe(0);
    expect(cellValue(zgc, -1)).toBe(0);
    expect(cellValue(zgc, matrix.columns.length)).toBe(0);
  });

  it.each<[string, number, number]>([
    ['ai', 4, 3],
    ['biotech', 3, 2],
    ['aerospace', 2, 2],
    ['energy', 2, 1],
    ['quantum', 1, 1],
  ])('column %s: total %i over %i areas', (id, total, areas) => {
    expect(matrix.columns.find((c) => c.industry.id === id)).toMatchObject({ total, areas });
  });

  it('grand total = sum of row totals = sum of column totals; max is the largest cell', () => {
    expect(matrix.total).toBe(23);
    expect(matrix.rows.reduce((s, r) => s + r.total, 0)).toBe(23);
    expect(matrix.columns.reduce((s, c) => s + c.total, 0)).toBe(23);
    expect(matrix.max).toBe(2);
  });

  it('marks the cells of listed industries', () => {
    const zgc = matrix.rows[0];
    expect(zgc.cells.filter((c) => c.listed).map((c) => c.industry)).toEqual(['ai', 'quantum', 'blockchain']);
  });
});

describe('buildMatrix: options', () => {
  it('limits columns to groups, and drops rows with nothing in them', () => {
    const m = buildMatrix(atlas, { groups: ['health'] });
    expect(m.columns.map((c) => c.industry.id)).toEqual(['biotech', 'health']);
    expect(rowIds(m)).toEqual(['huairou-science-city', 'future-science-city', 'etdz']);
    expect(m.rows.map((r) => r.total)).toEqual([1, 3, 1]);
    // 未来科学城’s 生命谷 sentence carries both biotech and health: two cells, one sentence
    expect(m.rows[1].sentences).toBe(2);
    expect(m.total).toBe(5);
  });

  it('limits rows to kinds, and keeps empty rows when asked (plan-silent districts)', () => {
    expect(rowIds(buildMatrix(atlas, { kinds: ['district'] }))).toEqual([
      'chaoyang',
      'shunyi',
      'fengtai',
      'yanqing',
    ]);
    const withEmpty = buildMatrix(atlas, { kinds: ['district'], includeEmptyRows: true });
    expect(rowIds(withEmpty)).toEqual(['chaoyang', 'haidian', 'huairou', 'shunyi', 'fengtai', 'yanqing']);
    expect(withEmpty.rows[1]).toMatchObject({ total: 0, sentences: 0 });
  });

  it('empty options lists mean "all"; an unknown group gives no columns and no rows', () => {
    expect(buildMatrix(atlas, { kinds: [], groups: [] })).toEqual(matrix);
    const none = buildMatrix(atlas, { groups: ['nope'] });
    expect(none).toMatchObject({ columns: [], rows: [], max: 0, total: 0 });
  });
});

describe('filterMatrixOptions: the matrix restricted to the industry filter', () => {
  const q = (over: Partial<IndustryFilterQuery>): IndustryFilterQuery => ({
    industries: [],
    groups: [],
    match: 'any',
    kinds: [],
    ...over,
  });
  const cases: { name: string; query: IndustryFilterQuery; columns: string[]; rows: string[] }[] = [
    {
      name: 'one industry: its column, the areas listing it',
      query: q({ industries: ['ai'] }),
      columns: ['ai'],
      rows: ['zgc-science-city', 'future-science-city', 'chaoyang'],
    },
    {
      name: 'a group expands to its industries',
      query: q({ groups: ['health'] }),
      columns: ['biotech', 'health'],
      rows: ['huairou-science-city', 'future-science-city', 'etdz'],
    },
    {
      name: 'a group and an industry of another group, columns in group order',
      query: q({ industries: ['drones'], groups: ['health'] }),
      columns: ['biotech', 'health', 'drones'],
      rows: ['huairou-science-city', 'future-science-city', 'etdz', 'yanqing'],
    },
    {
      name: '"all" keeps only areas with every chosen industry',
      query: q({ industries: ['energy', 'ai'], match: 'all' }),
      columns: ['ai', 'energy'],
      rows: ['future-science-city'],
    },
    {
      name: '"all" with no area matching: the columns, no rows',
      query: q({ industries: ['ai', 'rail'], match: 'all' }),
      columns: ['ai', 'rail'],
      rows: [],
    },
    {
      name: 'the filter’s area kinds apply to the rows',
      query: q({ industries: ['ai'], kinds: ['district'] }),
      columns: ['ai'],
      rows: ['chaoyang'],
    },
    {
      name: 'unknown ids are dropped',
      query: q({ industries: ['nope', 'rail'] }),
      columns: ['rail'],
      rows: ['fengtai'],
    },
  ];
  it.each(cases)('$name', ({ query, columns, rows }) => {
    const options = filterMatrixOptions(atlas, query);
    expect(options).not.toBeNull();
    const m = buildMatrix(atlas, options!);
    expect(m.columns.map((c) => c.industry.id)).toEqual(columns);
    expect(rowIds(m)).toEqual(rows);
  });

  it('is null when the filter selects nothing (no restriction)', () => {
    expect(filterMatrixOptions(atlas, q({}))).toBeNull();
    expect(filterMatrixOptions(atlas, q({ industries: ['nope'], groups: ['nope'] }))).toBeNull();
  });

  it('rows follow the filter’s results, not only tagged sentences; cells keep their counts', () => {
    const m = buildMatrix(atlas, filterMatrixOptions(atlas, q({ industries: ['ai'] }))!);
    expect(m.rows.map((r) => cellValue(r, 0))).toEqual([2, 1, 1]);
    expect(m.total).toBe(matrix.columns.find((c) => c.industry.id === 'ai')!.total);
  });
});

describe('sortRows', () => {
  it.each<[string, Parameters<typeof sortRows>[2], string[]]>([
    [
      'total',
      {},
      [
        'future-science-city',
        'zgc-science-city',
        'huairou-science-city',
        'etdz',
        'shunyi',
        'chaoyang',
        'fengtai',
        'yanqing',
      ],
    ],
    [
      'name',
      { lang: 'en' },
      [
        'etdz',
        'future-science-city',
        'huairou-science-city',
        'zgc-science-city',
        'chaoyang',
        'fengtai',
        'shunyi',
        'yanqing',
      ],
    ],
    [
      'name',
      {},
      // pinyin order: bei, huai, wei, zhong | chao, feng, shun, yan
      [
        'etdz',
        'huairou-science-city',
        'future-science-city',
        'zgc-science-city',
        'chaoyang',
        'fengtai',
        'shunyi',
        'yanqing',
      ],
    ],
    [
      'ai',
      { withinGroups: false },
      [
        'zgc-science-city',
        'chaoyang',
        'future-science-city',
        'etdz',
        'fengtai',
        'huairou-science-city',
        'shunyi',
        'yanqing',
      ],
    ],
  ])('by %s %j', (by, options, expected) => {
    const sorted = sortRows(matrix, by, options);
    expect(rowIds(sorted)).toEqual(expected);
  });

  it('keeps kind groups by default and drops them when sorting across groups', () => {
    expect(sortRows(matrix, 'total').rowGroups).toEqual(matrix.rowGroups);
    expect(sortRows(matrix, 'total', { withinGroups: false }).rowGroups).toEqual([]);
  });

  it('does not change the matrix it was given, only the row order', () => {
    const before = rowIds(matrix);
    const sorted = sortRows(matrix, 'total', { withinGroups: false });
    expect(rowIds(matrix)).toEqual(before);
    expect(sorted.columns).toBe(matrix.columns);
    expect([...rowIds(sorted)].sort()).toEqual([...before].sort());
  });

  it('sorts by name when the industry is not a column', () => {
    expect(rowIds(sortRows(matrix, 'no-such-industry'))).toEqual(rowIds(sortRows(matrix, 'name')));
  });

  /** The sort spelt out with a comparison: key (largest first), then the collator on names, then id; kinds first. */
  function referenceSort(
    m: Matrix,
    by: MatrixSort,
    { lang = 'zh', withinGroups = true }: SortOptions,
  ): string[] {
    const collator = new Intl.Collator(lang === 'zh' ? 'zh-Hans-CN' : 'en');
    const name = (r: MatrixRow) => (lang === 'zh' ? r.area.name_zh : r.area.name_en);
    const col = m.columns.findIndex((c) => c.industry.id === by);
    const key = (r: MatrixRow) => (by === 'total' ? r.total : col >= 0 ? cellValue(r, col) : 0);
    const compare = (a: MatrixRow, b: MatrixRow) =>
      (withinGroups ? areaKindRank(a.area.kind) - areaKindRank(b.area.kind) : 0) ||
      (by === 'name' ? 0 : key(b) - key(a)) ||
      collator.compare(name(a), name(b)) ||
      (a.area.id < b.area.id ? -1 : 1);
    return [...m.rows].sort(compare).map((r) => r.area.id);
  }

  // many ties: few names (some equal but for case or accent), few kinds and industries, small counts
  const INDUSTRIES = ['ai', 'bio', 'chips', 'energy', 'cars'];
  const generatedArea = fc.record({
    name_zh: fc.constantFrom('海淀', '朝阳', '昌平', '中关村', '亦庄', '怀柔', '北京', '北京经开区'),
    name_en: fc.constantFrom(
      'Haidian',
      'haidian',
      'Chaoyang',
      'Élan',
      'elan',
      'Zhongguancun',
      'Beijing',
      'B',
    ),
    kind: fc.constantFrom(...AREA_KINDS),
    industries: fc.subarray(INDUSTRIES),
    tasks: fc.array(fc.array(fc.constantFrom(...INDUSTRIES), { maxLength: 3 }), { maxLength: 4 }),
  });
  const generatedAtlas = fc.array(generatedArea, { minLength: 1, maxLength: 60 }).map((list) => {
    const [template] = atlas.areas;
    const areas: Area[] = list.map((a, n) => ({
      ...template,
      ...a,
      id: `area-${(n * 37) % 101}`,
      tasks: a.tasks.map((industries) => ({ ...template.tasks[0], industries })),
    }));
    const industries = INDUSTRIES.map((id, n) => ({
      ...atlas.industries[0],
      id,
      group: n < 3 ? 'tech' : 'green',
    }));
    return { areas, industries, industry_groups: [] };
  });
  const SORTS: MatrixSort[] = ['name', 'total', 'ai', 'cars', 'no-such-industry'];

  it('orders rows exactly as the comparison sort does, on generated atlases full of ties', () => {
    fc.assert(
      fc.property(generatedAtlas, fc.boolean(), (generated, includeEmptyRows) => {
        const everyRow = buildMatrix(generated, { includeEmptyRows });
        // the fast path (rows from the atlas' areas), a restriction to some rows, and rows from another list of areas
        const someRows = buildMatrix(generated, {
          includeEmptyRows,
          areaIds: new Set(generated.areas.filter((_, n) => n % 3 === 0).map((a) => a.id)),
        });
        const otherAreas: Matrix = { ...everyRow, areas: generated.areas.slice(1) };
        for (const m of [everyRow, someRows, otherAreas])
          for (const by of SORTS)
            for (const lang of ['zh', 'en'] as const)
              for (const withinGroups of [true, false]) {
                const options = { lang, withinGroups };
                const sorted = sortRows(m, by, options);
                expect(rowIds(sorted)).toEqual(referenceSort(m, by, options));
                if (withinGroups)
                  expect(sorted.rowGroups.reduce((n, g) => n + g.count, 0)).toBe(m.rows.length);
              }
      }),
      { numRuns: 60 },
    );
  });
});

describe('cellColorScale', () => {
  const rgb = (hex: string) =>
    `rgb(${parseInt(hex.slice(1, 3), 16)}, ${parseInt(hex.slice(3, 5), 16)}, ${parseInt(hex.slice(5, 7), 16)})`;

  it.each<[number, number, string]>([
    [5, 0, MATRIX_EMPTY_COLOUR],
    [5, -1, MATRIX_EMPTY_COLOUR],
    [5, Number.NaN, MATRIX_EMPTY_COLOUR],
    [5, 5, rgb(okabeIto.blue)],
    [5, 50, rgb(okabeIto.blue)],
    [1, 1, rgb(okabeIto.blue)],
    [0, 3, rgb(okabeIto.blue)],
  ])('max %i: %f → %s', (max, value, expected) => {
    expect(cellColorScale(max)(value)).toBe(expected);
  });

  it('uses the page colour for an empty cell', () => {
    expect(MATRIX_EMPTY_COLOUR).toBe(base.paper);
  });

  it('gets darker as the count grows, and 1 is visibly different from 0', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 60 }), (max) => {
        const colour = cellColorScale(max);
        expect(contrastRatio(colour(1), colour(0))).toBeGreaterThan(1.1);
        for (let v = 2; v <= max; v++) {
          expect(relativeLuminance(colour(v))).toBeLessThan(relativeLuminance(colour(v - 1)));
        }
      }),
      { numRuns: 30 },
    );
  });

  it('picks a text colour with at least 4.5:1 contrast on every cell colour', () => {
    for (let max = 1; max <= 60; max++) {
      const colour = cellColorScale(max);
      for (let v = 0; v <= max; v++) {
        const bg = colour(v);
        expect(contrastRatio(cellTextColor(bg), bg)).toBeGreaterThanOrEqual(4.5);
      }
    }
    const colour = cellColorScale(20);
    expect(cellTextColor(colour(20))).toBe(base.halo);
    expect(cellTextColor(colour(0))).toBe(base.text);
  });
});
