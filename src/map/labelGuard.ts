// Keeps map labels whole: after each camera move, a label that could cross the canvas edge or run under a map
// control (scale bar, zoom buttons, view switch, caption) is left out until the camera moves again.
import type { ExpressionSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { Language } from '../i18n/language';
import type { AtlasStore } from '../store/atlasStore';
import type { LabelFeatureProps } from './features';
import {
  LABEL_LAYOUTS,
  ONE_LINE_BELOW_ZOOM,
  labelAnchors,
  labelRadialOffset,
  type LabelLayout,
  type LabelSize,
} from './layers';

/** A screen rectangle in canvas pixels: left, top, right, bottom. */
export type Rect = [number, number, number, number];

export interface ScreenLabel {
  id: string;
  group: string | null;
  name_zh: string;
  name_en: string;
  short_en: string;
  /** Anchor in canvas pixels. */
  x: number;
  y: number;
}

export interface GuardView {
  zoom: number;
  language: Language;
  width: number;
  height: number;
  obstacles: readonly Rect[];
}

const LINE_HEIGHT = 1.15;
const MAX_WIDTH_EMS = 12;
const SECONDARY_SCALE = 0.78;
/** Halo and text-padding around the glyphs. */
const MARGIN = 3;

export function sizeAt(size: LabelSize, zoom: number): number {
  if (typeof size === 'number') return size;
  if (zoom <= size[0][0]) return size[0][1];
  for (let i = 1; i < size.length; i++) {
    const [z0, s0] = size[i - 1];
    const [z1, s1] = size[i];
    if (zoom <= z1) return s0 + ((s1 - s0) * (zoom - z0)) / (z1 - z0);
  }
  return size[size.length - 1][1];
}

/** Width of a text in ems: a CJK character is one em, any other a generous 0.62. */
export function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) ems += ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.62;
  return ems;
}

/** Width and height (pixels) of one line block, wrapped at MapLibre's text-max-width. */
function block(text: string, px: number): [number, number] {
  const ems = textEms(text);
  const lines = Math.max(1, Math.ceil(ems / MAX_WIDTH_EMS));
  return [Math.min(ems, MAX_WIDTH_EMS) * px, lines * px * LINE_HEIGHT];
}

/** Every box the label can take (one per anchor its layer tries), in canvas pixels. */
export function candidateBoxes(
  label: ScreenLabel,
  layout: LabelLayout,
  view: Pick<GuardView, 'zoom' | 'language'>,
): Rect[] {
  const px = sizeAt(layout.options.size, view.zoom);
  const oneLine = view.zoom < (ONE_LINE_BELOW_ZOOM[layout.id] ?? -Infinity);
  const [first, second] =
    view.language === 'zh'
      ? [label.name_zh, label.name_en]
      : [oneLine ? label.short_en : label.name_en, label.name_zh];
  const [w1, h1] = block(first, px);
  const [w2, h2] = oneLine ? [0, 0] : block(second, px * SECONDARY_SCALE);
  const w = Math.max(w1, w2) + 2 * MARGIN;
  const h = h1 + h2 + 2 * MARGIN;
  const r = layout.options.offset ? labelRadialOffset(layout.options) * px : 0;
  const d = r / Math.SQRT2;
  const { x, y } = label;
  return labelAnchors(layout.options).map((anchor): Rect => {
    switch (anchor) {
      case 'top':
        return [x - w / 2, y + r, x + w / 2, y + r + h];
      case 'bottom':
        return [x - w / 2, y - r - h, x + w / 2, y - r];
      case 'left':
        return [x + r, y - h / 2, x + r + w, y + h / 2];
      case 'right':
        return [x - r - w, y - h / 2, x - r, y + h / 2];
      case 'top-left':
        return [x + d, y + d, x + d + w, y + d + h];
      case 'top-right':
        return [x - d - w, y + d, x - d, y + d + h];
      case 'bottom-left':
        return [x + d, y - d - h, x + d + w, y - d];
      case 'bottom-right':
        return [x - d - w, y - d - h, x - d, y - d];
      default:
        return [x - w / 2, y - h / 2, x + w / 2, y + h / 2];
    }
  });
}

const overlaps = (a: Rect, b: Rect) => a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1];

/**
 * Ids of the labels to leave out: those whose anchor is on the canvas and that could be drawn (at any anchor their
 * layer tries) past the canvas edge or over a control. Labels whose anchor is off the canvas are not drawn whole
 * either, and are left out too.
 */
export function labelsToHide(labels: readonly ScreenLabel[], view: GuardView): string[] {
  const layoutOf = new Map(LABEL_LAYOUTS.map((l) => [l.group as string, l]));
  const hidden: string[] = [];
  for (const label of labels) {
    const layout = label.group ? layoutOf.get(label.group) : undefined;
    if (!layout) continue;
    const { minzoom = 0, maxzoom = 24 } = layout.options;
    if (view.zoom < minzoom || view.zoom >= maxzoom) continue;
    const whole = candidateBoxes(label, layout, view).every(
      (b) =>
        b[0] >= 0 &&
        b[1] >= 0 &&
        b[2] <= view.width &&
        b[3] <= view.height &&
        !view.obstacles.some((o) => overlaps(b, o)),
    );
    if (!whole) hidden.push(label.id);
  }
  return hidden;
}

/** Screen boxes of the map's controls and of what the app lays over the map, relative to the canvas. */
function controlRects(container: HTMLElement, canvas: DOMRect): Rect[] {
  const overlays = [
    ...container.querySelectorAll('.maplibregl-ctrl'),
    ...Array.from(container.parentElement?.children ?? []).filter((el) => el !== container),
  ];
  return overlays
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r): Rect => [
      r.left - canvas.left,
      r.top - canvas.top,
      r.right - canvas.left,
      r.bottom - canvas.top,
    ]);
}

/** Binds the guard to the map: re-checks after every camera move, resize and language switch. Returns the cleanup. */
export function bindLabelGuard(
  map: MapLibreMap,
  store: AtlasStore,
  labels: FeatureCollection<Point, LabelFeatureProps>,
): () => void {
  const baseFilters = new Map<string, ExpressionSpecification | undefined>();
  let applied = '';
  const update = () => {
    if (baseFilters.size === 0)
      for (const { id } of LABEL_LAYOUTS)
        if (map.getLayer(id))
          baseFilters.set(id, (map.getFilter(id) as ExpressionSpecification | null) ?? undefined);
    const canvas = map.getCanvas().getBoundingClientRect();
    const screen = labels.features.map((f): ScreenLabel => {
      const p = map.project(f.geometry.coordinates as [number, number]);
      const { id, group, name_zh, name_en, short_en } = f.properties;
      return { id, group, name_zh, name_en, short_en, x: p.x, y: p.y };
    });
    const hidden = labelsToHide(screen, {
      zoom: map.getZoom(),
      language: store.getState().language,
      width: canvas.width,
      height: canvas.height,
      obstacles: controlRects(map.getContainer(), canvas),
    });
    const key = hidden.join(',');
    if (key === applied) return;
    applied = key;
    for (const [id, base] of baseFilters) {
      const keep: ExpressionSpecification = ['!', ['in', ['get', 'id'], ['literal', hidden]]];
      map.setFilter(id, hidden.length === 0 ? (base ?? null) : base ? ['all', base, keep] : keep);
    }
  };
  map.on('moveend', update);
  map.on('resize', update);
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.language !== prev.language || state.view !== prev.view) update();
  });
  if (map.isStyleLoaded()) update();
  else map.once('load', update);
  return () => {
    unsubscribe();
    map.off('moveend', update);
    map.off('resize', update);
    map.off('load', update);
  };
}
