// Derived data of the store (filter results, the map's filter marks, matrix rows, comparisons), each computed once
// per change of what it reads and shared by the panels and the map binding. Every selector returns the same object
// while its inputs are unchanged, so `useAtlas(selectX)` re-renders only when the result really changes.
import type { AtlasIndex } from '../data/atlasIndex';
import { filterAreas, isFilterActive, type FilterResult } from '../data/industryFilter';
import { buildMatrix, filterMatrixOptions, type Matrix, type MatrixOptions } from '../data/matrix';
import { compareAreas, mostSimilar, type Comparison, type SimilarArea } from '../data/similarity';
import type { AtlasState } from './atlasStore';
import type { FilterState } from './filterSlice';

/** `fn` with a one-entry cache: the last result is returned again while every argument is the same (===). */
export function memoizeLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i]))
      return last.result;
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}

/** True when the filter selects something (an empty selection is "no filter", not "no match"). */
export const selectFilterActive = (s: AtlasState): boolean => isFilterActive(s.index.atlas, s.filter);

const filterResultsOf = memoizeLast((index: AtlasIndex, filter: FilterState) =>
  filterAreas(index.atlas, filter),
);

/** The areas the industry filter matches, with the plan sentences behind each ([] when no filter is active). */
export const selectFilterResults = (s: AtlasState): readonly FilterResult[] =>
  filterResultsOf(s.index, s.filter);

/** How the map marks an area under the filter: `match` (highlighted) or `dim` (faded). */
export type FilterMark = 'match' | 'dim';

const filterMarksOf = memoizeLast(
  (
    index: AtlasIndex,
    filter: FilterState,
    results: readonly FilterResult[],
  ): ReadonlyMap<string, FilterMark> => {
    const marks = new Map<string, FilterMark>();
    if (!isFilterActive(index.atlas, filter)) return marks;
    const matches = new Set(results.map((r) => r.area.id));
    for (const area of index.atlas.areas) marks.set(area.id, matches.has(area.id) ? 'match' : 'dim');
    return marks;
  },
);

/** The mark of every area: none while no filter is active, else `match` for each result and `dim` for the rest. */
export const selectFilterMarks = (s: AtlasState): ReadonlyMap<string, FilterMark> =>
  filterMarksOf(s.index, s.filter, selectFilterResults(s));

const matrixRestrictionOf = memoizeLast(
  (index: AtlasIndex, filter: FilterState, results: readonly FilterResult[]) =>
    filterMatrixOptions(index.atlas, filter, results),
);

/** The matrix columns and rows the active filter is about (null when no filter is active). */
export const selectMatrixRestriction = (s: AtlasState) =>
  matrixRestrictionOf(s.index, s.filter, selectFilterResults(s));

/** The area × industry matrix, restricted to what the filter is about or (null) over the whole atlas. */
export const matrixOf = memoizeLast((index: AtlasIndex, restriction: MatrixOptions | null): Matrix =>
  buildMatrix(index.atlas, restriction ?? {}),
);

const comparisonOf = memoizeLast((index: AtlasIndex, ids: readonly string[]) =>
  compareAreas(index.atlas, ids),
);

/** The side-by-side of the compare set. */
export const selectComparison = (s: AtlasState): Comparison => comparisonOf(s.index, s.compareIds);

/** The `n` areas most like `id` (cosine on industry sentence counts), remembered for the last area asked about. */
export const mostSimilarOf = memoizeLast((index: AtlasIndex, id: string, n: number): SimilarArea[] =>
  mostSimilar(index.atlas, id, n),
);
