// The planner's area × industry matrix: plan sentences per area and industry, totals, row sorting and the cell colour scale.
import { scaleThreshold } from 'd3-scale';
import { AREA_KINDS, areaKindRank } from './areaKinds';
import {
  filterAreas,
  isFilterActive,
  resultAreaIds,
  type FilterResult,
  type IndustryFilterQuery,
} from './industryFilter';
import { base, okabeIto } from './palette';
import type { Area, AreaKind, Atlas, Industry, IndustryGroup } from './types';

export interface MatrixOptions {
  /** Rows only of these kinds; absent or empty = every kind. */
  kinds?: readonly AreaKind[];
  /** Columns only of these industry groups; absent or empty = every group. */
  groups?: readonly string[];
  /** Columns only of these industry ids; absent or empty = every industry (of the chosen groups). */
  industries?: readonly string[];
  /** Rows only of these area ids; absent = every area, an empty set = no rows. */
  areaIds?: ReadonlySet<string>;
  /** Keep areas with nothing in the chosen columns (plan-silent places …); default false. */
  includeEmptyRows?: boolean;
}

export interface MatrixCell {
  /** Index of the cell's column in `Matrix.columns`. */
  column: number;
  industry: string;
  /** How many of the area's plan sentences are tagged with this industry (at least 1). */
  value: number;
  /** The industry is in the area's list too. */
  listed: boolean;
}

export interface MatrixRow {
  area: Area;
  /**
   * Only the cells with at least one sentence, in column order: an area speaks of a few of the atlas's industries, so
   * a row costs what the area says, not the width of the matrix.
   */
  cells: MatrixCell[];
  /** Sum of the cells: a sentence tagged with two shown industries counts twice. */
  total: number;
  /** Distinct sentences tagged with at least one shown industry. */
  sentences: number;
}

export interface MatrixColumn {
  industry: Industry;
  /** Sum of the column's cells. */
  total: number;
  /** Rows with a non-zero cell in this column. */
  areas: number;
}

/** A run of consecutive rows of one kind, or of consecutive columns of one industry group. */
export interface MatrixRowGroup {
  kind: AreaKind;
  start: number;
  count: number;
}
export interface MatrixColumnGroup {
  group: IndustryGroup;
  start: number;
  count: number;
}

export interface Matrix {
  rows: MatrixRow[];
  columns: MatrixColumn[];
  /** Rows grouped by kind in AREA_KINDS; [] after a sort across groups. */
  rowGroups: MatrixRowGroup[];
  columnGroups: MatrixColumnGroup[];
  /** Largest cell value (0 for an empty matrix): the top of the colour scale. */
  max: number;
  /** Sum of all cells. */
  total: number;
  /** The atlas's areas the rows were chosen from: their name order is worked out once per atlas and language. */
  areas: readonly Area[];
}

/** Membership in an option list: absent or empty = everything. */
function allowing<T>(list: readonly T[] | undefined): (value: T) => boolean {
  if (list === undefined || list.length === 0) return () => true;
  const set = new Set(list);
  return (value) => set.has(value);
}

/** Groups in the atlas order, then any group an industry names that the atlas does not list (shown by its id). */
function orderedGroups(atlas: Pick<Atlas, 'industry_groups' | 'industries'>): IndustryGroup[] {
  const groups = [...atlas.industry_groups];
  const known = new Set(groups.map((g) => g.id));
  for (const i of atlas.industries) {
    if (known.has(i.group)) continue;
    known.add(i.group);
    groups.push({ id: i.group, zh: i.group, en: i.group });
  }
  return groups;
}

function rowGroupsOf(rows: readonly MatrixRow[]): MatrixRowGroup[] {
  const out: MatrixRowGroup[] = [];
  rows.forEach((r, i) => {
    const last = out[out.length - 1];
    if (last && last.kind === r.area.kind) last.count += 1;
    else out.push({ kind: r.area.kind, start: i, count: 1 });
  });
  return out;
}

/**
 * Build the matrix: rows grouped by kind (atlas order within a kind), columns grouped by industry group. Its cost is
 * linear in the areas, the industries and the (area, industry, sentence) ties: no step walks every area × industry.
 */
export function buildMatrix(
  atlas: Pick<Atlas, 'areas' | 'industries' | 'industry_groups'>,
  options: MatrixOptions = {},
): Matrix {
  const allowsGroup = allowing(options.groups);
  const allowsIndustry = allowing(options.industries);
  const allowsKind = allowing(options.kinds);
  const membersOf = new Map<string, Industry[]>();
  for (const i of atlas.industries) {
    if (!allowsIndustry(i.id)) continue;
    const members = membersOf.get(i.group);
    if (members) members.push(i);
    else membersOf.set(i.group, [i]);
  }
  const columnGroups: MatrixColumnGroup[] = [];
  const industries: Industry[] = [];
  for (const group of orderedGroups(atlas)) {
    const members = membersOf.get(group.id);
    if (!allowsGroup(group.id) || !members) continue;
    columnGroups.push({ group, start: industries.length, count: members.length });
    industries.push(...members);
  }
  const columnOf = new Map(industries.map((i, j) => [i.id, j]));

  // rows by kind in AREA_KINDS order, atlas order within a kind
  const byKind: Area[][] = [];
  for (const area of atlas.areas) {
    if (!allowsKind(area.kind) || (options.areaIds && !options.areaIds.has(area.id))) continue;
    const rank = areaKindRank(area.kind);
    (byKind[rank] ??= []).push(area);
  }

  const columnTotals = new Array<number>(industries.length).fill(0);
  const columnAreas = new Array<number>(industries.length).fill(0);
  // one row's counts per column, reset through the columns it touched; stamps say which sentence last counted a
  // column (a sentence tagged twice with one industry counts once) and which area lists it
  const counts = new Array<number>(industries.length).fill(0);
  const countedBy = new Array<number>(industries.length).fill(-1);
  const listedBy = new Array<number>(industries.length).fill(-1);
  const rows: MatrixRow[] = [];
  let max = 0;
  let total = 0;
  let sentenceNo = 0;
  let areaNo = 0;
  for (const area of byKind.flatMap((areas) => areas ?? [])) {
    areaNo += 1;
    const touched: number[] = [];
    let sentences = 0;
    for (const task of area.tasks) {
      sentenceNo += 1;
      let tagged = false;
      for (const id of task.industries ?? []) {
        const j = columnOf.get(id);
        if (j === undefined || countedBy[j] === sentenceNo) continue;
        countedBy[j] = sentenceNo;
        tagged = true;
        if (counts[j] === 0) touched.push(j);
        counts[j] += 1;
      }
      if (tagged) sentences += 1;
    }
    let listsShown = false;
    for (const id of area.industries) {
      const j = columnOf.get(id);
      if (j === undefined) continue;
      listedBy[j] = areaNo;
      listsShown = true;
    }
    touched.sort((a, b) => a - b);
    const cells = touched.map((j) => ({
      column: j,
      industry: industries[j].id,
      value: counts[j],
      listed: listedBy[j] === areaNo,
    }));
    for (const j of touched) counts[j] = 0;
    if (cells.length === 0 && !listsShown && !options.includeEmptyRows) continue;
    let rowTotal = 0;
    for (const c of cells) {
      rowTotal += c.value;
      columnTotals[c.column] += c.value;
      columnAreas[c.column] += 1;
      if (c.value > max) max = c.value;
    }
    total += rowTotal;
    rows.push({ area, cells, total: rowTotal, sentences });
  }

  const columns: MatrixColumn[] = industries.map((industry, j) => ({
    industry,
    total: columnTotals[j],
    areas: columnAreas[j],
  }));
  return { rows, columns, rowGroups: rowGroupsOf(rows), columnGroups, max, total, areas: atlas.areas };
}

/** The value of `row`'s cell in column `column` (0 where the area has no sentence for it). */
export function cellValue(row: MatrixRow, column: number): number {
  const { cells } = row;
  let lo = 0;
  let hi = cells.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cells[mid].column < column) lo = mid + 1;
    else hi = mid;
  }
  return lo < cells.length && cells[lo].column === column ? cells[lo].value : 0;
}

/**
 * The matrix options that show only what an industry filter is about: columns = the chosen industries (a chosen group
 * stands for all of its industries; atlas order, unknown ids dropped), rows = the filter's result areas (filterAreas,
 * so its any/all match and area kinds apply; pass the results when they are already computed). Null when the filter selects nothing (isFilterActive is false).
 */
export function filterMatrixOptions(
  atlas: Pick<Atlas, 'areas' | 'industries'>,
  query: IndustryFilterQuery,
  results: readonly FilterResult[] = filterAreas(atlas, query),
): Required<Pick<MatrixOptions, 'industries' | 'areaIds'>> | null {
  if (!isFilterActive(atlas, query)) return null;
  const groups = new Set(query.groups ?? []);
  const chosen = new Set(query.industries);
  const industries = atlas.industries.filter((i) => chosen.has(i.id) || groups.has(i.group)).map((i) => i.id);
  return { industries, areaIds: resultAreaIds(results) };
}

export type MatrixSort = 'name' | 'total' | (string & {});

export interface SortOptions {
  /** Language of the name sort: zh sorts 中文 names in pinyin order (default), en by English name. */
  lang?: 'zh' | 'en';
  /** Keep the kind groups and sort inside each (default true); false sorts all rows as one list. */
  withinGroups?: boolean;
}

const collators = new Map<'zh' | 'en', Intl.Collator>();
/** One collator per language: making one costs more than a sort of a hundred names. */
function collatorOf(lang: 'zh' | 'en'): Intl.Collator {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(lang === 'zh' ? 'zh-Hans-CN' : 'en')));
  return c;
}

const nameOrders = new WeakMap<readonly Area[], Partial<Record<'zh' | 'en', Map<Area, number>>>>();
/**
 * Each area's place in the name order of `areas` (the language's collation, then id), remembered per list and
 * language: the collator's comparisons are made once per atlas, not on every sort of its rows.
 */
function nameRanks(areas: readonly Area[], lang: 'zh' | 'en'): Map<Area, number> {
  let byLang = nameOrders.get(areas);
  if (!byLang) nameOrders.set(areas, (byLang = {}));
  let ranks = byLang[lang];
  if (!ranks) {
    const { compare } = collatorOf(lang);
    const names = areas.map((a) => (lang === 'zh' ? a.name_zh : a.name_en));
    const order = areas.map((_, i) => i);
    order.sort((i, j) => compare(names[i], names[j]) || (areas[i].id < areas[j].id ? -1 : 1));
    ranks = byLang[lang] = new Map(order.map((i, rank) => [areas[i], rank]));
  }
  return ranks;
}

/** `order` (row indices) stably reordered by `digit[i]`, a whole number in [0, buckets): a counting sort. */
function countingSort(order: Uint32Array, digit: Uint32Array, buckets: number): Uint32Array {
  const starts = new Uint32Array(buckets + 1);
  for (let n = 0; n < order.length; n++) starts[digit[order[n]] + 1] += 1;
  for (let b = 1; b <= buckets; b++) starts[b] += starts[b - 1];
  const out = new Uint32Array(order.length);
  for (let n = 0; n < order.length; n++) out[starts[digit[order[n]]]++] = order[n];
  return out;
}

/**
 * A copy of `matrix` with its rows reordered: by name (A→Z), by total, or by one industry's cell (largest first;
 * ties by name, then id). An industry id that is not a column sorts by name. Its cost is linear in the rows, the
 * atlas's areas and the largest key: counting sorts on the name rank, the key and the kind, each keeping the order of
 * the last.
 */
export function sortRows(matrix: Matrix, by: MatrixSort, options: SortOptions = {}): Matrix {
  const lang = options.lang ?? 'zh';
  const withinGroups = options.withinGroups ?? true;
  const { rows } = matrix;
  const n = rows.length;
  const atlasRanks = nameRanks(matrix.areas, lang);
  // rows that are not all from `matrix.areas` (a matrix put together by hand) are ranked among themselves
  const fromAtlas = rows.every((r) => atlasRanks.has(r.area));
  const ranks = fromAtlas
    ? atlasRanks
    : nameRanks(
        rows.map((r) => r.area),
        lang,
      );
  const col = by === 'name' ? -1 : matrix.columns.findIndex((c) => c.industry.id === by);
  const keys = rows.map((r) =>
    by === 'name' ? 0 : by === 'total' ? r.total : col >= 0 ? cellValue(r, col) : 0,
  );
  const maxKey = keys.reduce((m, k) => Math.max(m, k), 0);
  // the digits of each row, least significant first: name rank, key (largest first), kind
  const rank = new Uint32Array(n);
  const fromTop = new Uint32Array(n);
  const kind = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    rank[i] = ranks.get(rows[i].area)!;
    fromTop[i] = maxKey - keys[i];
    kind[i] = areaKindRank(rows[i].area.kind) + 1;
  }
  let order: Uint32Array = Uint32Array.from(rows.keys());
  order = countingSort(order, rank, ranks.size);
  order = countingSort(order, fromTop, maxKey + 1);
  if (withinGroups) order = countingSort(order, kind, AREA_KINDS.length + 1);
  const sorted: MatrixRow[] = [];
  for (const i of order) sorted.push(rows[i]);
  return { ...matrix, rows: sorted, rowGroups: withinGroups ? rowGroupsOf(sorted) : [] };
}

/** The ramp's ends, both from the palette: a value of 1 is a pale tint of Okabe–Ito blue, the maximum is the full blue. */
export const MATRIX_EMPTY_COLOUR = base.paper;
export const MATRIX_DARK_COLOUR = okabeIto.blue;

/** `a` mixed towards `b` by `t` (0–1), linear in RGB, as `rgb(r, g, b)` with rounded channels. */
function mixRgb(a: string, b: string, t: number): string {
  const [from, to] = [channels(a)!, channels(b)!];
  const c = from.map((x, i) => Math.max(0, Math.min(255, Math.round(x + (to[i] - x) * t))));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

const MATRIX_LIGHT_COLOUR = mixRgb(base.paper, okabeIto.blue, 0.18);

/**
 * Cell colour for a count: 0 → the page colour (no sentence), 1…max → pale to full blue, one step per count (a d3
 * threshold scale at the half-counts over colours mixed linearly in RGB). Counts above `max` take the darkest colour.
 */
export function cellColorScale(max: number): (value: number) => string {
  const top = Math.max(1, Math.round(max));
  const colours = Array.from({ length: top }, (_, i) =>
    mixRgb(MATRIX_LIGHT_COLOUR, MATRIX_DARK_COLOUR, top === 1 ? 1 : i / (top - 1)),
  );
  const halfCounts = Array.from({ length: top - 1 }, (_, i) => i + 1.5);
  const ramp = scaleThreshold<number, string>().domain(halfCounts).range(colours);
  return (value) => (value > 0 && Number.isFinite(value) ? ramp(value) : MATRIX_EMPTY_COLOUR);
}

function channels(colour: string): [number, number, number] | null {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (hex) return [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16)];
  const rgb = /^rgb\(\s*(\d+),\s*(\d+),\s*(\d+)\s*\)$/.exec(colour);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : null;
}

/** WCAG relative luminance of a `#rrggbb` or `rgb(r, g, b)` colour. */
export function relativeLuminance(colour: string): number {
  const c = channels(colour);
  if (!c) return 1;
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const better = (a: string, b: string, background: string) =>
  contrastRatio(a, background) >= contrastRatio(b, background) ? a : b;

/**
 * The palette's text colour or its white halo, whichever reads better on `background`; where neither reaches WCAG AA
 * (4.5:1, mid-ramp blues) pure black or white, one of which always does.
 */
export function cellTextColor(background: string): string {
  const usual = better(base.text, base.halo, background);
  return contrastRatio(usual, background) >= 4.5 ? usual : better(okabeIto.black, base.halo, background);
}
