// The camera part of the URL (`#zoom/lat/lon`, MapLibre's hash option): which hashes MapLibre would use.

/**
 * Whether the URL's `#` part is a camera MapLibre's hash option would use (`#zoom/lat/lon` with optional
 * bearing/pitch); anything else (empty, `#foo`, out-of-range numbers) means the app frames the map itself.
 */
export function isCameraHash(hash: string): boolean {
  return cameraOfHash(hash) !== null;
}

/** The camera a `#zoom/lat/lon` hash gives MapLibre (centre as [lon, lat]), or null when it is not one. */
export function cameraOfHash(hash: string): { zoom: number; center: [number, number] } | null {
  const parts = hash.replace(/^#/, '').split('/');
  if (parts.length < 3 || parts.length > 5) return null;
  const numbers = parts.map((p) => (p.trim() === '' ? NaN : Number(p)));
  if (numbers.some((n) => !Number.isFinite(n))) return null;
  const [zoom, lat, lon] = numbers;
  const valid = zoom >= 0 && zoom <= 24 && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
  return valid ? { zoom, center: [lon, lat] } : null;
}
