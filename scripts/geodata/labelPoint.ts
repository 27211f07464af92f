// Where a map labels a polygon: its pole of inaccessibility (the interior point farthest from every edge, as
// polylabel finds it), searched on ever finer grids. Distances are measured in a local equirectangular plane
// (longitude scaled by cos(latitude)), so a tall shape and a wide one are treated alike.
import type { MultiPolygon, Polygon, Position } from 'geojson';

type Rings = Position[][];

/** Ray-casting test: is [x, y] inside the polygon (exterior ring, holes)? */
function inside(x: number, y: number, rings: Rings): boolean {
  let odd = false;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  return odd;
}

/** Squared distance from [x, y] to the nearest edge of any ring, longitude scaled by `k`. */
function edgeDistance2(x: number, y: number, rings: Rings, k: number): number {
  let best = Infinity;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const ax = ring[j][0] * k;
      const ay = ring[j][1];
      const dx = ring[i][0] * k - ax;
      const dy = ring[i][1] - ay;
      const px = x * k - ax;
      const py = y - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
      const ex = px - t * dx;
      const ey = py - t * dy;
      best = Math.min(best, ex * ex + ey * ey);
    }
  return best;
}

/** Planar area of a ring (shoelace), unsigned. */
function ringArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    s += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return Math.abs(s / 2);
}

/**
 * The pole of inaccessibility of a Polygon, or of a MultiPolygon's largest part, to within `precision` degrees:
 * a 24 × 24 grid over the part's bounding box, then grids of the same size around the best point, each a tenth of
 * the last, until the cell is finer than `precision`.
 */
export function poleOfInaccessibility(geometry: Polygon | MultiPolygon, precision = 0.001): Position {
  const rings =
    geometry.type === 'Polygon'
      ? geometry.coordinates
      : geometry.coordinates.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a));
  const xs = rings[0].map((p) => p[0]);
  const ys = rings[0].map((p) => p[1]);
  const k = Math.cos((((Math.min(...ys) + Math.max(...ys)) / 2) * Math.PI) / 180);
  const n = 24;
  let [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  let best: Position | null = null;
  let bestD = -1;
  for (;;) {
    const sx = (x1 - x0) / n;
    const sy = (y1 - y0) / n;
    for (let i = 0; i <= n; i++)
      for (let j = 0; j <= n; j++) {
        const x = x0 + i * sx;
        const y = y0 + j * sy;
        if (!inside(x, y, rings)) continue;
        const d = edgeDistance2(x, y, rings, k);
        if (d > bestD) [best, bestD] = [[x, y], d];
      }
    if (!best) throw new Error('no grid point falls inside the polygon');
    if (Math.max(sx, sy) < precision) return best;
    [x0, x1, y0, y1] = [best[0] - sx, best[0] + sx, best[1] - sy, best[1] + sy];
  }
}
