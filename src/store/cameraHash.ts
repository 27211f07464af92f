// The camera part of the URL (`#zoom/lat/lon`, MapLibre's hash option): which hashes MapLibre would use.

/**
 * Whether the URL's `#` part is a camera MapLibre's hash option would use (`#zoom/lat/lon` with optional
 * bearing/pitch); anything else (empty, `#foo`, out-of-range numbers) means the app frames the map itself.
 */
export function isCameraHash(hash: string): boolean {
  const parts = hash.replace(/^#/, '').split('/');
  if (parts.length < 3 || parts.length > 5) return false;
  const numbers = parts.map((p) => (p.trim() === '' ? NaN : Number(p)));
  if (numbers.some((n) => !Number.isFinite(n))) return false;
  const [zoom, lat, lon] = numbers;
  return zoom >= 0 && zoom <= 24 && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
}
