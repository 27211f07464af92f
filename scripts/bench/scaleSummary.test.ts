// The `scale` entry of the bench's JSON line, assembled from a bench:scale run's output.
import { describe, expect, it } from 'vitest';
import { scaleSummary } from './scaleSummary.ts';

const run = {
  sizes: [1, 10, 100],
  figures: { filter_any: [0.4, 1.3, 12.5], matrix_build: [0.8, 6.5, 61], search_keystroke: [0.1, null, 40] },
  slopes: { filter_any: 0.97, matrix_build: 0.95, search_keystroke: null },
  counts: [
    { k: 1, areas: 106, industries: 36, tasks: 211 },
    { k: 10, areas: 1060, industries: 360, tasks: 2110 },
    { k: 100, areas: 10600, industries: 3600, tasks: 21100 },
  ],
};

describe('scaleSummary', () => {
  it('gives each figure’s ms at the largest size and its slope, with that atlas’s size', () => {
    const stdout = `\nScale benchmark …\nfilter  0.40  1.30  12.50  0.97\n${JSON.stringify(run)}\n`;
    expect(scaleSummary(stdout)).toEqual({
      size: 100,
      areas: 10600,
      industries: 3600,
      sentences: 21100,
      figures: {
        filter_any: { ms: 12.5, slope: 0.97 },
        matrix_build: { ms: 61, slope: 0.95 },
        search_keystroke: { ms: 40, slope: null },
      },
    });
  });

  it('takes the largest size wherever it is in the list', () => {
    const s = scaleSummary(
      JSON.stringify({ ...run, sizes: [10, 1], figures: { f: [3, 1] }, slopes: { f: 1 } }),
    );
    expect(s).toMatchObject({ size: 10, areas: 1060, figures: { f: { ms: 3, slope: 1 } } });
  });

  it('says what is wrong with output that is not a scale run', () => {
    expect(() => scaleSummary('')).toThrow(/did not end with a JSON line/);
    expect(() => scaleSummary('Error: out of memory')).toThrow(/did not end with a JSON line/);
    expect(() => scaleSummary('{"sizes":[]}')).toThrow(/no sizes, figures/);
    expect(() => scaleSummary(JSON.stringify({ ...run, figures: { f: [1] } }))).toThrow(/no sizes, figures/);
  });
});
