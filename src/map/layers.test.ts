// Tests of the style builder: valid per the MapLibre style spec, no remote resources, visibility and labels by language.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  Color,
  createExpression,
  createPropertyExpression,
  featureFilter,
  latest,
  validateStyleMin,
} from '@maplibre/maplibre-gl-style-spec';
import { base, filterColours } from '../data/palette';
import type { LineLayerSpecification } from 'maplibre-gl';
import type { Atlas } from '../data/types';
import type { GeoCollections } from '../data/load';
import { DEFAULT_VISIBLE_LAYERS } from '../store/atlasStore';
import { LAYER_GROUPS } from '../store/layerGroups';
import {
  applyVisibility,
  buildFontFaces,
  buildLayers,
  buildStyle,
  LABEL_LAYOUTS,
  labelDrawn,
  labelFilter,
  labelTextField,
  WATER_LAST_ZOOM,
} from './layers';
import {
  ANCHOR,
  GROUP_LAYERS,
  INTERACTIVE_LAYERS,
  LABEL_FONT,
  LABEL_LAYERS,
  LAYER,
  SOURCE,
} from './layerIds';

const atlas = JSON.parse(readFileSync('tests/fixtures/atlas-mini.json', 'utf8')) as Atlas;
const geo = JSON.parse(readFileSync('tests/fixtures/atlas-mini-geo.json', 'utf8')) as GeoCollections;
const fontFaces = buildFontFaces([{ url: 'http://127.0.0.1:4173/fonts/atlas-labels.woff2' }]);
const style = buildStyle({ atlas, geo, language: 'zh', visibleLayers: DEFAULT_VISIBLE_LAYERS, fontFaces });

describe('buildStyle', () => {
  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('has no glyphs or sprite URL and no source that loads from a URL', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(typeof (source as { data: unknown }).data).toBe('object');
    }
  });

  it('declares the label font through font-faces and every label layer uses it', () => {
    expect(style['font-faces']).toEqual({
      [LABEL_FONT]: [{ url: 'http://127.0.0.1:4173/fonts/atlas-labels.woff2' }],
    });
    for (const layer of style.layers.filter((l) => l.type === 'symbol')) {
      expect(layer.layout?.['text-font']).toEqual([LABEL_FONT]);
    }
  });

  it('has unique layer ids and every id constant used in groups, interaction and labels exists', () => {
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    const used = [
      ...Object.values(GROUP_LAYERS).flat(),
      ...INTERACTIVE_LAYERS,
      ...LABEL_LAYERS,
      ...Object.values(ANCHOR),
    ];
    for (const id of used) expect(ids).toContain(id);
    expect(Object.values(LAYER).every((id) => ids.includes(id))).toBe(true);
  });

  it('draws points above areas and labels above points (anchors keep the order)', () => {
    const ids = style.layers.map((l) => l.id);
    const at = (id: string) => ids.indexOf(id);
    expect(at(LAYER.districtsFill)).toBeLessThan(at(ANCHOR.highlights));
    expect(at(ANCHOR.points)).toBeLessThan(at(LAYER.pointsPlatforms));
    expect(at(LAYER.pointsPlatforms)).toBeLessThan(at(ANCHOR.labels));
    expect(at(ANCHOR.labels)).toBeLessThan(at(LAYER.labelsDistricts));
  });

  it('hands the worker the label source first, then the points, while labels still draw on top', () => {
    // the labels' glyphs are the worker's one round trip to the page: asked for first, they load while it tiles the rest
    expect(Object.keys(style.sources).slice(0, 2)).toEqual([SOURCE.labels, SOURCE.points]);
    const ids = style.layers.map((l) => l.id);
    const lastOf = (source: string) =>
      Math.max(...style.layers.flatMap((l, i) => ('source' in l && l.source === source ? [i] : [])));
    expect(lastOf(SOURCE.districts)).toBeLessThan(ids.indexOf(LAYER.labelsDistricts));
  });

  it('joins the boundary lines that a filter or selection restyles without round joins', () => {
    // a round join adds a fan of triangles at every bend: on real boundaries 2.6× the vertices, which a feature-state
    // change re-sends to the GPU (and the line's bucket-mates' with them)
    const reads = (v: unknown): boolean =>
      Array.isArray(v) && (v[0] === 'feature-state' || v.some((part) => reads(part)));
    const restyled = style.layers
      .filter((l): l is LineLayerSpecification => l.type === 'line')
      .filter((l) => l.source !== SOURCE.links && reads(Object.values(l.paint ?? {})));
    expect(restyled.map((l) => l.id)).toEqual(
      expect.arrayContaining([LAYER.districtsHighlight, LAYER.zonesLine]),
    );
    for (const layer of restyled)
      expect([layer.id, layer.layout?.['line-join']]).toEqual([layer.id, undefined]);
  });

  it('dashes only the outline of approximate zones', () => {
    const layer = style.layers.find((l) => l.id === LAYER.zonesLine)!;
    const dash = layer.type === 'line' ? layer.paint?.['line-dasharray'] : undefined;
    const parsed = createExpression(dash, 'line-dasharray', latest.paint_line['line-dasharray'] as never);
    if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
    const dashOf = (geometry_quality: string) =>
      parsed.value.evaluate({ zoom: 10 }, { type: 'Polygon', properties: { geometry_quality } } as never);
    expect(dashOf('approximate')).toEqual([3, 2]);
    // [1, 0]: a dash with no gap, a solid line
    expect(dashOf('official')).toEqual([1, 0]);
  });
});

describe('water', () => {
  it('is drawn at overview zooms and gone once its generalised shapes would show', () => {
    const opacityAt = (id: string, spec: 'fill-opacity' | 'line-opacity', zoom: number) => {
      const layer = style.layers.find((l) => l.id === id)!;
      const value = (layer.paint as Record<string, unknown>)[spec];
      const kind = (spec === 'fill-opacity' ? latest.paint_fill : latest.paint_line) as Record<
        string,
        unknown
      >;
      const parsed = createPropertyExpression(value, spec, kind[spec] as never);
      if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
      return parsed.value.evaluate({ zoom } as never, undefined as never) as number;
    };
    for (const [id, spec] of [
      [LAYER.waterFill, 'fill-opacity'],
      [LAYER.waterLine, 'line-opacity'],
    ] as const) {
      // the whole of Beijing (phone 6.9, desktop 8.6) and a district
      for (const zoom of [6.9, 8.6, 9.2]) expect(opacityAt(id, spec, zoom), `${id} at ${zoom}`).toBe(1);
      // a district, and a town: the tour frames 中关村科学城 at ~10.5, 怀柔科学城 framed on a desktop is ~12
      for (const zoom of [WATER_LAST_ZOOM, 10.5, 12, 14])
        expect(opacityAt(id, spec, zoom), `${id} at ${zoom}`).toBe(0);
    }
  });
});

describe('district fill under the filter', () => {
  it('keeps a matching district marked as a match when it is pointed at, only deeper', () => {
    const layer = style.layers.find((l) => l.id === LAYER.districtsFill)!;
    const colour = layer.type === 'fill' ? layer.paint?.['fill-color'] : undefined;
    const parsed = createPropertyExpression(colour, 'fill-color', latest.paint_fill['fill-color'] as never);
    if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
    const fillAt = (state: Record<string, boolean>) =>
      JSON.stringify(
        parsed.value.evaluate({ zoom: 10 }, { type: 'Polygon', properties: {} } as never, state),
      );
    const hex = (c: string) => JSON.stringify(Color.parse(c));
    expect(fillAt({ match: true })).toBe(hex(filterColours.matchFill));
    expect(fillAt({ match: true, hover: true })).toBe(hex(filterColours.matchFillHover));
    expect(fillAt({ hover: true })).toBe(hex(base.beijingHover));
    expect(fillAt({ dim: true, hover: true })).toBe(hex(base.beijingHover));
  });
});

describe('selection outline', () => {
  it('is dashed for approximate boundaries in every highlight layer', () => {
    const ids = [LAYER.zonesHighlight, LAYER.jjjHighlight, LAYER.districtsHighlight, LAYER.nationalHighlight];
    for (const id of ids) {
      const layer = style.layers.find((l) => l.id === id)!;
      const dash = layer.type === 'line' ? layer.paint?.['line-dasharray'] : undefined;
      expect(JSON.stringify(dash)).toContain('"approximate"');
    }
  });
});

describe('applyVisibility', () => {
  it('hides exactly the layers of hidden groups', () => {
    for (const group of LAYER_GROUPS) {
      const layers = applyVisibility(buildLayers('en'), { ...DEFAULT_VISIBLE_LAYERS, [group]: false });
      const hidden = layers.filter(
        (l) => l.layout && 'visibility' in l.layout && l.layout.visibility === 'none',
      );
      const hiddenIds = hidden.map((l) => l.id).filter((id) => !Object.values(ANCHOR).includes(id as never));
      expect(hiddenIds.sort()).toEqual([...GROUP_LAYERS[group]].sort());
    }
  });
});

describe('labelTextField', () => {
  it('puts Chinese first in zh and English first in en', () => {
    expect(labelTextField('zh')[1]).toEqual(['get', 'name_zh']);
    expect(labelTextField('zh')[5]).toEqual(['get', 'name_en']);
    expect(labelTextField('en')[1]).toEqual(['get', 'name_en']);
    expect(labelTextField('en')[5]).toEqual(['get', 'name_zh']);
  });
});

describe('labels by the view: 北京市 in the regional and national views, its districts in the Beijing view', () => {
  type View = 'beijing' | 'region' | 'china';
  const layout = (id: string) => LABEL_LAYOUTS.find((l) => l.id === id)!;
  // as MapLibre draws a label: the layer's zoom range at the camera's zoom, its filter at the tile's whole zoom
  const drawnByStyle = (l: (typeof LABEL_LAYOUTS)[number], id: string, view: View, zoom: number) =>
    zoom >= (l.options.minzoom ?? 0) &&
    zoom < (l.options.maxzoom ?? 24) &&
    featureFilter(labelFilter(l, view), 'filter').filter(
      { zoom: Math.floor(zoom) },
      { type: 1, properties: { id, group: l.group }, geometry: [] },
    );
  const jjj = layout(LAYER.labelsJjj);

  it('leaves 北京市 out of the Beijing view once its districts are named (a phone fits Beijing below zoom 7)', () => {
    for (const zoom of [6.4, 6.9, 8.6]) {
      expect(drawnByStyle(jjj, 'beijing', 'beijing', zoom)).toBe(false);
      expect(drawnByStyle(jjj, 'tianjin', 'beijing', zoom)).toBe(true);
    }
    // a map too small for the districts' names keeps 北京市
    expect(drawnByStyle(jjj, 'beijing', 'beijing', 5.5)).toBe(true);
  });
  it('names 北京市 in the regional and national views until its districts are named there (zoom 7)', () => {
    expect(drawnByStyle(jjj, 'beijing', 'region', 6.9)).toBe(true);
    expect(drawnByStyle(jjj, 'beijing', 'china', 4)).toBe(true);
    expect(drawnByStyle(jjj, 'beijing', 'region', 7.5)).toBe(false);
  });
  it('names only 北京市 and 河北省 of the 京津冀 at national zoom, Tianjin and the rest from the regional zooms', () => {
    expect(drawnByStyle(jjj, 'tianjin', 'china', 2.9)).toBe(false);
    expect(drawnByStyle(jjj, 'xiongan', 'china', 4.9)).toBe(false);
    expect(drawnByStyle(jjj, 'hebei', 'china', 2.9)).toBe(true);
    expect(drawnByStyle(jjj, 'tianjin', 'region', 5.2)).toBe(true);
  });
  it('names the districts and 三城一区 in the Beijing view from zoom 6, beyond it from zoom 7', () => {
    for (const id of [LAYER.labelsDistricts, LAYER.labelsThreeCities]) {
      expect(drawnByStyle(layout(id), 'x', 'beijing', 6.9)).toBe(true);
      expect(drawnByStyle(layout(id), 'x', 'region', 6.9)).toBe(false);
      expect(drawnByStyle(layout(id), 'x', 'region', 7.2)).toBe(true);
      expect(drawnByStyle(layout(id), 'x', 'beijing', 5.5)).toBe(false);
    }
  });
  it('tells the label guard what the style draws: labelDrawn agrees with the filter at every view and zoom', () => {
    for (const l of LABEL_LAYOUTS)
      for (const view of ['beijing', 'region', 'china'] as const)
        for (let zoom = 2; zoom <= 13; zoom += 0.25)
          for (const id of ['beijing', 'haidian', 'tianjin'])
            expect(labelDrawn(l, id, view, zoom), `${l.id} ${id} ${view} ${zoom}`).toBe(
              drawnByStyle(l, id, view, zoom),
            );
  });
  it('builds the style with the filter of the view the map opens on', () => {
    const filterOf = (view: View) =>
      (buildLayers('zh', view).find((l) => l.id === LAYER.labelsJjj) as { filter: unknown }).filter;
    expect(filterOf('beijing')).toEqual(labelFilter(jjj, 'beijing'));
    expect(filterOf('region')).toEqual(labelFilter(jjj, 'region'));
    expect(filterOf('beijing')).not.toEqual(filterOf('region'));
  });
});
