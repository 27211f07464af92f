// Tests of the pure GeoJSON builders: points, labels, arcs, annotation and bounds.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Atlas } from '../data/types';
import type { GeoCollections } from '../data/load';
import {
  annotateFeatures,
  buildArc,
  buildLabelFeatures,
  buildLinkArcs,
  linkArcIds,
  buildPointFeatures,
  computeAreaBounds,
  indexAreaSources,
} from './features';

const atlas = JSON.parse(readFileSync('tests/fixtures/atlas-mini.json', 'utf8')) as Atlas;
const geo = JSON.parse(readFileSync('tests/fixtures/atlas-mini-geo.json', 'utf8')) as GeoCollections;

describe('buildPointFeatures', () => {
  it('takes every area drawn as a point, with its group', () => {
    const fc = buildPointFeatures(atlas);
    expect(fc.features.map((f) => [f.properties.id, f.properties.group])).toEqual([
      ['zgc-haidian', 'zgc-subparks'],
      ['huairou-national-science-center', 'platforms'],
    ]);
    expect(fc.features[0].geometry.coordinates).toEqual([116.31, 39.98]);
  });
});

describe('buildLabelFeatures', () => {
  it('labels every drawn area at its centre and skips areas not on the map', () => {
    const ids = buildLabelFeatures(atlas).features.map((f) => f.properties.id);
    expect(ids).toContain('haidian');
    expect(ids).not.toContain('no-place');
    expect(ids).toHaveLength(atlas.areas.length - 1);
  });

  it("adds the region's prefecture names at their label points, after every area, and skips unlabelled context", () => {
    const region = JSON.parse(
      readFileSync('geodata/region-context.geojson', 'utf8'),
    ) as GeoCollections['region'];
    const labels = buildLabelFeatures(atlas, region).features;
    const context = labels.filter((f) => f.properties.group === 'context');
    expect(
      labels.slice(0, labels.length - context.length).every((f) => f.properties.group !== 'context'),
    ).toBe(true);
    // 11 prefectures of Hebei; Tianjin is labelled as an area of the plan, not as context
    expect(context).toHaveLength(11);
    expect(context.map((f) => f.properties.id)).not.toContain('ctx-tianjin');
    const baoding = context.find((f) => f.properties.name_zh === '保定市')!;
    expect(baoding.properties).toMatchObject({ name_en: 'Baoding', short_en: 'Baoding', kind: null });
    expect(baoding.geometry.coordinates).toEqual(
      region.features.find((f) => f.properties?.id === 'ctx-hebei-baoding')!.properties!.label_point,
    );
    const areaRanks = labels.filter((f) => f.properties.group !== 'context').map((f) => f.properties.rank);
    expect(Math.min(...context.map((f) => f.properties.rank))).toBeGreaterThan(Math.max(...areaRanks));
  });

  it('ranks 三城一区 before districts before points (lower wins label collisions)', () => {
    const rank = new Map(buildLabelFeatures(atlas).features.map((f) => [f.properties.id, f.properties.rank]));
    expect(rank.get('zgc-science-city')!).toBeLessThan(rank.get('haidian')!);
    expect(rank.get('haidian')!).toBeLessThan(rank.get('zgc-haidian')!);
  });
});

describe('buildArc', () => {
  it('starts and ends at the two points and bends away from the chord', () => {
    const arc = buildArc([116, 40], [121, 31], 0.2, 20);
    expect(arc).toHaveLength(21);
    expect(arc[0]).toEqual([116, 40]);
    expect(arc[20][0]).toBeCloseTo(121);
    expect(arc[20][1]).toBeCloseTo(31);
    const mid = arc[10];
    // the straight chord's midpoint is (118.5, 35.5): the arc's midpoint must be off it
    expect(Math.hypot(mid[0] - 118.5, mid[1] - 35.5)).toBeGreaterThan(0.5);
  });

  it('bends to the left of the direction of travel', () => {
    const mid = buildArc([0, 0], [10, 0], 0.2, 2)[1];
    expect(mid[1]).toBeGreaterThan(0);
  });
});

describe('buildLinkArcs', () => {
  it('draws links between area centres and leaves out links to an area without a centre', () => {
    const fc = buildLinkArcs(atlas);
    expect(fc.features.map((f) => f.properties.id)).toEqual(['link-xiongan', 'link-shanghai']);
    expect(fc.features[1].properties.kind).toBe('national');
    expect(fc.features[1].geometry.coordinates[0]).toEqual([116.25, 40.0]);
  });

  it('draws one arc per pair of ends, whichever way round the plan names them', () => {
    const twice = {
      ...atlas,
      links: [
        ...atlas.links,
        { ...atlas.links[0], id: 'again' },
        { ...atlas.links[0], id: 'reverse', from: atlas.links[0].to, to: atlas.links[0].from },
      ],
    };
    expect(buildLinkArcs(twice).features.map((f) => f.properties.id)).toEqual([
      'link-xiongan',
      'link-shanghai',
    ]);
  });
});

describe('linkArcIds', () => {
  it('names, for every drawn link, the arc that draws it (the first link of its pair), and skips undrawn links', () => {
    const twice = {
      ...atlas,
      links: [
        ...atlas.links,
        { ...atlas.links[0], id: 'reverse', from: atlas.links[0].to, to: atlas.links[0].from },
      ],
    };
    expect(Object.fromEntries(linkArcIds(twice))).toEqual({
      'link-xiongan': 'link-xiongan',
      'link-shanghai': 'link-shanghai',
      reverse: 'link-xiongan',
    });
  });
});

describe('annotateFeatures', () => {
  it('copies kind and group from the atlas and keeps the file geometry quality', () => {
    const byId = new Map(atlas.areas.map((a) => [a.id, a]));
    const fc = annotateFeatures(geo.zones, byId);
    const huairou = fc.features.find((f) => f.properties?.id === 'huairou-science-city')!;
    expect(huairou.properties).toMatchObject({
      kind: 'three-cities-one-district',
      group: 'three-cities',
      geometry_quality: 'approximate',
    });
  });

  it('leaves features that are not atlas areas untouched', () => {
    const fc = annotateFeatures(geo.water, new Map());
    expect(fc.features[0]).toBe(geo.water.features[0]);
  });
});

describe('computeAreaBounds', () => {
  it('uses the drawn geometry (multipolygons too) and falls back to the centre', () => {
    const bounds = computeAreaBounds([geo.districts, geo.zones], atlas);
    expect(bounds.get('huairou')).toEqual([116.3, 40.2, 116.9, 41.05]);
    expect(bounds.get('zgc-haidian')).toEqual([116.31, 39.98, 116.31, 39.98]);
    expect(bounds.has('no-place')).toBe(false);
  });
});

describe('indexAreaSources', () => {
  it('lists every source holding an area, and point areas under the points source', () => {
    const index = indexAreaSources(atlas, { districts: geo.districts, zones: geo.zones });
    expect(index.get('haidian')).toEqual(['districts']);
    expect(index.get('zgc-haidian')).toEqual(['zones', 'atlas-points']);
    expect(index.has('no-place')).toBe(false);
  });
});
