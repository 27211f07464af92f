// The three map extents a visitor can jump to (west, south, east, north in WGS84 degrees).
import type { ViewId } from '../store/atlasStore';

export type Bbox = [number, number, number, number];

/** Space kept free around a view's bounds when the map is fitted to them (px). */
export const VIEW_PADDING = 16;

export const VIEW_BOUNDS: Readonly<Record<ViewId, Bbox>> = {
  beijing: [115.42, 39.44, 117.51, 41.06],
  region: [113.45, 36.05, 119.85, 42.62],
  // the whole territory: the South China Sea dashed line (to ≈ 3.4°N) and the 黑龙江/乌苏里江 confluence (≈ 135.08°E)
  china: [73.4, 3.2, 135.2, 53.6],
};
