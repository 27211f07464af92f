// What the content validators check against: valid kinds and comparators, content file paths, the input shape, and
// the geodata features as the content check sees them.
import type { GeometryQuality } from '../../../src/data/types';
import type { QuotablePlan } from '../../plan/types';
import { AREA_KINDS } from '../../../src/data/areaKinds';
import { AREA_GEO_KEYS } from '../../../src/data/geoIndex';
import { GEO_FILES } from '../../../src/data/load';
import { isRecord } from './shared';

/** Every valid area kind (the one list lives in areaKinds.ts). */
export { AREA_KINDS };
export const LINK_KINDS = ['jjj', 'national'] as const;
export const COMPARATORS = ['about', 'over', 'at-least', 'exactly', 'below'] as const;
export const GEOMETRY_QUALITIES: readonly GeometryQuality[] = ['official', 'approximate', 'point', 'none'];

/** Geodata files whose features are selectable places: each such feature must be an area of the content. */
export const SELECTABLE_GEO_FILES: readonly string[] = AREA_GEO_KEYS.map((key) => GEO_FILES[key]);

/** China's bounding box (lon 73–136 E, lat 18–54 N): a center outside it is a swapped or mistyped coordinate. */
export const CHINA_BBOX = { minLon: 73, maxLon: 136, minLat: 18, maxLat: 54 } as const;

/** One feature of the geodata as the content check needs it. */
export interface GeoFeatureRef {
  id: string;
  /** File name without directory and extension: "zones". */
  file: string;
  shape: 'polygon' | 'point' | 'line' | 'other';
  selectable: boolean;
  /** properties.geometry_quality, when given. */
  quality?: string;
}

export const CONTENT_FILES = {
  industries: 'src/content/industries.json',
  fields: 'src/content/fields.json',
  groups: 'src/content/industry-groups.json',
  links: 'src/content/links.json',
  indicators: 'src/content/indicators.json',
  goals: 'src/content/goals.json',
  sectionsEn: 'src/content/sections-en.json',
  statements: 'src/content/statements.json',
  synonyms: 'src/content/synonyms.json',
  glossary: 'src/content/glossary.json',
  tour: 'src/content/tour.json',
  geometrySourcesZh: 'src/content/geometry-sources-zh.json',
  areaDir: 'src/content/areas',
} as const;

/** An area file as read from disk: its path (for messages) and its parsed JSON, not yet trusted. */
export interface AreaFile {
  file: string;
  data: unknown;
}

export interface ContentInput {
  plan: QuotablePlan;
  industries: unknown;
  /** fields.json: the plan's specific fields under the industries; checked when given. */
  fields?: unknown;
  groups: unknown;
  /** Area files with their paths; a bare area object is accepted too (its path is then src/content/areas/<id>.json). */
  areas: ReadonlyArray<AreaFile | unknown>;
  links: unknown;
  indicators: unknown;
  /** goals.json: the plan's goals in words and its stated status; checked when given. */
  goals?: unknown;
  geoIds: ReadonlyArray<GeoFeatureRef>;
  /** sections-en.json ({ title, sections: { [section id]: English title } }); checked when given. */
  sectionsEn?: unknown;
  /** tour.json (the guided tour's stops); checked when given. */
  tour?: unknown;
  /** geometry-sources-zh.json ({ zh: { [English boundary source]: Chinese } }); checked against the geodata when given. */
  geometrySourcesZh?: unknown;
  /** statements.json (city-wide sentences by industry) and synonyms.json (search words); checked when given. */
  statements?: unknown;
  synonyms?: unknown;
  /** glossary.json (one English term per concept): checked against every translation when given. */
  glossary?: unknown;
  /** Paths used in messages when the content is not read from src/content (fixtures). */
  files?: Partial<
    Record<
      | 'industries'
      | 'fields'
      | 'goals'
      | 'groups'
      | 'links'
      | 'indicators'
      | 'sectionsEn'
      | 'statements'
      | 'synonyms'
      | 'glossary'
      | 'tour',
      string
    >
  >;
}

/** Index the features of geodata FeatureCollections, keyed by file base name ("zones"). */
export function geoFeatureRefs(files: Record<string, unknown>): GeoFeatureRef[] {
  const refs: GeoFeatureRef[] = [];
  for (const [name, fc] of Object.entries(files)) {
    const file = name.replace(/^.*\//, '').replace(/\.geojson$/, '');
    if (!isRecord(fc) || !Array.isArray(fc.features)) continue;
    for (const f of fc.features) {
      if (!isRecord(f)) continue;
      const props = isRecord(f.properties) ? f.properties : {};
      const rawId = props.id ?? f.id;
      if (typeof rawId !== 'string' && typeof rawId !== 'number') continue;
      const type = isRecord(f.geometry) ? f.geometry.type : undefined;
      const shape =
        type === 'Polygon' || type === 'MultiPolygon'
          ? 'polygon'
          : type === 'Point' || type === 'MultiPoint'
            ? 'point'
            : type === 'LineString' || type === 'MultiLineString'
              ? 'line'
              : 'other';
      refs.push({
        id: String(rawId),
        file,
        shape,
        selectable: SELECTABLE_GEO_FILES.includes(file) && props.selectable !== false,
        quality: typeof props.geometry_quality === 'string' ? props.geometry_quality : undefined,
      });
    }
  }
  return refs;
}
