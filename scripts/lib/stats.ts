// Median, min and max of a list of measurements.
export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function summarize(values: number[]): Summary {
  if (values.length === 0) return { median: NaN, min: NaN, max: NaN, n: 0 };
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1], n: s.length };
}

/**
 * Growth exponent: the least-squares slope of log(y) against log(x) (1 = linear, 2 = quadratic, 0 = flat). Points with
 * x or y ≤ 0 have no logarithm and are left out; fewer than two usable points give NaN.
 */
export function logLogSlope(points: readonly (readonly [number, number])[]): number {
  const usable = points.filter(([x, y]) => x > 0 && y > 0).map(([x, y]) => [Math.log(x), Math.log(y)]);
  if (usable.length < 2) return NaN;
  const mx = usable.reduce((s, [x]) => s + x, 0) / usable.length;
  const my = usable.reduce((s, [, y]) => s + y, 0) / usable.length;
  const sxx = usable.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  if (sxx === 0) return NaN;
  return usable.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0) / sxx;
}
