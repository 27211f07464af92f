// Geodata checks: the committed geodata/*.geojson pass validateGeodata, and deliberately broken copies are caught with clear messages.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { area } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataIssue } from '../../scripts/content/dataIssue';
import { GEODATA_FILES } from '../../scripts/geodata/geoTypes';
import { validateGeodata } from '../../scripts/geodata/validateGeo';
import { loadGeodataFromDisk } from '../../scripts/geodata/load';

const DIR = fileURLToPath(new URL('../../geodata', import.meta.url));
type FC = FeatureCollection<Geometry, Record<string, unknown>>;
let real: Record<string, FC>;

beforeAll(() => {
  real = loadGeodataFromDisk(DIR) as Record<string, FC>;
});

const copy = (): Record<string, FC> => structuredClone(real);
const feat = (
  files: Record<string, FC>,
  file: string,
  id: string,
): Feature<Geometry, Record<string, unknown>> => {
  const f = files[file].features.find((x) => x.properties.id === id);
  if (!f) throw new Error(`${file} has no ${id}`);
  return f;
};
const ids = (file: string): string[] => real[file].features.map((f) => String(f.properties.id));
const only = (issues: DataIssue[], file: string, feature: string): DataIssue[] =>
  issues.filter((i) => i.file === file && i.feature === feature);
function translate(g: Geometry, dx: number, dy: number): void {
  const move = (p: Position): void => {
    p[0] += dx;
    p[1] += dy;
  };
  if (g.type === 'Polygon') g.coordinates.forEach((r) => r.forEach(move));
  else if (g.type === 'MultiPolygon') g.coordinates.forEach((poly) => poly.forEach((r) => r.forEach(move)));
  else throw new Error('not polygonal');
}
function exterior(g: Geometry): Position[] {
  if (g.type === 'Polygon') return g.coordinates[0];
  if (g.type === 'MultiPolygon') return g.coordinates[0][0];
  throw new Error('not polygonal');
}

describe('committed geodata', () => {
  it('has every file of the contract', () => {
    const onDisk = readdirSync(DIR)
      .filter((f) => f.endsWith('.geojson'))
      .sort();
    expect(onDisk).toEqual([...GEODATA_FILES].sort());
  });

  it('passes validateGeodata with zero issues', () => {
    const issues = validateGeodata(real);
    expect(issues.map((i) => i.message)).toEqual([]);
  });

  it('also accepts keys with a folder prefix (as check:data passes them)', () => {
    const prefixed = Object.fromEntries(Object.entries(real).map(([k, v]) => [`geodata/${k}`, v]));
    expect(validateGeodata(prefixed)).toEqual([]);
  });

  it('has the contracted ids', () => {
    expect(ids('beijing-districts.geojson')).toEqual([
      'dongcheng',
      'xicheng',
      'chaoyang',
      'fengtai',
      'shijingshan',
      'haidian',
      'mentougou',
      'fangshan',
      'tongzhou',
      'shunyi',
      'changping',
      'daxing',
      'huairou',
      'pinggu',
      'miyun',
      'yanqing',
    ]);
    expect(ids('beijing-outline.geojson')).toEqual(['beijing']);
    expect(ids('region-context.geojson').sort()).toEqual(
      [
        'ctx-tianjin',
        ...[
          'shijiazhuang',
          'tangshan',
          'qinhuangdao',
          'handan',
          'xingtai',
          'baoding',
          'zhangjiakou',
          'chengde',
          'cangzhou',
          'langfang',
          'hengshui',
        ].map((s) => `ctx-hebei-${s}`),
      ].sort(),
    );
    expect(ids('jjj-areas.geojson')).toEqual(['xiongan', 'beisanxian', 'tianjin', 'hebei']);
    expect(ids('national-areas.geojson').sort()).toEqual(
      ['shanghai', 'gba', 'hefei', 'inner-mongolia', 'shenyang', 'nanyang', 'xinjiang', 'tibet'].sort(),
    );
    const zones = ids('zones.geojson');
    for (const z of [
      'zgc-science-city',
      'huairou-science-city',
      'future-science-city',
      'etdz',
      'innovation-cluster-zone',
    ])
      expect(zones).toContain(z);
    const parks = real['zones.geojson'].features.filter((f) => f.properties.parent === 'zgc');
    expect(parks).toHaveLength(16);
    expect(parks.every((f) => f.geometry.type === 'Point' && f.properties.geometry_quality === 'point')).toBe(
      true,
    );
    expect(ids('china-provinces.geojson')).toHaveLength(34);
    expect(ids('china-provinces.geojson').every((id) => /^cn-\d{6}$/.test(id))).toBe(true);
  });

  it('labels the hand-drawn zones as approximations with their official areas', () => {
    for (const id of ['huairou-science-city', 'future-science-city', 'etdz']) {
      const p = feat(real, 'zones.geojson', id).properties;
      expect(p.geometry_quality).toBe('approximate');
      expect(String(p.source)).toMatch(/not an official boundary/);
      expect(typeof p.official_area_km2).toBe('number');
    }
    expect(feat(real, 'jjj-areas.geojson', 'xiongan').properties.geometry_quality).toBe('approximate');
    expect(feat(real, 'national-areas.geojson', 'gba').properties.geometry_quality).toBe('approximate');
    // 中关村科学城 is all of 海淀区
    const zgc = feat(real, 'zones.geojson', 'zgc-science-city');
    expect(zgc.geometry).toEqual(feat(real, 'beijing-districts.geojson', 'haidian').geometry);
  });

  it('writes at most 5 decimals and stays within the size budget (≤ 300 kB gzip in all)', () => {
    let gz = 0;
    for (const f of GEODATA_FILES) {
      const text = readFileSync(`${DIR}/${f}`, 'utf8');
      expect(text).not.toMatch(/\d\.\d{6,}/);
      gz += gzipSync(text).length;
    }
    expect(gz).toBeLessThan(300 * 1024);
  });

  it('names the big reservoirs', () => {
    const names = real['water.geojson'].features.map((f) => f.properties.name_zh);
    expect(names).toContain('密云水库');
    expect(names).toContain('官厅水库');
    const miyun = real['water.geojson'].features.find(
      (f) => f.properties.name_zh === '密云水库',
    ) as Feature<Polygon>;
    expect(area(miyun) / 1e6).toBeGreaterThan(100);
  });

  it('has rivers as lines, each marked kind "river"', () => {
    const rivers = real['water.geojson'].features.filter((f) => f.properties.kind === 'river');
    expect(rivers.length).toBeGreaterThan(0);
    for (const r of rivers) expect(['LineString', 'MultiLineString']).toContain(r.geometry.type);
  });
});

describe('validateGeodata on broken copies', () => {
  it('reports a clockwise exterior ring (RFC 7946)', () => {
    const files = copy();
    exterior(feat(files, 'beijing-districts.geojson', 'dongcheng').geometry).reverse();
    const hits = only(validateGeodata(files), 'beijing-districts.geojson', 'dongcheng');
    expect(hits).toHaveLength(1);
    expect(hits[0].field).toBe('geometry');
    expect(hits[0].message).toMatch(
      /beijing-districts\.geojson › dongcheng › geometry: exterior ring is clockwise/,
    );
  });

  it('reports an unclosed ring', () => {
    const files = copy();
    exterior(feat(files, 'zones.geojson', 'etdz').geometry).pop();
    const hits = only(validateGeodata(files), 'zones.geojson', 'etdz');
    expect(hits.map((h) => h.message)).toEqual([
      expect.stringMatching(/zones\.geojson › etdz › geometry: .*not closed/),
    ]);
  });

  it('reports a ring with fewer than 4 positions', () => {
    const files = copy();
    const g = feat(files, 'jjj-areas.geojson', 'tianjin').geometry as Polygon;
    const r = g.coordinates[0];
    g.coordinates[0] = [r[0], r[1], r[0]];
    const hits = only(validateGeodata(files), 'jjj-areas.geojson', 'tianjin');
    expect(hits.some((h) => /has 3 positions/.test(h.message))).toBe(true);
  });

  it('reports a self-intersection', () => {
    const files = copy();
    const ring = exterior(feat(files, 'beijing-outline.geojson', 'beijing').geometry);
    // swap two vertices far apart: the ring now crosses itself
    const i = 10;
    const j = Math.floor(ring.length / 2);
    [ring[i], ring[j]] = [ring[j], ring[i]];
    const hits = only(validateGeodata(files), 'beijing-outline.geojson', 'beijing');
    expect(hits.some((h) => /self-intersects/.test(h.message))).toBe(true);
  });

  it('reports a duplicated id and where it was first used', () => {
    const files = copy();
    feat(files, 'water.geojson', 'water-lake-1').properties.id = 'haidian';
    const hits = validateGeodata(files).filter((i) => /duplicate id/.test(i.message));
    expect(hits).toHaveLength(1);
    expect(hits[0].file).toBe('water.geojson');
    expect(hits[0].feature).toBe('haidian');
    expect(hits[0].message).toMatch(
      /water\.geojson › haidian › id: duplicate id "haidian" \(already used in beijing-districts\.geojson\)/,
    );
  });

  it('catches a district moved off its place (as a skipped datum conversion would)', () => {
    const files = copy();
    // the GCJ-02 shift in Beijing is about +0.0062° lon, +0.0014° lat
    for (const f of files['beijing-districts.geojson'].features) translate(f.geometry, 0.0062, 0.0014);
    const issues = validateGeodata(files);
    const tiananmen = issues.find((i) => /Tiananmen/.test(i.message));
    expect(tiananmen?.file).toBe('beijing-districts.geojson');
    expect(tiananmen?.feature).toBe('dongcheng');
    expect(tiananmen?.message).toMatch(/should lie in dongcheng but lies in xicheng/);
  });

  it('catches a single district moved away (landmark and zone checks)', () => {
    const files = copy();
    translate(feat(files, 'beijing-districts.geojson', 'xicheng').geometry, 0.3, 0);
    const issues = validateGeodata(files);
    expect(issues.some((i) => i.feature === 'xicheng' && /Great Hall/.test(i.message))).toBe(true);
    expect(issues.some((i) => i.feature === 'zgc-xicheng' && /outside xicheng/.test(i.message))).toBe(true);
  });

  it('reports a zone that lies outside its district', () => {
    const files = copy();
    translate(feat(files, 'zones.geojson', 'future-science-city').geometry, 0.4, 0);
    const hits = only(validateGeodata(files), 'zones.geojson', 'future-science-city');
    expect(hits).toHaveLength(1);
    expect(hits[0].message).toMatch(
      /zones\.geojson › future-science-city › geometry: only \d+\.\d % of the polygon lies inside changping/,
    );
  });

  it("reports a prefecture's label point outside it, or missing", () => {
    const files = copy();
    // 保定's label moved to Tianjin; 承德's label dropped
    feat(files, 'region-context.geojson', 'ctx-hebei-baoding').properties.label_point = [117.3, 39.1];
    delete feat(files, 'region-context.geojson', 'ctx-hebei-chengde').properties.label_point;
    const issues = validateGeodata(files);
    expect(only(issues, 'region-context.geojson', 'ctx-hebei-baoding').map((i) => i.message)).toEqual([
      'region-context.geojson › ctx-hebei-baoding › label_point: label_point [117.3, 39.1] lies outside the feature',
    ]);
    expect(only(issues, 'region-context.geojson', 'ctx-hebei-chengde').map((i) => i.field)).toEqual([
      'label_point',
    ]);
  });

  it('reports a zone whose area is off its official figure', () => {
    const files = copy();
    feat(files, 'zones.geojson', 'huairou-science-city').properties.official_area_km2 = 60;
    const hits = only(validateGeodata(files), 'zones.geojson', 'huairou-science-city');
    expect(hits.map((h) => h.field)).toEqual(['official_area_km2']);
    expect(hits[0].message).toMatch(/off the official 60 km²/);
  });

  it('reports a district with a wrong area, a missing district and a wrong adcode', () => {
    const files = copy();
    const d = files['beijing-districts.geojson'];
    d.features = d.features.filter((f) => f.properties.id !== 'yanqing');
    feat(files, 'beijing-districts.geojson', 'miyun').properties.adcode = '110228';
    const g = feat(files, 'beijing-districts.geojson', 'pinggu').geometry as Polygon;
    g.coordinates = [g.coordinates[0]]; // fine, no holes
    const issues = validateGeodata(files).filter((i) => i.file === 'beijing-districts.geojson');
    expect(issues.some((i) => /expected exactly 16 districts, found 15/.test(i.message))).toBe(true);
    expect(issues.some((i) => i.feature === 'yanqing' && /missing/.test(i.message))).toBe(true);
    expect(issues.some((i) => i.feature === 'miyun' && i.field === 'adcode')).toBe(true);
  });

  it('reports missing required properties and files', () => {
    const files = copy();
    delete feat(files, 'national-areas.geojson', 'gba').properties.name_en;
    feat(files, 'jjj-areas.geojson', 'hebei').properties.geometry_quality = 'exact';
    delete (files as Record<string, unknown>)['water.geojson'];
    const issues = validateGeodata(files);
    expect(issues).toContainEqual(
      expect.objectContaining({ file: 'national-areas.geojson', feature: 'gba', field: 'name_en' }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ file: 'jjj-areas.geojson', feature: 'hebei', field: 'geometry_quality' }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ file: 'water.geojson', message: expect.stringMatching(/missing/) }),
    );
  });

  it('reports a value that is not a FeatureCollection', () => {
    const issues = validateGeodata({ ...copy(), 'geodata/zones.geojson': null });
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: 'geodata/zones.geojson',
        message: expect.stringMatching(/not a GeoJSON FeatureCollection/),
      }),
    );
  });
});
