// Pure assembly of atlas.json, atlas.csv rows and plan.json from validated content and geodata (used by build-data.ts).
import { area as turfArea, booleanPointInPolygon, centroid, pointOnFeature } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type {
  Area,
  Atlas,
  ContentArea,
  Field,
  GeometryQuality,
  Goal,
  Indicator,
  Industry,
  IndustryGroup,
  Link,
  PlanSource,
  Section,
  Statement,
  TourStop,
} from '../../src/data/types';
import { AREA_KINDS } from '../content/validateContent';
import type { CsvCell } from '../../src/data/csv';
import type { ParsedPlan } from '../plan/types';
import type { ContentOnDisk } from './readContent';
import { isRecord } from '../content/validate/shared';

type Json = Record<string, unknown>;

export interface GeoShape {
  file: string;
  feature: Feature;
}

/** Features by id, from every geodata file (the same id may be a polygon in one file and a point in another). */
export function indexGeodata(geodata: Record<string, unknown>): Map<string, GeoShape[]> {
  const byId = new Map<string, GeoShape[]>();
  for (const [file, fc] of Object.entries(geodata)) {
    const features = (fc as { features?: unknown[] } | null)?.features;
    if (!Array.isArray(features)) continue;
    for (const f of features as Feature[]) {
      const id = (f.properties as Json | null)?.id ?? f.id;
      if (typeof id !== 'string' && typeof id !== 'number') continue;
      byId.set(String(id), [...(byId.get(String(id)) ?? []), { file, feature: f }]);
    }
  }
  return byId;
}

const round = (x: number, digits: number): number => Math.round(x * 10 ** digits) / 10 ** digits;
const roundPoint = (p: Position): [number, number] => [round(p[0], 5), round(p[1], 5)];

/** The largest part of a (multi)polygon: a label belongs on the main body, not on an exclave. */
function largestPart(f: Feature<Polygon | MultiPolygon>): Feature<Polygon> {
  const parts = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  let best = parts[0];
  let bestArea = -1;
  for (const rings of parts) {
    const a = turfArea({ type: 'Polygon', coordinates: rings });
    if (a > bestArea) {
      best = rings;
      bestArea = a;
    }
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: best } };
}

/** A label point inside the polygon: its centroid when that falls inside, else turf's point on surface. */
export function labelPoint(f: Feature<Polygon | MultiPolygon>): [number, number] {
  const main = largestPart(f);
  const c = centroid(main);
  if (booleanPointInPolygon(c, main)) return roundPoint(c.geometry.coordinates);
  return roundPoint(pointOnFeature(main).geometry.coordinates);
}

export interface ComputedGeometry {
  geometry: GeometryQuality;
  geometry_source: string;
  area_km2: number | null;
  center: [number, number] | null;
}

/** Geometry fields of one area: from its geodata polygon or point, else from the content's center, else none. */
export function computeGeometry(area: ContentArea, shapes: ReadonlyArray<GeoShape>): ComputedGeometry {
  const polygon = shapes.find(
    (s) => s.feature.geometry?.type === 'Polygon' || s.feature.geometry?.type === 'MultiPolygon',
  );
  const point = shapes.find((s) => s.feature.geometry?.type === 'Point');
  const sourceOf = (s: GeoShape): string => {
    const p = (s.feature.properties ?? {}) as Json;
    const src =
      typeof p.source === 'string'
        ? p.source
        : typeof p.geometry_source === 'string'
          ? p.geometry_source
          : '';
    return src || s.file;
  };
  if (polygon) {
    const f = polygon.feature as Feature<Polygon | MultiPolygon>;
    const quality = (f.properties as Json | null)?.geometry_quality;
    const pointCoords = point ? (point.feature.geometry as { coordinates: Position }).coordinates : null;
    return {
      // anything not declared official is shown as approximate: never claim more than the geodata says
      geometry: quality === 'official' ? 'official' : 'approximate',
      geometry_source: sourceOf(polygon),
      area_km2: round(turfArea(f) / 1e6, 1),
      center: pointCoords ? roundPoint(pointCoords) : labelPoint(f),
    };
  }
  if (point) {
    return {
      geometry: 'point',
      geometry_source: sourceOf(point),
      area_km2: null,
      center: roundPoint((point.feature.geometry as { coordinates: Position }).coordinates),
    };
  }
  if (area.center) {
    return {
      geometry: 'point',
      geometry_source: area.geometry_source ?? 'position given in the content (no boundary data)',
      area_km2: null,
      center: roundPoint(area.center),
    };
  }
  return {
    geometry: 'none',
    geometry_source: area.geometry_source ?? 'not drawn: no boundary or position',
    area_km2: null,
    center: null,
  };
}

/** English source → Chinese, from the file as read (non-strings are left out: check:data names them). */
export function geometrySourcesZhOf(file: unknown): Record<string, string> {
  const zh = isRecord(file) && isRecord(file.zh) ? file.zh : {};
  return Object.fromEntries(
    Object.entries(zh).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

export interface AtlasInput {
  plan: ParsedPlan;
  source: PlanSource;
  sectionsEn: Readonly<Record<string, string>>;
  groups: IndustryGroup[];
  industries: Industry[];
  fields: Field[];
  areas: ContentArea[];
  links: Link[];
  indicators: Indicator[];
  statements: Statement[];
  /** The guided tour's stops (validated tour.json). */
  tour?: TourStop[];
  goals: Goal[];
  geodata: Record<string, unknown>;
  /** The Chinese of each boundary source (geometry-sources-zh.json), keyed by the English. */
  geometrySourcesZh?: Readonly<Record<string, string>>;
}

/** The plan has no heading before chapter 一: this conventional label is ours, not the plan's. */
export const PREAMBLE_TITLE_ZH = '前言';

export function buildAtlas(input: AtlasInput): Atlas {
  const geo = indexGeodata(input.geodata);
  const kindOrder = (a: ContentArea): number => AREA_KINDS.indexOf(a.kind);
  const sorted = [...input.areas].sort((a, b) => kindOrder(a) - kindOrder(b) || a.id.localeCompare(b.id));
  const areas: Area[] = sorted.map((a) => {
    const g = computeGeometry(a, geo.get(a.id) ?? []);
    const out: Area = {
      id: a.id,
      name_zh: a.name_zh,
      name_en: a.name_en,
      kind: a.kind,
      parent: a.parent ?? null,
      district: a.district ?? null,
      industries: a.industries,
      fields: a.fields ?? [],
      tasks: a.tasks,
      geometry: g.geometry,
      geometry_source: g.geometry_source,
      geometry_source_zh: input.geometrySourcesZh?.[g.geometry_source] ?? '',
      area_km2: g.area_km2,
      center: g.center,
    };
    if (a.plan_silent) out.plan_silent = true;
    // Search aliases and our own English note on a place (not plan text) travel with the area.
    if (a.aliases_zh?.length) out.aliases_zh = a.aliases_zh;
    if (a.aliases_en?.length) out.aliases_en = a.aliases_en;
    if (a.description_en) out.description_en = a.description_en;
    if (a.description_zh) out.description_zh = a.description_zh;
    return out;
  });
  const sections: Section[] = input.plan.sections.map((s) => ({
    id: s.id,
    title_zh: s.level === 'preamble' ? PREAMBLE_TITLE_ZH : s.title_zh,
    title_en: input.sectionsEn[s.id] ?? '',
  }));
  return {
    version: 1,
    source: input.source,
    sections,
    industry_groups: input.groups,
    industries: input.industries,
    fields: input.fields,
    areas,
    links: input.links,
    indicators: input.indicators,
    statements: input.statements,
    tour: input.tour ?? [],
    goals: input.goals,
  };
}

/** The plan source of content read from disk: the plan's title, the seed file and its sha256. */
export function planSourceOf(content: ContentOnDisk): PlanSource {
  return { title: content.plan.title, file: content.seed.file, sha256: content.seed.sha256 };
}

/** atlas.json from content read by readContent: the caller has validated it, so it has the domain types' shapes. */
export function buildAtlasFromContent(content: ContentOnDisk): Atlas {
  return buildAtlas({
    plan: content.plan,
    source: planSourceOf(content),
    sectionsEn: content.sectionsEn.sections,
    groups: content.groups as IndustryGroup[],
    industries: content.industries as Industry[],
    fields: (content.fields ?? []) as Field[],
    areas: content.areas.map((a) => a.data as ContentArea),
    links: content.links as Link[],
    indicators: content.indicators as Indicator[],
    statements: (content.statements ?? []) as Statement[],
    tour: content.tour as TourStop[],
    goals: (content.goals ?? []) as Goal[],
    geodata: content.geodata,
    geometrySourcesZh: geometrySourcesZhOf(content.geometrySourcesZh),
  });
}

export const CSV_HEADER = [
  'area_id',
  'name_zh',
  'name_en',
  'kind',
  'district',
  'district_zh',
  'industries',
  'industries_zh',
  'industries_en',
  'fields',
  'fields_zh',
  'fields_en',
  'section',
  'section_title_zh',
  'task_zh',
  'task_en',
  'task_industries',
  'task_scope',
] as const;

/**
 * One row per area × task. An area the plan is silent about gets one row with empty task fields, so the CSV lists
 * every area. Ids (joined with ;) are for joining tables; each has its names beside it (joined with 、 in Chinese,
 * ; in English), so a spreadsheet reads without the JSON. task_en is our translation; task_industries are the
 * industries that sentence itself names, task_scope is "partial" when it is only partly about the place.
 */
export function atlasCsvRows(atlas: Atlas): CsvCell[][] {
  const industryNames = new Map(atlas.industries.map((i) => [i.id, i]));
  const fieldNames = new Map((atlas.fields ?? []).map((f) => [f.id, f]));
  const districtName = new Map(
    atlas.areas.filter((a) => a.kind === 'district').map((a) => [a.id, a.name_zh]),
  );
  const sectionTitle = new Map(atlas.sections.map((s) => [s.id, s.title_zh]));
  // an id the atlas does not name is written as the id: visible, never dropped
  const named = (names: Map<string, { zh: string; en: string }>, ids: readonly string[], lang: 'zh' | 'en') =>
    ids.map((id) => names.get(id)?.[lang] ?? id).join(lang === 'zh' ? '、' : '; ');
  const rows: CsvCell[][] = [];
  for (const a of atlas.areas) {
    const fields = a.fields ?? [];
    const head = [
      a.id,
      a.name_zh,
      a.name_en,
      a.kind,
      a.district ?? '',
      a.district ? (districtName.get(a.district) ?? a.district) : '',
      a.industries.join(';'),
      named(industryNames, a.industries, 'zh'),
      named(industryNames, a.industries, 'en'),
      fields.join(';'),
      named(fieldNames, fields, 'zh'),
      named(fieldNames, fields, 'en'),
    ];
    if (a.tasks.length === 0) rows.push([...head, '', '', '', '', '', '']);
    for (const t of a.tasks)
      rows.push([
        ...head,
        t.section,
        sectionTitle.get(t.section) ?? '',
        t.zh,
        t.en,
        (t.industries ?? []).join(';'),
        t.scope ?? '',
      ]);
  }
  return rows;
}
