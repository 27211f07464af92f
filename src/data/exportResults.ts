// The investor's shortlist export: filter results as CSV (UTF-8 BOM, RFC 4180), GeoJSON points and JSON, with the plan's sentences.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { encodeCsv } from './csv';
import type { FilterResult } from './industryFilter';
import type { Atlas, Field, Industry, PlanSource, Task } from './types';

export type ExportLang = 'zh' | 'en';

export const RESULTS_CSV_COLUMNS = [
  'area_id',
  'name_zh',
  'name_en',
  'kind',
  'industries',
  'section',
  'task_zh',
  'task_en',
  'fields',
] as const;

function industryNamer(industries: readonly (Industry | Field)[], lang: ExportLang) {
  const byId = new Map(industries.map((i) => [i.id, i]));
  // An id the atlas does not know is written as the id: visible, never silently dropped.
  return (ids: readonly string[]) =>
    ids.map((id) => byId.get(id)?.[lang] ?? id).join(lang === 'zh' ? '、' : '; ');
}

/**
 * One CSV row per plan sentence behind each result (an area with no sentence gets one row with empty task
 * columns). `industries` and `fields` name, in `lang`, the chosen industries and fields that sentence (or the area)
 * carries. `task_en` is our translation, not the plan's wording.
 */
export function resultsToCsv(
  results: readonly FilterResult[],
  lang: ExportLang,
  atlas: Pick<Atlas, 'industries'> & Partial<Pick<Atlas, 'fields'>>,
): string {
  const name = industryNamer(atlas.industries, lang);
  const fieldName = industryNamer(atlas.fields ?? [], lang);
  const rows = results.flatMap(({ area, matchedIndustries, matchedFields, reasons }) => {
    const head = [area.id, area.name_zh, area.name_en, area.kind];
    if (reasons.length === 0)
      return [[...head, name(matchedIndustries), '', '', '', fieldName(matchedFields)]];
    return reasons.map((r) => [
      ...head,
      name(r.industries),
      r.task.section,
      r.task.zh,
      r.task.en,
      fieldName(r.fields),
    ]);
  });
  return encodeCsv(RESULTS_CSV_COLUMNS, rows);
}

interface ExportedTask {
  section: string;
  zh: string;
  /** Our translation. */
  en: string;
  industries: string[];
  fields: string[];
  /** "partial" when the sentence is only partly about the place. */
  scope?: 'partial';
}

const exportTask = (task: Task, industries: readonly string[], fields: readonly string[]): ExportedTask => ({
  section: task.section,
  zh: task.zh,
  en: task.en,
  industries: [...industries],
  fields: [...fields],
  ...(task.scope ? { scope: task.scope } : {}),
});

/** Looks up an area's drawn geometry (e.g. its polygon from the geodata); null or undefined = use its center. */
export type GeometryLookup = (areaId: string) => Geometry | null | undefined;

export interface ResultFeatureProperties {
  area_id: string;
  name_zh: string;
  name_en: string;
  kind: string;
  /** The atlas's label for the place's geometry: official, approximate, point or none. */
  geometry_quality: string;
  geometry_source: string;
  /** What this feature's geometry is: the looked-up shape, the area's center point, or nothing (no location). */
  geometry_from: 'lookup' | 'center' | 'none';
  matched_industries: string[];
  /** The same industries by name, for GIS tools that show properties as text. */
  matched_industries_zh: string;
  matched_industries_en: string;
  matched_fields: string[];
  tasks: ExportedTask[];
}

/**
 * A FeatureCollection with one feature per result, in result order: the looked-up geometry if any, else a point at
 * the area's center, else `geometry: null` (kept, so no result is lost from the shortlist).
 */
export function resultsToGeoJson(
  results: readonly FilterResult[],
  atlas: Pick<Atlas, 'industries'>,
  geometryLookup?: GeometryLookup,
): FeatureCollection<Geometry | null, ResultFeatureProperties> {
  const zh = industryNamer(atlas.industries, 'zh');
  const en = industryNamer(atlas.industries, 'en');
  const features = results.map(
    ({
      area,
      matchedIndustries,
      matchedFields,
      reasons,
    }): Feature<Geometry | null, ResultFeatureProperties> => {
      const looked = geometryLookup?.(area.id) ?? null;
      const geometry: Geometry | null =
        looked ?? (area.center ? { type: 'Point', coordinates: [...area.center] } : null);
      return {
        type: 'Feature',
        id: area.id,
        geometry,
        properties: {
          area_id: area.id,
          name_zh: area.name_zh,
          name_en: area.name_en,
          kind: area.kind,
          geometry_quality: area.geometry,
          geometry_source: area.geometry_source,
          geometry_from: looked ? 'lookup' : area.center ? 'center' : 'none',
          matched_industries: [...matchedIndustries],
          matched_industries_zh: zh(matchedIndustries),
          matched_industries_en: en(matchedIndustries),
          matched_fields: [...matchedFields],
          tasks: reasons.map((r) => exportTask(r.task, r.industries, r.fields)),
        },
      };
    },
  );
  return { type: 'FeatureCollection', features };
}

/** What the shortlist was made from, written into the JSON export so it can be read (and redone) later. */
export interface ExportQuery {
  industries: readonly string[];
  groups?: readonly string[];
  fields?: readonly string[];
  match: 'any' | 'all';
  kinds?: readonly string[];
  /** The app's share link for this shortlist. */
  url?: string;
}

export interface ResultsJson {
  source: PlanSource;
  note: string;
  query: ExportQuery | null;
  results: {
    area_id: string;
    name_zh: string;
    name_en: string;
    kind: string;
    matched_industries: string[];
    matched_fields: string[];
    tasks: ExportedTask[];
  }[];
}

/** The shortlist as pretty-printed JSON, with the plan it quotes and the query that made it. */
export function resultsToJson(
  results: readonly FilterResult[],
  atlas: Pick<Atlas, 'source'>,
  query: ExportQuery | null = null,
): string {
  const doc: ResultsJson = {
    source: atlas.source,
    note: 'zh is the plan’s own sentence (section ids in the plan’s numbering); en is our translation.',
    query,
    results: results.map(({ area, matchedIndustries, matchedFields, reasons }) => ({
      area_id: area.id,
      name_zh: area.name_zh,
      name_en: area.name_en,
      kind: area.kind,
      matched_industries: [...matchedIndustries],
      matched_fields: [...matchedFields],
      tasks: reasons.map((r) => exportTask(r.task, r.industries, r.fields)),
    })),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
