// The virtualised matrix's geometry: its body lines and the window of lines or columns a scroll position draws.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Matrix } from '../../data/matrix';
import { matrixLines, windowOf } from './gridWindow';

describe('matrixLines', () => {
  const rows = Array.from({ length: 5 }, () => ({}) as Matrix['rows'][number]);
  it('puts each kind’s header before its rows', () => {
    const lines = matrixLines({
      rows,
      rowGroups: [
        { kind: 'three-cities-one-district', start: 0, count: 2 },
        { kind: 'district', start: 2, count: 3 },
      ],
    });
    expect(lines).toEqual([
      { kind: 'three-cities-one-district', group: 0 },
      { row: 0 },
      { row: 1 },
      { kind: 'district', group: 1 },
      { row: 2 },
      { row: 3 },
      { row: 4 },
    ]);
  });
  it('is the rows alone when a sort mixes the kinds', () => {
    expect(matrixLines({ rows, rowGroups: [] })).toEqual([0, 1, 2, 3, 4].map((row) => ({ row })));
  });
});

describe('windowOf', () => {
  it.each([
    // offset, viewport, size, count, margin, step → span
    [0, 300, 30, 1000, 0, 1, { start: 0, end: 10 }],
    [0, 300, 30, 1000, 5, 1, { start: 0, end: 15 }],
    [3000, 300, 30, 1000, 5, 1, { start: 95, end: 115 }],
    [3010, 300, 30, 1000, 5, 1, { start: 95, end: 116 }],
    [3010, 300, 30, 1000, 5, 8, { start: 88, end: 120 }],
    [29_900, 300, 30, 1000, 5, 8, { start: 984, end: 1000 }],
    // before the start (a header above the body) and past the end
    [-200, 300, 30, 1000, 0, 1, { start: 0, end: 10 }],
    [90_000, 300, 30, 1000, 0, 1, { start: 1000, end: 1000 }],
    [0, 300, 30, 4, 24, 8, { start: 0, end: 4 }],
    [0, 300, 30, 0, 24, 8, { start: 0, end: 0 }],
  ])('offset %i, view %i, size %i, %i items, margin %i, step %i → %j', (o, v, s, n, m, step, span) => {
    expect(windowOf(o, v, s, n, m, step)).toEqual(span);
  });

  it('always covers what is in view, within the items, and never more than view + margins + two steps', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 16 }),
        (offset, viewport, size, count, margin, step) => {
          const { start, end } = windowOf(offset, viewport, size, count, margin, step);
          expect(0 <= start && start <= end && end <= count).toBe(true);
          const firstSeen = Math.floor(offset / size);
          const lastSeen = Math.min(count, Math.ceil((offset + viewport) / size));
          if (firstSeen < count) {
            expect(start).toBeLessThanOrEqual(firstSeen);
            expect(end).toBeGreaterThanOrEqual(lastSeen);
          }
          expect(end - start).toBeLessThanOrEqual(Math.ceil(viewport / size) + 1 + 2 * margin + 2 * step);
        },
      ),
    );
  });
});
