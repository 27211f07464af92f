// Keeps map labels whole: after each camera move, a label that could cross the canvas edge or run under a map
// control (scale bar, zoom buttons, view switch, caption) is moved to a side of its point that keeps it clear, or left
// out when no side does, until the camera moves again. It sets the label layers' filters (those of the view the map
// shows, labelFilter, with what it leaves out) and their anchors (text-variable-anchor-offset).
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { Language } from '../i18n/language';
import type { AtlasStore, ViewId } from '../store/atlasStore';
import type { LabelFeatureProps } from './features';
import { onStyleRestored, styleReady } from './styleReady';
import {
  ANCHOR_DIRECTION,
  anchorOffsetExpression,
  LABEL_LAYOUTS,
  labelAnchors,
  labelDrawn,
  labelFilter,
  ONE_LINE_BELOW_ZOOM,
  labelRadialOffset,
  type LabelAnchor,
  type LabelLayout,
  type LabelSize,
} from './layers';

/** A screen rectangle in canvas pixels: left, top, right, bottom. */
export type Rect = [number, number, number, number];

/** A label's names and group with its anchor in canvas pixels. */
export type ScreenLabel = Pick<LabelFeatureProps, 'id' | 'group' | 'name_zh' | 'name_en' | 'short_en'> & {
  x: number;
  y: number;
};

export interface GuardView {
  /** The view the map shows (Beijing, 京津冀, China): some labels are drawn in one view only (labelDrawn). */
  mapView: ViewId;
  zoom: number;
  language: Language;
  width: number;
  height: number;
  obstacles: readonly Rect[];
}

/** A layer's largest text size: the guard reckons with the biggest the label gets at any zoom. */
export const largestSize = (size: LabelSize): number =>
  typeof size === 'number' ? size : Math.max(...size.map((stop) => stop[1]));

/** Width of a text in ems: a CJK character is one em, any other a generous 0.62. */
export function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.62;
  return ems;
}

/** Width and height (pixels) of one line block, wrapped at MapLibre's text-max-width of 12 ems, line height 1.15. */
function block(text: string, px: number): [number, number] {
  const ems = textEms(text);
  return [Math.min(ems, 12) * px, Math.max(1, Math.ceil(ems / 12)) * px * 1.15];
}

/** Width and height (pixels) of a label's text block at its layer's largest size, 3 px for halo and padding each side. */
function labelBlock(
  label: ScreenLabel,
  layout: LabelLayout,
  view: Pick<GuardView, 'zoom' | 'language'>,
): [number, number, number] {
  const px = largestSize(layout.options.size);
  const oneLine = view.zoom < (ONE_LINE_BELOW_ZOOM[layout.id] ?? 0);
  const zh = view.language === 'zh';
  const [w1, h1] = block(zh ? label.name_zh : oneLine ? label.short_en : label.name_en, px);
  const [w2, h2] = oneLine ? [0, 0] : block(zh ? label.name_en : label.name_zh, px * 0.78);
  return [Math.max(w1, w2) + 6, h1 + h2 + 6, px];
}

/**
 * The box the label takes at one anchor, in canvas pixels: centred on its point, or beside it at the layer's radial
 * offset (with 2 px to spare for MapLibre's baseline shift).
 */
export function anchorBox(
  label: ScreenLabel,
  layout: LabelLayout,
  view: Pick<GuardView, 'zoom' | 'language'>,
  anchor: LabelAnchor,
): Rect {
  const [w, h, px] = labelBlock(label, layout, view);
  const [dx, dy] = ANCHOR_DIRECTION[anchor];
  const r = anchor === 'center' ? 0 : labelRadialOffset(layout.options) * px + 2;
  // the box's centre: the point, moved by the offset and by half the box along the anchor's direction
  const cx = label.x + dx * r + Math.sign(dx) * (w / 2);
  const cy = label.y + dy * r + Math.sign(dy) * (h / 2);
  return [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
}

const overlaps = (a: Rect, b: Rect) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

export interface GuardResult {
  /** Labels left out: no anchor keeps them whole and clear of the controls, or their point is off the canvas. */
  hidden: string[];
  /** Labels kept at some of their layer's anchors only (those that keep them whole and clear), by id. */
  anchors: Record<string, LabelAnchor[]>;
}

/**
 * What the guard does to each drawn label: nothing when every anchor its layer tries keeps it whole on the canvas
 * and clear of the controls; else it keeps only the anchors that do, or leaves the label out when none does (or when
 * its point is off the canvas: its place would not be on the map).
 */
export function guardLabels(labels: readonly ScreenLabel[], view: GuardView): GuardResult {
  const result: GuardResult = { hidden: [], anchors: {} };
  const fits = (b: Rect) =>
    b[0] >= 0 &&
    b[1] >= 0 &&
    b[2] <= view.width &&
    b[3] <= view.height &&
    !view.obstacles.some((o) => overlaps(b, o));
  for (const label of labels) {
    const layout = LABEL_LAYOUTS.find((l) => l.group === label.group);
    if (!layout || !labelDrawn(layout, label.id, view.mapView, view.zoom)) continue;
    const onCanvas = label.x >= 0 && label.y >= 0 && label.x <= view.width && label.y <= view.height;
    const all = labelAnchors(layout.options);
    const good = onCanvas ? all.filter((a) => fits(anchorBox(label, layout, view, a))) : [];
    if (good.length === 0) result.hidden.push(label.id);
    else if (good.length < all.length) result.anchors[label.id] = good;
  }
  return result;
}

/**
 * Binds the guard to the map: re-checks after every camera move, resize and language switch. A change of view ends
 * with a camera move, and the binding (bindMapToStore, bound first) has noted the view the camera shows by then.
 */
export function bindLabelGuard(
  map: MapLibreMap,
  store: AtlasStore,
  labels: FeatureCollection<Point, LabelFeatureProps>,
): () => void {
  // what the style was built with: its view's filters (buildStyle), nothing hidden
  let filteredView = store.getState().view;
  let filteredOut = '';
  const groupOf = new Map(labels.features.map((f) => [f.properties.id, f.properties.group]));
  const update = () => {
    if (!styleReady(map)) return;
    const { view, language } = store.getState();
    const container = map.getContainer();
    const canvas = map.getCanvas().getBoundingClientRect();
    // the map's controls and whatever the app lays over the map (view switch, Save image, caption)
    const obstacles = [
      ...container.querySelectorAll('.maplibregl-ctrl'),
      ...Array.from(container.parentElement?.children ?? []).filter((el) => el !== container),
    ]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.width > 0)
      .map((r): Rect => [
        r.left - canvas.left,
        r.top - canvas.top,
        r.right - canvas.left,
        r.bottom - canvas.top,
      ]);
    const { hidden, anchors } = guardLabels(
      labels.features.map((f) => ({
        ...f.properties,
        ...map.project(f.geometry.coordinates as [number, number]),
      })),
      {
        mapView: view,
        zoom: map.getZoom(),
        language,
        width: canvas.width,
        height: canvas.height,
        obstacles,
      },
    );
    const out = hidden.join();
    const filtersChanged = view !== filteredView || out !== filteredOut;
    filteredView = view;
    filteredOut = out;
    const keep: ExpressionSpecification = ['!', ['in', ['get', 'id'], ['literal', hidden]]];
    for (const layout of LABEL_LAYOUTS) {
      if (!map.getLayer(layout.id)) continue;
      if (filtersChanged) {
        const base = labelFilter(layout, view);
        map.setFilter(layout.id, hidden.length === 0 ? base : ['all', base, keep]);
      }
      if (!layout.options.offset) continue;
      const own = Object.fromEntries(
        Object.entries(anchors).filter(([id]) => groupOf.get(id) === layout.group),
      );
      // against the style itself, which a restored style has reset
      const value = anchorOffsetExpression(layout.options, own);
      const now = map.getLayoutProperty(layout.id, 'text-variable-anchor-offset') as unknown;
      if (JSON.stringify(now) !== JSON.stringify(value))
        map.setLayoutProperty(layout.id, 'text-variable-anchor-offset', value as never);
    }
  };
  map.on('moveend', update);
  map.on('resize', update);
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.language !== prev.language) update();
  });
  // first as soon as the style is in, before any tile is laid out: a filter set later makes the worker lay out every
  // label tile again, which delays the first complete map by most of a second; once more when the map has loaded (the
  // app may have put a button over the map meanwhile; nothing is set when the hidden labels are the same)
  if (styleReady(map)) update();
  else map.once('style.load', update);
  map.once('load', update);
  const unrestored = onStyleRestored(map, update);
  return () => {
    unsubscribe();
    unrestored();
    map.off('moveend', update);
    map.off('resize', update);
    map.off('style.load', update);
    map.off('load', update);
  };
}
