// Filter marks on the map: none without a filter, match/dim with one, and only the changed areas in a diff.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Atlas } from '../data/types';
import { computeFilterMarks, diffFilterMarks, type FilterMark } from './filterHighlight';

const atlas = JSON.parse(readFileSync('tests/fixtures/atlas-mini.json', 'utf8')) as Atlas;
const marks = (o: Record<string, FilterMark>) => new Map(Object.entries(o));

describe('computeFilterMarks', () => {
  it('marks nothing when no filter is active (unknown ids do not make one)', () => {
    expect(computeFilterMarks(atlas, { industries: [], match: 'any' }).size).toBe(0);
    expect(computeFilterMarks(atlas, { industries: ['zzz'], match: 'all' }).size).toBe(0);
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
    const m = computeFilterMarks(atlas, { industries, match });
    expect(m.size).toBe(atlas.areas.length);
    expect(
      [...m]
        .filter(([, v]) => v === 'match')
        .map(([id]) => id)
        .sort(),
    ).toEqual([...expected].sort());
  });
});

describe('diffFilterMarks', () => {
  it.each<[string, Map<string, FilterMark>, Map<string, FilterMark>, [string, FilterMark | null][]]>([
    ['nothing to nothing', marks({}), marks({}), []],
    [
      'filter on',
      marks({}),
      marks({ a: 'match', b: 'dim' }),
      [
        ['a', 'match'],
        ['b', 'dim'],
      ],
    ],
    ['one flips', marks({ a: 'match', b: 'dim' }), marks({ a: 'match', b: 'match' }), [['b', 'match']]],
    [
      'filter off',
      marks({ a: 'match', b: 'dim' }),
      marks({}),
      [
        ['a', null],
        ['b', null],
      ],
    ],
  ])('%s', (_n, prev, next, expected) => {
    expect(diffFilterMarks(prev, next)).toEqual(expected);
  });
});
