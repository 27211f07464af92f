// Filter marks on the map: only the areas whose mark changed are in a diff.
import { describe, expect, it } from 'vitest';
import { diffFilterMarks, type FilterMark } from './filterHighlight';

const marks = (o: Record<string, FilterMark>) => new Map(Object.entries(o));

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
