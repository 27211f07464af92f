// Validates the geodata files (pure, no I/O): schema, RFC 7946 geometry, Beijing's 16 districts and the zones. Used by tests and check:data.
import { area, booleanPointInPolygon, featureCollection, intersect, kinks, union } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { DataIssue } from '../content/dataIssue';
import { GEODATA_FILES } from './geoTypes';

/** Beijing's districts: id, adcode and yearbook area (km²). */
export const DISTRICT_REFERENCE: { id: string; adcode: string; official_area_km2: number }[] = [
  { id: 'dongcheng', adcode: '110101', official_area_km2: 41.84 },
  { id: 'xicheng', adcode: '110102', official_area_km2: 50.7 },
  { id: 'chaoyang', adcode: '110105', official_area_km2: 470.8 },
  { id: 'fengtai', adcode: '110106', official_area_km2: 305.8 },
  { id: 'shijingshan', adcode: '110107', official_area_km2: 84.32 },
  { id: 'haidian', adcode: '110108', official_area_km2: 430.77 },
  { id: 'mentougou', adcode: '110109', official_area_km2: 1447.85 },
  { id: 'fangshan', adcode: '110111', official_area_km2: 1989.54 },
  { id: 'tongzhou', adcode: '110112', official_area_km2: 906.28 },
  { id: 'shunyi', adcode: '110113', official_area_km2: 1019.89 },
  { id: 'changping', adcode: '110114', official_area_km2: 1343.54 },
  { id: 'daxing', adcode: '110115', official_area_km2: 1036.32 },
  { id: 'huairou', adcode: '110116', official_area_km2: 2122.62 },
  { id: 'pinggu', adcode: '110117', official_area_km2: 950.13 },
  { id: 'miyun', adcode: '110118', official_area_km2: 2229.45 },
  { id: 'yanqing', adcode: '110119', official_area_km2: 1993.75 },
];

export const DISTRICT_AREA_TOLERANCE = 0.02;
export const APPROX_ZONE_AREA_TOLERANCE = 0.1;
export const ZONE_INSIDE_MIN_SHARE = 0.98;

/** WGS84 landmarks that catch a skipped GCJ-02 conversion (the raw echarts border runs between them). */
export const LANDMARKS: { name: string; at: [number, number]; district: string }[] = [
  { name: 'Tiananmen (天安门)', at: [116.3912, 39.9055], district: 'dongcheng' },
  { name: 'Great Hall of the People (人民大会堂)', at: [116.3875, 39.9033], district: 'xicheng' },
];

/** What a map of China must show (《公开地图内容表示规范》): WGS84 points that must fall inside the named feature. */
export const NATIONAL_LANDMARKS: { name: string; at: [number, number]; file: string; feature: string }[] = [
  { name: '澎湖 (Penghu)', at: [119.6, 23.57], file: 'china-provinces.geojson', feature: 'cn-710000' },
  { name: '钓鱼岛 (Diaoyu Dao)', at: [123.47, 25.74], file: 'china-provinces.geojson', feature: 'cn-710000' },
  { name: '赤尾屿 (Chiwei Yu)', at: [124.7, 25.97], file: 'china-provinces.geojson', feature: 'cn-710000' },
  { name: '台湾岛 (Taiwan)', at: [121.0, 23.7], file: 'china-provinces.geojson', feature: 'cn-710000' },
  {
    name: '海南岛 (Hainan) south coast',
    at: [109.5, 18.4],
    file: 'china-provinces.geojson',
    feature: 'cn-460000',
  },
];
/** The South China Sea dashed line reaches south of this latitude (曾母暗沙 lies at ≈ 3.97°N). */
export const DASHLINE_SOUTH_OF = 5;
export const DASHLINE_MIN_DASHES = 9;

const QUALITIES = ['official', 'approximate', 'point'];
/** Features of region-context.geojson the regional view labels (Hebei's prefectures): each needs a label_point. */
export const LABELLED_CONTEXT_PREFIX = 'ctx-hebei-';

type Poly = Polygon | MultiPolygon;
type AnyFeature = Feature<Geometry | null, Record<string, unknown> | null>;

const baseName = (key: string): string => key.slice(key.lastIndexOf('/') + 1);
const isObj = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const km2 = (f: Feature<Poly>): number => area(f) / 1e6;
const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;

/** Signed area of a ring in lon/lat (shoelace): positive = counter-clockwise. */
function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return s / 2;
}

function validPosition(p: unknown): p is Position {
  return (
    Array.isArray(p) &&
    p.length >= 2 &&
    typeof p[0] === 'number' &&
    typeof p[1] === 'number' &&
    Number.isFinite(p[0]) &&
    Number.isFinite(p[1]) &&
    Math.abs(p[0]) <= 180 &&
    Math.abs(p[1]) <= 90
  );
}

/** Ring checks; returns problems as text. */
function ringProblems(ring: unknown, outer: boolean, label: string): string[] {
  if (!Array.isArray(ring)) return [`${label} is not an array of positions`];
  const bad = ring.findIndex((p) => !validPosition(p));
  if (bad >= 0) return [`${label} position ${bad} is not a finite [lon, lat] in range`];
  const r = ring as Position[];
  const out: string[] = [];
  if (r.length < 4) out.push(`${label} has ${r.length} positions (a linear ring needs at least 4)`);
  const a = r[0];
  const b = r[r.length - 1];
  if (r.length > 0 && (a[0] !== b[0] || a[1] !== b[1]))
    out.push(`${label} is not closed (first and last positions differ)`);
  if (r.length >= 4 && out.length === 0) {
    const s = signedArea(r);
    if (s === 0) out.push(`${label} has zero area`);
    else if (outer && s < 0)
      out.push(`${label} is clockwise; RFC 7946 wants exterior rings counter-clockwise`);
    else if (!outer && s > 0) out.push(`${label} is counter-clockwise; RFC 7946 wants holes clockwise`);
  }
  return out;
}

function geometryProblems(g: unknown): string[] {
  if (!isObj(g)) return ['geometry is missing'];
  const coords = g.coordinates;
  switch (g.type) {
    case 'Point':
      return validPosition(coords) ? [] : ['point is not a finite [lon, lat] in range'];
    case 'LineString':
      if (!Array.isArray(coords) || coords.length < 2 || !coords.every(validPosition))
        return ['line needs at least 2 valid positions'];
      return [];
    case 'MultiLineString':
      if (
        !Array.isArray(coords) ||
        !coords.every((l) => Array.isArray(l) && l.length >= 2 && l.every(validPosition))
      )
        return ['every line needs at least 2 valid positions'];
      return [];
    case 'Polygon':
    case 'MultiPolygon': {
      const polys = (g.type === 'Polygon' ? [coords] : coords) as unknown;
      if (!Array.isArray(polys) || polys.length === 0) return ['polygon has no coordinates'];
      const out: string[] = [];
      polys.forEach((poly: unknown, pi) => {
        if (!Array.isArray(poly) || poly.length === 0) {
          out.push(`polygon ${pi} has no rings`);
          return;
        }
        poly.forEach((ring: unknown, ri) => {
          const label = `${g.type === 'MultiPolygon' ? `polygon ${pi} ` : ''}${ri === 0 ? 'exterior ring' : `hole ${ri}`}`;
          out.push(...ringProblems(ring, ri === 0, label));
        });
      });
      if (out.length === 0) {
        // self-intersections, one polygon at a time (parts of a MultiPolygon may touch at a vertex)
        (polys as Position[][][]).forEach((poly, pi) => {
          const k = kinks({ type: 'Polygon', coordinates: poly });
          if (k.features.length > 0) {
            const at = k.features[0].geometry.coordinates.map((v) => v.toFixed(5)).join(', ');
            out.push(
              `${g.type === 'MultiPolygon' ? `polygon ${pi} ` : ''}self-intersects at ${k.features.length} point(s), e.g. [${at}]`,
            );
          }
        });
      }
      return out;
    }
    default:
      return [`unsupported geometry type ${String(g.type)}`];
  }
}

function isPolygonal(f: AnyFeature): f is Feature<Poly, Record<string, unknown>> {
  return f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';
}

function unionOf(feats: Feature<Poly>[]): Feature<Poly> | null {
  if (feats.length === 0) return null;
  if (feats.length === 1) return feats[0];
  return union(featureCollection(feats));
}

/**
 * Check every geodata file. Keys are file names or paths ending in the file name ("geodata/zones.geojson");
 * values are the parsed GeoJSON (anything else is reported).
 */
export function validateGeodata(files: Record<string, unknown>): DataIssue[] {
  const issues: DataIssue[] = [];
  const byBase = new Map<
    string,
    { key: string; fc: FeatureCollection<Geometry | null, Record<string, unknown> | null> }
  >();

  for (const [key, value] of Object.entries(files)) {
    if (!isObj(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
      issues.push({ file: key, message: `${key}: not a GeoJSON FeatureCollection` });
      continue;
    }
    byBase.set(baseName(key), {
      key,
      fc: value as unknown as FeatureCollection<Geometry | null, Record<string, unknown> | null>,
    });
  }
  for (const req of GEODATA_FILES) {
    if (!byBase.has(req)) issues.push({ file: req, message: `${req}: required geodata file is missing` });
  }

  // ---- per-feature schema and geometry; ids unique across files
  const seen = new Map<string, string>();
  for (const [base, { key, fc }] of byBase) {
    fc.features.forEach((f, i) => {
      const p = isObj(f.properties) ? f.properties : {};
      const id = typeof p.id === 'string' && p.id !== '' ? p.id : undefined;
      const feature = id ?? `#${i}`;
      const say = (message: string, field?: string): void => {
        issues.push({
          file: key,
          feature,
          field,
          message: `${key} › ${feature}${field ? ` › ${field}` : ''}: ${message}`,
        });
      };
      if (!id) say('missing or empty id', 'id');
      else if (seen.has(id)) say(`duplicate id "${id}" (already used in ${seen.get(id)})`, 'id');
      else seen.set(id, key);
      // water features may have empty names (unnamed lakes), but the fields must be there
      const namesMayBeEmpty = base === 'water.geojson';
      for (const field of ['name_zh', 'name_en']) {
        const v = p[field];
        if (typeof v !== 'string' || (!namesMayBeEmpty && v.trim() === '')) say(`missing ${field}`, field);
      }
      if (!QUALITIES.includes(String(p.geometry_quality)))
        say(`geometry_quality must be one of ${QUALITIES.join(', ')}`, 'geometry_quality');
      if (typeof p.source !== 'string' || p.source.trim() === '') say('missing source', 'source');
      if (
        p.official_area_km2 !== undefined &&
        !(typeof p.official_area_km2 === 'number' && p.official_area_km2 > 0)
      )
        say('official_area_km2 must be a positive number', 'official_area_km2');
      if (p.geometry_quality === 'point' && f.geometry?.type !== 'Point')
        say('geometry_quality "point" but geometry is not a Point', 'geometry');
      if (f.geometry?.type === 'Point' && p.geometry_quality !== 'point')
        say('Point geometry must have geometry_quality "point"', 'geometry_quality');
      if (base === 'water.geojson' && p.kind !== 'lake' && p.kind !== 'river')
        say('kind must be "lake" or "river"', 'kind');
      for (const problem of geometryProblems(f.geometry)) say(problem, 'geometry');
      if (id?.startsWith(LABELLED_CONTEXT_PREFIX) && p.label_point === undefined)
        say('a prefecture of the regional view needs a label_point', 'label_point');
      if (p.label_point !== undefined) {
        const pt = p.label_point;
        if (!validPosition(pt)) say('label_point must be [lon, lat]', 'label_point');
        else if (!isPolygonal(f as AnyFeature) || !booleanPointInPolygon(pt, f as Feature<Poly>))
          say(`label_point [${pt.join(', ')}] lies outside the feature`, 'label_point');
      }
    });
  }

  // ---- Beijing's districts
  const dEntry = byBase.get('beijing-districts.geojson');
  const districts = new Map<string, Feature<Poly, Record<string, unknown>>>();
  if (dEntry) {
    const { key, fc } = dEntry;
    const say = (feature: string | undefined, message: string, field?: string): void => {
      issues.push({
        file: key,
        feature,
        field,
        message: `${key}${feature ? ` › ${feature}` : ''}${field ? ` › ${field}` : ''}: ${message}`,
      });
    };
    if (fc.features.length !== 16)
      say(undefined, `expected exactly 16 districts, found ${fc.features.length}`);
    for (const f of fc.features) {
      const p = isObj(f.properties) ? f.properties : {};
      const id = String(p.id ?? '');
      const ref = DISTRICT_REFERENCE.find((d) => d.id === id);
      if (!ref) {
        say(id || undefined, `unexpected district id "${id}"`, 'id');
        continue;
      }
      if (p.adcode !== ref.adcode)
        say(id, `adcode must be ${ref.adcode}, found ${String(p.adcode)}`, 'adcode');
      if (p.official_area_km2 !== ref.official_area_km2)
        say(
          id,
          `official_area_km2 must be the yearbook figure ${ref.official_area_km2}`,
          'official_area_km2',
        );
      if (!isPolygonal(f)) {
        say(id, 'district geometry must be a Polygon or MultiPolygon', 'geometry');
        continue;
      }
      districts.set(id, f);
      const a = km2(f);
      const dev = a / ref.official_area_km2 - 1;
      if (Math.abs(dev) > DISTRICT_AREA_TOLERANCE)
        say(
          id,
          `area ${a.toFixed(1)} km² is ${pct(dev)} off the official ${ref.official_area_km2} km² (tolerance ${pct(DISTRICT_AREA_TOLERANCE)})`,
          'geometry',
        );
    }
    for (const ref of DISTRICT_REFERENCE) {
      if (!fc.features.some((f) => isObj(f.properties) && f.properties.id === ref.id))
        say(ref.id, `district ${ref.id} (${ref.adcode}) is missing`);
    }
    for (const lm of LANDMARKS) {
      const home = districts.get(lm.district);
      if (home && !booleanPointInPolygon(lm.at, home)) {
        const actual = [...districts].find(([, f]) => booleanPointInPolygon(lm.at, f))?.[0] ?? 'no district';
        say(
          lm.district,
          `${lm.name} at [${lm.at.join(', ')}] (WGS84) should lie in ${lm.district} but lies in ${actual}; was the GCJ-02 → WGS84 conversion skipped?`,
          'geometry',
        );
      }
    }
  }

  // ---- the whole of China: Taiwan with Penghu and 钓鱼岛/赤尾屿, 南海诸岛 and the dashed line
  for (const lm of NATIONAL_LANDMARKS) {
    const entry = byBase.get(lm.file);
    if (!entry) continue;
    const f = entry.fc.features.find((x) => isObj(x.properties) && x.properties.id === lm.feature);
    if (!f || !isPolygonal(f) || !booleanPointInPolygon(lm.at, f))
      issues.push({
        file: entry.key,
        feature: lm.feature,
        field: 'geometry',
        message: `${entry.key} › ${lm.feature}: ${lm.name} at [${lm.at.join(', ')}] must lie inside it`,
      });
  }
  const seaEntry = byBase.get('south-china-sea.geojson');
  if (seaEntry) {
    const { key, fc } = seaEntry;
    const say = (feature: string, message: string): void => {
      issues.push({ file: key, feature, field: 'geometry', message: `${key} › ${feature}: ${message}` });
    };
    const find = (id: string): AnyFeature | undefined =>
      fc.features.find((x) => isObj(x.properties) && x.properties.id === id);
    const islands = find('cn-nanhai-islands');
    const dashes = find('cn-nanhai-dashline');
    if (!islands || !isPolygonal(islands)) say('cn-nanhai-islands', '南海诸岛 (MultiPolygon) is missing');
    if (!dashes || dashes.geometry?.type !== 'MultiPolygon')
      say('cn-nanhai-dashline', 'the dashed line (MultiPolygon of dashes) is missing');
    else {
      const parts = dashes.geometry.coordinates;
      const south = Math.min(...parts.flatMap((p) => p[0].map((c) => c[1])));
      if (parts.length < DASHLINE_MIN_DASHES)
        say('cn-nanhai-dashline', `has ${parts.length} dashes, expected at least ${DASHLINE_MIN_DASHES}`);
      if (!(south < DASHLINE_SOUTH_OF))
        say(
          'cn-nanhai-dashline',
          `reaches only ${south.toFixed(2)}°N; the line runs south of ${DASHLINE_SOUTH_OF}°N`,
        );
    }
  }

  // ---- zones: inside their districts, areas near the official figures
  const zEntry = byBase.get('zones.geojson');
  if (zEntry && districts.size > 0) {
    const { key, fc } = zEntry;
    for (const f of fc.features) {
      const p = isObj(f.properties) ? f.properties : {};
      const id = String(p.id ?? '');
      const say = (message: string, field?: string): void => {
        issues.push({
          file: key,
          feature: id,
          field,
          message: `${key} › ${id}${field ? ` › ${field}` : ''}: ${message}`,
        });
      };
      const ds = p.districts;
      if (!Array.isArray(ds) || ds.length === 0 || !ds.every((d) => typeof d === 'string')) {
        say('districts must list the district ids the zone lies in', 'districts');
        continue;
      }
      const unknownD = ds.filter((d) => !districts.has(d));
      if (unknownD.length > 0) {
        say(`unknown district id(s) ${unknownD.join(', ')}`, 'districts');
        continue;
      }
      const home = ds.map((d) => districts.get(d) as Feature<Poly>);
      if (geometryProblems(f.geometry).length > 0) continue; // already reported
      if (f.geometry?.type === 'Point') {
        const pt = f.geometry.coordinates;
        if (!home.some((h) => booleanPointInPolygon(pt, h)))
          say(`point [${pt.join(', ')}] is outside ${ds.join(' + ')}`, 'geometry');
        continue;
      }
      if (!isPolygonal(f)) continue;
      const za = km2(f);
      const clip = unionOf(home);
      const inside = clip ? intersect(featureCollection([f as Feature<Poly>, clip])) : null;
      const share = inside ? km2(inside) / za : 0;
      if (share < ZONE_INSIDE_MIN_SHARE)
        say(
          `only ${pct(share)} of the polygon lies inside ${ds.join(' + ')} (needs ≥ ${pct(ZONE_INSIDE_MIN_SHARE)})`,
          'geometry',
        );
      if (typeof p.official_area_km2 === 'number') {
        const tol = p.geometry_quality === 'official' ? DISTRICT_AREA_TOLERANCE : APPROX_ZONE_AREA_TOLERANCE;
        const dev = za / p.official_area_km2 - 1;
        if (Math.abs(dev) > tol)
          say(
            `area ${za.toFixed(1)} km² is ${pct(dev)} off the official ${p.official_area_km2} km² (tolerance ${pct(tol)})`,
            'official_area_km2',
          );
      }
    }
  }
  return issues;
}
