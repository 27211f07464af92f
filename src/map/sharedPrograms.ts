// Few shader programs for the map's many fill and line layers.
//
// MapLibre builds a WebGL program per layer type *and* per form of each paint property: a constant or zoom-only value
// is a uniform, a per-feature value a vertex attribute, a zoom-and-feature value a pair of them. The style's 20-odd
// fill and line layers mixed those forms, so the first full frame linked 15 programs. Each link asks the GPU process
// for its status and waits for it to finish all it has queued (in software WebGL, whole composited frames): those
// waits were most of the main thread's time between the first frame and the idle map.
//
// Here every fill is written in one form (colour per feature, opacity per zoom and feature) and every line in one of
// two: colour and dash per feature, and width and opacity per zoom and feature, or per feature for a line that does
// not change with zoom. The first idle links 9 programs. A value keeps its meaning; only its form changes (a constant
// `c` becomes "c for every feature"). Lines all draw with the dash-capable program (a solid line is the pattern
// [1, 0]); fills keep their antialiased edges (one more program, shared by the fills that have them).
import type { LayerSpecification } from 'maplibre-gl';

type Value = unknown;

/** Operators whose result depends on the feature: their presence makes a value per-feature. */
const FEATURE_OPERATORS = new Set(['get', 'has', 'feature-state', 'id', 'geometry-type', 'properties']);

function uses(value: Value, test: (op: string) => boolean): boolean {
  if (!Array.isArray(value) || value.length === 0) return false;
  if (typeof value[0] === 'string' && value[0] === 'literal') return false;
  if (typeof value[0] === 'string' && test(value[0])) return true;
  return value.some((part) => uses(part, test));
}

const perFeatureAlready = (v: Value) => uses(v, (op) => FEATURE_OPERATORS.has(op));
const byZoom = (v: Value) => uses(v, (op) => op === 'zoom');

/** `value` written as a per-feature expression with the same result for every feature. */
export function perFeature(value: Value): Value {
  if (perFeatureAlready(value)) return value;
  // a bare array (a dash pattern) is data, not an expression
  const output = Array.isArray(value) && typeof value[0] !== 'string' ? ['literal', value] : value;
  return ['case', ['has', 'shared-program'], output, output];
}

/** `value` written as a zoom-and-feature expression with the same result. */
export function perZoomAndFeature(value: Value): Value {
  if (!byZoom(value))
    return ['interpolate', ['linear'], ['zoom'], 0, perFeature(value), 24, perFeature(value)];
  if (perFeatureAlready(value)) return value;
  // a zoom-only curve: the same stops, each output per feature
  const curve = value as unknown[];
  const [op] = curve;
  if (op === 'interpolate') return curve.map((part, i) => (i >= 4 && i % 2 === 0 ? perFeature(part) : part));
  if (op === 'step') return curve.map((part, i) => (i >= 2 && i % 2 === 0 ? perFeature(part) : part));
  throw new Error(
    `sharedPrograms: a zoom curve must be interpolate or step at the top, not ${JSON.stringify(value)}`,
  );
}

const LINE_PROPERTIES = ['line-color', 'line-dasharray', 'line-width', 'line-opacity'] as const;

const DEFAULTS = {
  'fill-color': '#000000',
  'fill-opacity': 1,
  'line-color': '#000000',
  'line-dasharray': [1, 0],
  'line-width': 1,
  'line-opacity': 1,
} as const;

/** The layer with its paint written in the shared forms (other layer types are returned as they are). */
export function inSharedProgramForm(layer: LayerSpecification): LayerSpecification {
  if (layer.type === 'fill') {
    const paint: Record<string, Value> = { ...layer.paint };
    if (paint['fill-outline-color'] !== undefined)
      paint['fill-outline-color'] = perFeature(paint['fill-outline-color']);
    paint['fill-color'] = perFeature(paint['fill-color'] ?? DEFAULTS['fill-color']);
    paint['fill-opacity'] = perZoomAndFeature(paint['fill-opacity'] ?? DEFAULTS['fill-opacity']);
    return { ...layer, paint } as LayerSpecification;
  }
  if (layer.type === 'line') {
    const paint: Record<string, Value> = { ...layer.paint };
    // MapLibre skips a line whose opacity is the constant 0 (a hit area for the pointer): it keeps that constant
    if (paint['line-opacity'] === 0) return layer;
    // a line that does not change with zoom (the selection and filter outlines) keeps to per-feature values: a
    // zoom-and-feature value is twice the vertex data, sent to the GPU again at each feature-state change
    const zoomFree = LINE_PROPERTIES.every((p) => !byZoom(paint[p]));
    const perZoom = zoomFree ? perFeature : perZoomAndFeature;
    paint['line-color'] = perFeature(paint['line-color'] ?? DEFAULTS['line-color']);
    paint['line-dasharray'] = perFeature(paint['line-dasharray'] ?? DEFAULTS['line-dasharray']);
    paint['line-width'] = perZoom(paint['line-width'] ?? DEFAULTS['line-width']);
    paint['line-opacity'] = perZoom(paint['line-opacity'] ?? DEFAULTS['line-opacity']);
    return { ...layer, paint } as LayerSpecification;
  }
  return layer;
}
