// Each label point the map uses instead of an area's centre lies inside that area, and no two labels share a point.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { realAtlas } from '../../tests/support/realContent';
import { LABEL_POINTS, shortEnglishName } from './labelPoints';
import { buildLabelFeatures } from './features';

const read = (file: string) =>
  JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
const polygons = new Map<string, Feature<Polygon | MultiPolygon>>();
for (const file of ['beijing-districts', 'zones', 'jjj-areas'])
  for (const f of read(`geodata/${file}.geojson`).features) polygons.set(String(f.properties?.id), f);

describe('LABEL_POINTS', () => {
  it.each(Object.entries(LABEL_POINTS))('%s: the label point lies inside the area', (id, ll) => {
    const polygon = polygons.get(id);
    expect(polygon, `${id} has a polygon`).toBeDefined();
    expect(booleanPointInPolygon(point(ll), polygon!)).toBe(true);
  });

  it('gives every area of the built atlas and every name of the region its own label point', () => {
    const atlas = realAtlas();
    const region = JSON.parse(
      readFileSync('geodata/region-context.geojson', 'utf8'),
    ) as FeatureCollection<Geometry>;
    const features = buildLabelFeatures(atlas, region).features;
    const points = features.map((f) => f.geometry.coordinates.join(','));
    expect(new Set(points).size).toBe(points.length);
  });
});

describe('shortEnglishName', () => {
  it('drops the administrative kind only at the end', () => {
    expect(shortEnglishName('Haidian District')).toBe('Haidian');
    expect(shortEnglishName('Beijing Municipality')).toBe('Beijing');
    expect(shortEnglishName('Hebei Province')).toBe('Hebei');
    expect(shortEnglishName('Inner Mongolia Autonomous Region')).toBe('Inner Mongolia');
    expect(shortEnglishName('Xinjiang Uygur Autonomous Region')).toBe('Xinjiang');
    expect(shortEnglishName('Beijing Municipality Science Park')).toBe('Beijing Municipality Science Park');
    expect(shortEnglishName('Zhongguancun Science City')).toBe('Zhongguancun Science City');
  });
});
