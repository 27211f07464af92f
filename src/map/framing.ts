// Where the map goes to show a place: the smallest of the three views (Beijing, 京津冀, China) that holds it, and a
// camera fitted to it at a zoom that suits that view. Pure; the binding applies it.
import { VIEW_IDS, type ViewId } from '../store/atlasStore';
import { VIEW_BOUNDS, VIEW_PADDING, type Bbox } from './views';

/** Closest zoom for a place shown in each view (a point in Beijing is a street-level zoom, Shanghai is not). */
export const MAX_ZOOM_IN_VIEW: Readonly<Record<ViewId, number>> = { beijing: 11.5, region: 8.5, china: 5.5 };
/** Zoom for a single point shown in each view. */
export const POINT_ZOOM_IN_VIEW: Readonly<Record<ViewId, number>> = { beijing: 11, region: 8, china: 5 };

const contains = (outer: Bbox, inner: Bbox) =>
  inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];

/** The smallest view whose bounds hold `bbox` (China when none does). */
export function viewContaining(bbox: Bbox): ViewId {
  return VIEW_IDS.find((view) => contains(VIEW_BOUNDS[view], bbox)) ?? 'china';
}

/** How far (in zoom levels) a camera may be zoomed out beyond a view's fitted zoom and still show that view. */
export const VIEW_ZOOM_SLACK = 0.75;

const holds = (b: Bbox, [lng, lat]: readonly [number, number]) =>
  lng >= b[0] && lng <= b[2] && lat >= b[1] && lat <= b[3];

/**
 * The view a camera shows, whoever moved it: the smallest view whose bounds hold the map's centre, unless the camera
 * is zoomed out beyond that view (by more than VIEW_ZOOM_SLACK); China otherwise. `fittedZoom` is the zoom at which
 * each view's bounds fit the map.
 */
export function viewOfCamera(
  center: readonly [number, number],
  zoom: number,
  fittedZoom: Readonly<Record<ViewId, number>>,
): ViewId {
  return (
    VIEW_IDS.find(
      (view) =>
        view !== 'china' && zoom >= fittedZoom[view] - VIEW_ZOOM_SLACK && holds(VIEW_BOUNDS[view], center),
    ) ?? 'china'
  );
}

/** Web-Mercator x and y of a point at zoom 0 (MapLibre's 512 px world). */
function mercator([lng, lat]: readonly [number, number]): [number, number] {
  const sin = Math.sin((lat * Math.PI) / 180);
  return [((lng + 180) / 360) * 512, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * 512];
}

/**
 * The zoom at which `bounds` fit a map of `width` × `height` px with `padding` on every side (what MapLibre's
 * cameraForBounds gives with no bearing), for a camera known before the map exists. The map must be wider and taller
 * than the padding on both sides.
 */
export function fittedZoom(bounds: Bbox, width: number, height: number, padding: number): number {
  const [x1, y1] = mercator([bounds[0], bounds[3]]);
  const [x2, y2] = mercator([bounds[2], bounds[1]]);
  return Math.log2(Math.min((width - 2 * padding) / (x2 - x1), (height - 2 * padding) / (y2 - y1)));
}

/** The view a camera shows on a map of `width` × `height` px (viewOfCamera, the views fitted as the map fits them). */
export function viewOfCameraOn(
  camera: { zoom: number; center: readonly [number, number] },
  width: number,
  height: number,
): ViewId {
  const fitted = Object.fromEntries(
    VIEW_IDS.map((view) => [view, fittedZoom(VIEW_BOUNDS[view], width, height, VIEW_PADDING)]),
  ) as Record<ViewId, number>;
  return viewOfCamera(camera.center, camera.zoom, fitted);
}

export type Framing =
  | { view: ViewId; kind: 'point'; center: [number, number]; zoom: number }
  | { view: ViewId; kind: 'bounds'; bounds: Bbox; maxZoom: number };

/** How to frame a place with bounding box `bbox`; `currentZoom` keeps a closer zoom for a point in Beijing. */
export function framingFor(bbox: Bbox, currentZoom: number): Framing {
  const view = viewContaining(bbox);
  if (bbox[0] === bbox[2] && bbox[1] === bbox[3]) {
    const zoom =
      view === 'beijing' ? Math.max(currentZoom, POINT_ZOOM_IN_VIEW.beijing) : POINT_ZOOM_IN_VIEW[view];
    return { view, kind: 'point', center: [bbox[0], bbox[1]], zoom };
  }
  return { view, kind: 'bounds', bounds: bbox, maxZoom: MAX_ZOOM_IN_VIEW[view] };
}

/** Space kept free around framed places (px). */
export const FRAME_PADDING = 48;

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

type Rect = Pick<DOMRect, 'left' | 'top' | 'right' | 'bottom'>;

/** True when `cover` reaches across the map's foot (a phone's bottom sheet or tour card), wherever its top is. */
const acrossFoot = (map: Rect, cover: Rect): boolean =>
  cover.bottom >= map.bottom - 4 && cover.right - cover.left >= (map.right - map.left) * 0.8;

/**
 * Padding that frames places in the part of the map not covered by `cover` (the tour card: a column on the left; on a
 * phone, the tour card or the open panel's sheet along the bottom); the plain padding when nothing covers the map or
 * too little room would be left.
 */
export function paddingBeside(map: Rect, cover: Rect | null): Padding {
  const plain = { top: FRAME_PADDING, right: FRAME_PADDING, bottom: FRAME_PADDING, left: FRAME_PADDING };
  if (!cover) return plain;
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  const padding = acrossFoot(map, cover)
    ? { ...plain, bottom: Math.max(FRAME_PADDING, map.bottom - cover.top + FRAME_PADDING / 2) }
    : { ...plain, left: cover.right - map.left + FRAME_PADDING / 2 };
  const roomy = padding.left + padding.right <= width - 120 && padding.top + padding.bottom <= height - 120;
  return roomy ? padding : plain;
}

/**
 * How far to pan the map (pixels, content moving up) so that the point at viewport height `y`, just tapped, is not
 * hidden under a cover across the map's foot: 0 when it is clear of it already or nothing covers the map. The point
 * ends a frame's padding above the cover, but never higher than a padding below the map's top.
 */
export function shiftClearOfFoot(y: number, map: Rect, cover: Rect | null): number {
  if (!cover || !acrossFoot(map, cover) || cover.top >= map.bottom) return 0;
  const clearLine = Math.max(map.top + FRAME_PADDING, cover.top - FRAME_PADDING);
  return Math.max(0, Math.round(y - clearLine));
}
