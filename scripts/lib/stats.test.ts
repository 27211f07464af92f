// summarize: median of odd and even lists, min/max, empty input. logLogSlope: the growth exponent of a figure.
import { describe, expect, it } from 'vitest';
import { logLogSlope, summarize } from './stats.ts';

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

describe('logLogSlope', () => {
  it.each([
    [
      'linear',
      [
        [1, 3],
        [10, 30],
        [100, 300],
      ],
      1,
    ],
    [
      'quadratic',
      [
        [1, 2],
        [10, 200],
        [100, 20000],
      ],
      2,
    ],
    [
      'flat',
      [
        [1, 5],
        [10, 5],
        [100, 5],
      ],
      0,
    ],
    [
      'square root',
      [
        [1, 1],
        [100, 10],
        [10000, 100],
      ],
      0.5,
    ],
  ] as const)('is the exponent of a %s figure', (_, points, exponent) => {
    expect(logLogSlope(points)).toBeCloseTo(exponent, 10);
  });
  it('fits noisy points by least squares', () => {
    // log10 y = 0, 1.1, 1.9 at log10 x = 0, 1, 2: slope 0.95
    expect(
      logLogSlope([
        [1, 1],
        [10, 10 ** 1.1],
        [100, 10 ** 1.9],
      ]),
    ).toBeCloseTo(0.95, 10);
  });
  it('leaves out points without a logarithm and needs two others', () => {
    expect(
      logLogSlope([
        [1, 0],
        [10, 10],
        [100, 100],
      ]),
    ).toBeCloseTo(1, 10);
    expect(
      logLogSlope([
        [1, 0],
        [10, 10],
      ]),
    ).toBeNaN();
    expect(
      logLogSlope([
        [10, 1],
        [10, 2],
      ]),
    ).toBeNaN();
  });
});
