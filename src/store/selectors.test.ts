// Derived data of the store: correct results, computed once per change of what they read, and shared by every reader.
import { describe, expect, it, vi } from 'vitest';
import { createTestStore, fixtureAtlas } from '../../tests/support/atlasFixtures';
import type { AtlasState } from './atlasStore';
import {
  matrixOf,
  memoizeLast,
  selectComparison,
  selectFilterActive,
  selectFilterMarks,
  selectFilterResults,
  selectMatrixRestriction,
} from './selectors';

const atlas = fixtureAtlas();

function marksFor(filter: Partial<AtlasState['filter']>) {
  const store = createTestStore({ atlas });
  store.getState().setFilter(filter);
  return selectFilterMarks(store.getState());
}

describe('selectFilterMarks', () => {
  it('marks nothing when no filter is active (unknown ids do not make one)', () => {
    expect(marksFor({ industries: [], match: 'any' }).size).toBe(0);
    expect(marksFor({ industries: ['zzz'], match: 'all' }).size).toBe(0);
  });

  it.each<[string, string[], 'any' | 'all', string[]]>([
    ['ai', ['ai'], 'any', ['haidian', 'zgc-science-city']],
    [
      'ai or quantum',
      ['ai', 'quantum'],
      'any',
      ['haidian', 'zgc-science-city', 'huairou-science-city', 'huairou-national-science-center'],
    ],
    ['ai and quantum', ['ai', 'quantum'], 'all', ['zgc-science-city']],
  ])('%s: the results match, every other area is dimmed', (_n, industries, match, expected) => {
    const m = marksFor({ industries, match });
    expect(m.size).toBe(atlas.areas.length);
    expect(
      [...m]
        .filter(([, v]) => v === 'match')
        .map(([id]) => id)
        .sort(),
    ).toEqual([...expected].sort());
  });
});

describe('memoised selectors', () => {
  it('memoizeLast computes again only when an argument changes', () => {
    const fn = vi.fn((a: object, n: number) => ({ a, n }));
    const memo = memoizeLast(fn);
    const a = {};
    expect(memo(a, 1)).toBe(memo(a, 1));
    memo(a, 2);
    memo({}, 2);
    expect(fn).toHaveBeenCalledTimes(3);
  });

  it('the filter results are one object for every reader until the filter changes', () => {
    const store = createTestStore({ atlas });
    store.getState().setIndustries(['ai']);
    const first = selectFilterResults(store.getState());
    expect(first.map((r) => r.area.id).sort()).toEqual(['haidian', 'zgc-science-city']);
    // a change elsewhere in the store (hover, selection) does not recompute the filter
    store.getState().hoverArea('haidian');
    store.getState().selectArea('huairou');
    expect(selectFilterResults(store.getState())).toBe(first);
    expect(selectFilterActive(store.getState())).toBe(true);
    store.getState().setIndustries(['quantum']);
    const next = selectFilterResults(store.getState());
    expect(next).not.toBe(first);
    expect(next.map((r) => r.area.id).sort()).toEqual([
      'huairou-national-science-center',
      'huairou-science-city',
      'zgc-science-city',
    ]);
  });

  it('the matrix restriction follows the filter: its industries and its result areas', () => {
    const store = createTestStore({ atlas });
    expect(selectMatrixRestriction(store.getState())).toBeNull();
    store.getState().setIndustries(['ai']);
    const restriction = selectMatrixRestriction(store.getState());
    expect(restriction?.industries).toEqual(['ai']);
    expect([...(restriction?.areaIds ?? [])].sort()).toEqual(['haidian', 'zgc-science-city']);
    expect(selectMatrixRestriction(store.getState())).toBe(restriction);
    const index = store.getState().index;
    const matrix = matrixOf(index, restriction);
    expect(matrixOf(index, restriction)).toBe(matrix);
    expect(matrix.rows.map((r) => r.area.id).sort()).toEqual(['haidian', 'zgc-science-city']);
    expect(matrixOf(index, null).rows.length).toBeGreaterThan(matrix.rows.length);
  });

  it('the comparison is of the compare set, recomputed when the set changes', () => {
    const store = createTestStore({ atlas });
    store.getState().setCompare(['haidian', 'zgc-science-city']);
    const first = selectComparison(store.getState());
    expect(first.areas.map((a) => a.id)).toEqual(['haidian', 'zgc-science-city']);
    expect(selectComparison(store.getState())).toBe(first);
    store.getState().addToCompare('shanghai');
    expect(selectComparison(store.getState()).areas.map((a) => a.id)).toEqual([
      'haidian',
      'zgc-science-city',
      'shanghai',
    ]);
  });
});
