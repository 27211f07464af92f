// Tests of the shared program forms: the style's fills are written in one form and its drawn lines in two (so MapLibre
// links few programs for them), and each value keeps its result.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createPropertyExpression, latest } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification } from 'maplibre-gl';
import type { Atlas } from '../data/types';
import type { GeoCollections } from '../data/load';
import { DEFAULT_VISIBLE_LAYERS } from '../store/atlasStore';
import { buildLayers, buildStyle } from './layers';
import { inSharedProgramForm, perZoomAndFeature } from './sharedPrograms';

const atlas = JSON.parse(readFileSync('tests/fixtures/atlas-mini.json', 'utf8')) as Atlas;
const geo = JSON.parse(readFileSync('tests/fixtures/atlas-mini-geo.json', 'utf8')) as GeoCollections;
const style = buildStyle({ atlas, geo, language: 'zh', visibleLayers: DEFAULT_VISIBLE_LAYERS });

type Spec = Parameters<typeof createPropertyExpression>[2];
const specOf = (type: string, property: string): Spec =>
  (latest as unknown as Record<string, Record<string, Spec>>)[`paint_${type}`][property];

function expressionOf(type: string, property: string, value: unknown) {
  // a bare array (a dash pattern) is a constant, written as a literal for the parser
  const input = Array.isArray(value) && typeof value[0] !== 'string' ? ['literal', value] : value;
  const parsed = createPropertyExpression(input, property, specOf(type, property));
  if (parsed.result !== 'success') throw new Error(`${property}: ${JSON.stringify(parsed.value)}`);
  return parsed.value;
}

/** MapLibre's form of a paint value: constant, camera (zoom only), source (per feature) or composite (both). */
const formOf = (type: string, property: string, value: unknown) => expressionOf(type, property, value).kind;

const PROPERTIES: Record<'fill' | 'line', string[]> = {
  fill: ['fill-color', 'fill-opacity'],
  line: ['line-color', 'line-dasharray', 'line-width', 'line-opacity'],
};

const paintOf = (layer: LayerSpecification) => (layer.paint ?? {}) as Record<string, unknown>;
const drawn = (layer: LayerSpecification) => layer.type !== 'line' || paintOf(layer)['line-opacity'] !== 0;

describe('shared program forms', () => {
  const formsOf = (type: 'fill' | 'line') =>
    new Set(
      style.layers
        .filter((l) => l.type === type && drawn(l))
        .map((l) =>
          PROPERTIES[type].map((p) => formOf(type, p, paintOf(l)[p] ?? specOf(type, p).default)).join(' '),
        ),
    );

  it('writes every fill layer in one form: colour per feature, opacity per zoom and feature', () => {
    expect([...formsOf('fill')]).toEqual(['source composite']);
  });

  it('writes every drawn line layer in one of two forms: per zoom and feature, or per feature if zoom-free', () => {
    expect([...formsOf('line')].sort()).toEqual([
      'source source composite composite',
      'source source source source',
    ]);
    // the selection and filter outlines, sent to the GPU again at each feature-state change, are per feature only
    const highlight = style.layers.find((l) => l.id === 'districts-highlight')!;
    expect(formOf('line', 'line-width', paintOf(highlight)['line-width'])).toBe('source');
  });

  it('keeps every value: the same result at each zoom, for features in each state', () => {
    const states = [{}, { hover: true }, { selected: true }, { dim: true }, { match: true }];
    const zooms = [3, 6.5, 8, 10, 12, 14];
    let compared = 0;
    for (const authored of buildLayers('en')) {
      if (authored.type !== 'fill' && authored.type !== 'line') continue;
      const shared = inSharedProgramForm(authored);
      for (const property of PROPERTIES[authored.type]) {
        const before = paintOf(authored)[property];
        if (before === undefined) continue;
        const [a, b] = [before, paintOf(shared)[property]].map((v) =>
          expressionOf(authored.type, property, v),
        );
        for (const zoom of zooms)
          for (const state of states)
            for (const approximate of [true, false]) {
              const feature = { type: 2, properties: { kind: 'zone', id: 'x', approximate }, id: 1 } as never;
              const evaluate = (e: typeof a) => JSON.stringify(e.evaluate({ zoom }, feature, state));
              expect(evaluate(b), `${authored.id} ${property} at ${zoom}`).toBe(evaluate(a));
              compared++;
            }
      }
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('leaves a line of constant opacity 0 alone: MapLibre skips drawing it', () => {
    const hit = style.layers.find((l) => l.type === 'line' && !drawn(l));
    expect(hit).toBeDefined();
    expect(paintOf(hit!)).toEqual(paintOf(buildLayers('zh').find((l) => l.id === hit!.id)!));
  });

  it('refuses a zoom curve it cannot rewrite rather than change its meaning', () => {
    expect(() => perZoomAndFeature(['*', 2, ['zoom']])).toThrow(/interpolate or step/);
    expect(perZoomAndFeature(['step', ['zoom'], 1, 8, 2])).toEqual([
      'step',
      ['zoom'],
      ['case', ['has', 'shared-program'], 1, 1],
      8,
      ['case', ['has', 'shared-program'], 2, 2],
    ]);
  });
});
