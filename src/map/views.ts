// The three map extents a visitor can jump to (west, south, east, north in WGS84 degrees).
import type { ViewId } from '../store/atlasStore';

export type Bbox = [number, number, number, number];

export const VIEW_BOUNDS: Readonly<Record<ViewId, Bbox>> = {
  beijing: [115.42, 39.44, 117.51, 41.06],
  region: [113.45, 36.05, 119.85, 42.62],
  china: [73.5, 18.0, 134.8, 53.6],
};
