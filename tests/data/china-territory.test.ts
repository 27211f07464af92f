// The national map shows the whole territory: 南海诸岛 and the dashed line, Taiwan with 澎湖 and 钓鱼岛/赤尾屿, in WGS84,
// inside the national view's bounds; a file without them is caught by check:data.
import { fileURLToPath } from 'node:url';
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeodataFromDisk } from '../../scripts/geodata/load';
import { validateGeodata } from '../../scripts/geodata/validateGeo';
import { VIEW_BOUNDS } from '../../src/map/views';

const DIR = fileURLToPath(new URL('../../geodata', import.meta.url));
type FC = FeatureCollection<Geometry, Record<string, unknown>>;
type Poly = Feature<Polygon | MultiPolygon, Record<string, unknown>>;
let files: Record<string, FC>;

beforeAll(() => {
  files = loadGeodataFromDisk(DIR) as Record<string, FC>;
});

const feature = (file: string, id: string): Poly => {
  const f = files[file].features.find((x) => x.properties.id === id);
  if (!f) throw new Error(`${file} has no ${id}`);
  return f as Poly;
};

describe('south-china-sea.geojson', () => {
  it('holds 南海诸岛 and the dashed line, with source and quality like every feature', () => {
    const islands = feature('south-china-sea.geojson', 'cn-nanhai-islands');
    const dashes = feature('south-china-sea.geojson', 'cn-nanhai-dashline');
    expect(islands.properties.name_zh).toBe('南海诸岛');
    expect(dashes.properties.name_zh).toBe('南海断续线');
    for (const f of [islands, dashes]) {
      expect(f.properties.source).toMatch(/world-geo-json-zh 2\.1\.5 \(Unlicense\).*GCJ-02→WGS84/);
      expect(f.properties.geometry_quality).toBe('approximate');
    }
  });

  it('the dashed line has ten dashes and runs south of 5°N near 112°E (WGS84 degrees, not projected)', () => {
    const dashes = feature('south-china-sea.geojson', 'cn-nanhai-dashline');
    expect(dashes.geometry.type).toBe('MultiPolygon');
    const parts = (dashes.geometry as MultiPolygon).coordinates;
    expect(parts).toHaveLength(10);
    const [w, s, e, n] = bbox(dashes);
    expect(s).toBeLessThan(5);
    expect(s).toBeGreaterThan(3);
    expect(w).toBeGreaterThan(107);
    expect(e).toBeLessThan(123.5);
    expect(n).toBeGreaterThan(24); // the dash east of Taiwan
    const southmost = parts.find((p) => p[0].some(([, lat]) => lat === s))!;
    const lons = southmost[0].map(([lon]) => lon);
    expect(Math.min(...lons)).toBeGreaterThan(110.5);
    expect(Math.max(...lons)).toBeLessThan(114);
  });

  it('南海诸岛 covers 西沙 (Paracels) and 东沙 (Pratas) and the parts reach the 南沙 (Spratlys)', () => {
    const islands = feature('south-china-sea.geojson', 'cn-nanhai-islands');
    const [, s, , n] = bbox(islands);
    expect(s).toBeLessThan(9);
    expect(n).toBeGreaterThan(20);
    const parts = (islands.geometry as MultiPolygon).coordinates.map((p) =>
      bbox({ type: 'Polygon', coordinates: p }),
    );
    const within = (w: number, s: number, e: number, n: number) =>
      parts.some((b) => b[0] >= w && b[1] >= s && b[2] <= e && b[3] <= n);
    expect(within(116, 20, 117.5, 21), '东沙群岛').toBe(true);
    expect(within(111, 15.5, 113, 17.5), '西沙群岛').toBe(true);
  });
});

describe('Taiwan in china-provinces.geojson', () => {
  for (const [name, at] of [
    ['台湾岛', [121.0, 23.7]],
    ['澎湖 (Penghu)', [119.6, 23.57]],
    ['钓鱼岛', [123.47, 25.74]],
    ['赤尾屿', [124.7, 25.97]],
  ] as const) {
    it(`${name} lies in 台湾省`, () => {
      expect(booleanPointInPolygon([...at], feature('china-provinces.geojson', 'cn-710000'))).toBe(true);
    });
  }
});

describe('the national view', () => {
  it('its bounds contain every national feature, 南海诸岛 and the dashed line included', () => {
    const [w, s, e, n] = VIEW_BOUNDS.china;
    for (const file of ['china-provinces.geojson', 'south-china-sea.geojson']) {
      const [fw, fs, fe, fn] = bbox(files[file]);
      expect([fw >= w, fs >= s, fe <= e, fn <= n], file).toEqual([true, true, true, true]);
    }
    expect(e).toBeGreaterThanOrEqual(135.08);
  });
});

describe('check:data on the national map', () => {
  it('passes on the committed files', () => {
    expect(validateGeodata(files)).toEqual([]);
  });

  it('names a missing dashed line, a line that stops short, and a Taiwan without Penghu', () => {
    const broken = structuredClone(files);
    const sea = broken['south-china-sea.geojson'];
    sea.features = sea.features.filter((f) => f.properties.id !== 'cn-nanhai-islands');
    const dashes = sea.features[0].geometry as MultiPolygon;
    dashes.coordinates = dashes.coordinates.filter((p) => p[0].every(([, lat]) => lat > 5));
    const tw = broken['china-provinces.geojson'].features.find((f) => f.properties.id === 'cn-710000')!;
    const twGeom = tw.geometry as MultiPolygon;
    twGeom.coordinates = twGeom.coordinates.filter(
      (p) => !booleanPointInPolygon([119.6, 23.57], { type: 'Polygon', coordinates: p }),
    );
    const messages = validateGeodata(broken).map((i) => i.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('南海诸岛 (MultiPolygon) is missing'),
        expect.stringMatching(/cn-nanhai-dashline: reaches only .*°N/),
        expect.stringMatching(/cn-710000: 澎湖 \(Penghu\) at \[119\.6, 23\.57\] must lie inside it/),
      ]),
    );
  });
});
