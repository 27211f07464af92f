// summarize: median of odd and even lists, min/max, empty input.
import { expect, it } from 'vitest';
import { summarize } from './stats.ts';

it.each([
  [[3, 1, 2], { median: 2, min: 1, max: 3, n: 3 }],
  [[4, 1, 3, 2], { median: 2.5, min: 1, max: 4, n: 4 }],
  [[7], { median: 7, min: 7, max: 7, n: 1 }],
])('summarize(%j)', (values, expected) => {
  expect(summarize(values)).toEqual(expected);
});

it('returns NaN figures for no measurements', () => {
  expect(summarize([]).n).toBe(0);
  expect(summarize([]).median).toBeNaN();
});
