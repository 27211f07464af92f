// The label point of a polygon is its pole of inaccessibility: inside, and as far from every edge as the shape allows.
import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { poleOfInaccessibility } from './labelPoint';

const ring = (...pts: [number, number][]): Position[] => [...pts, pts[0]];

describe('poleOfInaccessibility', () => {
  it('finds the middle of a square', () => {
    const [x, y] = poleOfInaccessibility({
      type: 'Polygon',
      coordinates: [ring([0, 0], [4, 0], [4, 4], [0, 4])],
    });
    expect(x).toBeCloseTo(2, 2);
    expect(y).toBeCloseTo(2, 2);
  });

  it('stands in the thick arm of an L, where a centroid would fall outside or near the corner', () => {
    // a 4 × 4 block with a thin 1-wide arm running east to x = 12
    const l: Polygon = {
      type: 'Polygon',
      coordinates: [ring([0, 0], [12, 0], [12, 1], [4, 1], [4, 4], [0, 4])],
    };
    const [x, y] = poleOfInaccessibility(l);
    expect(x).toBeCloseTo(2, 1);
    expect(y).toBeCloseTo(2, 1);
  });

  it('keeps clear of a hole', () => {
    const [x] = poleOfInaccessibility({
      type: 'Polygon',
      coordinates: [ring([0, 0], [10, 0], [10, 2], [0, 2]), ring([1, 0.5], [1, 1.5], [6, 1.5], [6, 0.5])],
    });
    expect(x).toBeGreaterThan(6.5);
  });

  it("takes a MultiPolygon's largest part", () => {
    const m: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[ring([20, 0], [21, 0], [21, 1], [20, 1])], [ring([0, 0], [3, 0], [3, 3], [0, 3])]],
    };
    const [x, y] = poleOfInaccessibility(m);
    expect(x).toBeCloseTo(1.5, 2);
    expect(y).toBeCloseTo(1.5, 2);
  });
});
