// The one loader of the app's runtime files (atlas.json, plan.json, search.json, geodata, the label font manifest):
// each is fetched once per loader, checked at this edge, and every failure is a DataLoadError naming file › field.
import type { FeatureCollection, Geometry } from 'geojson';
import type { PlanDoc } from '../plan/types';
import type { SearchEntry } from './search';
import type { Atlas } from './types';

/** A data file that could not be fetched, parsed or used; `file` (and `field`, where known) are shown to the visitor. */
export class DataLoadError extends Error {
  readonly file: string;
  readonly field: string | undefined;
  readonly reason: string;
  constructor(file: string, reason: string, field?: string) {
    super(`${file}${field ? ` › ${field}` : ''}: ${reason}`);
    this.name = 'DataLoadError';
    this.file = file;
    this.field = field;
    this.reason = reason;
  }
}

/** What to tell the visitor about a failure: the file › field where known, and why. */
export function describeLoadError(error: unknown): { file?: string; reason: string } {
  if (error instanceof DataLoadError)
    return { file: error.field ? `${error.file} › ${error.field}` : error.file, reason: error.reason };
  return { reason: error instanceof Error ? error.message : String(error) };
}

/** URL of a file under the app's base (vite `base`, './' or BASE_PATH), so the build works under a sub-path. */
export function dataUrl(path: string, base: string = import.meta.env.BASE_URL): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}

export type FetchLike = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'statusText' | 'json'>>;

const browserFetch: FetchLike = (url) => fetch(url);

/** Fetches and parses one JSON file; every failure becomes a DataLoadError naming `path`. */
export async function fetchJson(path: string, fetchImpl: FetchLike = browserFetch): Promise<unknown> {
  let response;
  try {
    response = await fetchImpl(dataUrl(path));
  } catch (err) {
    throw new DataLoadError(path, err instanceof Error ? err.message : String(err));
  }
  if (!response.ok)
    throw new DataLoadError(
      path,
      `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
    );
  try {
    return await response.json();
  } catch {
    throw new DataLoadError(path, 'not valid JSON');
  }
}

/** The runtime files besides geodata, by what they hold. */
export const DATA_FILES = {
  atlas: 'data/atlas.json',
  plan: 'data/plan.json',
  search: 'data/search.json',
  fontManifest: 'fonts/atlas-labels.json',
} as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Shape check of atlas.json at the boundary: enough to trust the fields the app reads. */
export function parseAtlas(value: unknown, file: string = DATA_FILES.atlas): Atlas {
  if (!isObject(value)) throw new DataLoadError(file, 'not a JSON object');
  if (value.version !== 1)
    throw new DataLoadError(file, `unsupported version ${String(value.version)}`, 'version');
  for (const field of ['areas', 'links', 'industries', 'sections'] as const) {
    if (!Array.isArray(value[field])) throw new DataLoadError(file, 'not a list', field);
  }
  (value.areas as unknown[]).forEach((area, i) => {
    if (
      !isObject(area) ||
      typeof area.id !== 'string' ||
      typeof area.name_zh !== 'string' ||
      typeof area.name_en !== 'string'
    ) {
      throw new DataLoadError(file, 'lacks id, name_zh or name_en', `areas[${i}]`);
    }
  });
  checkFields(value, file);
  return value as unknown as Atlas;
}

/** The fields (when the file has them) sit under known industries, and every area's fields are known fields. */
function checkFields(value: Record<string, unknown>, file: string): void {
  const fields = (value.fields ?? []) as Array<Record<string, unknown>>;
  const industryIds = new Set((value.industries as Array<Record<string, unknown>>).map((x) => x?.id));
  fields.forEach((f, i) => {
    if (typeof f?.id !== 'string' || !industryIds.has(f.industry))
      throw new DataLoadError(file, 'lacks an id or a known industry', `fields[${i}]`);
  });
  const fieldIds = new Set(fields.map((f) => f.id));
  (value.areas as Array<Record<string, unknown>>).forEach((area, i) => {
    if (![area.fields ?? []].flat().every((id) => fieldIds.has(id)))
      throw new DataLoadError(file, 'lists an unknown field', `areas[${i}].fields`);
  });
}

/** Shape check of plan.json (the reader's text and section offsets). */
export function parsePlanDoc(value: unknown, file: string = DATA_FILES.plan): PlanDoc {
  if (!isObject(value)) throw new DataLoadError(file, 'not a JSON object');
  if (typeof value.text !== 'string') throw new DataLoadError(file, 'not a string', 'text');
  if (!Array.isArray(value.sections)) throw new DataLoadError(file, 'not a list', 'sections');
  const length = value.text.length;
  value.sections.forEach((section, i) => {
    const ok =
      isObject(section) &&
      typeof section.id === 'string' &&
      ['start', 'end', 'text_start', 'text_end'].every((k) => {
        const n = section[k];
        return typeof n === 'number' && n >= 0 && n <= length;
      }) &&
      Array.isArray(section.sentences);
    if (!ok)
      throw new DataLoadError(file, 'lacks id, offsets within the text or sentences', `sections[${i}]`);
  });
  return value as unknown as PlanDoc;
}

/** Shape check of search.json (names with their precomputed pinyin). */
export function parseSearchEntries(value: unknown, file: string = DATA_FILES.search): SearchEntry[] {
  if (!Array.isArray(value)) throw new DataLoadError(file, 'not a list');
  value.forEach((entry, i) => {
    const ok =
      isObject(entry) &&
      (entry.type === 'area' || entry.type === 'industry' || entry.type === 'link') &&
      typeof entry.id === 'string' &&
      typeof entry.label_zh === 'string' &&
      typeof entry.label_en === 'string' &&
      Array.isArray(entry.names_zh) &&
      Array.isArray(entry.names_en) &&
      Array.isArray(entry.pinyin) &&
      entry.pinyin.length === entry.names_zh.length;
    if (!ok) throw new DataLoadError(file, 'not a search entry', `[${i}]`);
  });
  return value as SearchEntry[];
}

/** The GeoJSON files the map draws (built into data/geo/ by `npm run build:data`), by the layer they feed. */
export const GEO_FILES = {
  china: 'china-provinces',
  southSea: 'south-china-sea',
  region: 'region-context',
  national: 'national-areas',
  jjj: 'jjj-areas',
  districts: 'beijing-districts',
  outline: 'beijing-outline',
  zones: 'zones',
  water: 'water',
} as const;

export type GeoKey = keyof typeof GEO_FILES;
export type GeoCollections = Record<GeoKey, FeatureCollection<Geometry>>;

export function geoFilePath(key: GeoKey): string {
  return `data/geo/${GEO_FILES[key]}.geojson`;
}

const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
]);

/** A position: two or three finite numbers. */
const isPosition = (p: unknown): boolean =>
  Array.isArray(p) &&
  (p.length === 2 || p.length === 3) &&
  p.every((n) => typeof n === 'number' && Number.isFinite(n));

/** Nested arrays of positions `depth` levels deep (0 = one position), none of them empty. */
function isNested(value: unknown, depth: number): boolean {
  if (depth === 0) return isPosition(value);
  return Array.isArray(value) && value.length > 0 && value.every((v) => isNested(v, depth - 1));
}

const DEPTH: Readonly<Record<string, number>> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

/** Why MapLibre could not draw this feature's geometry, or null when it can. */
export function geometryProblem(geometry: unknown): string | null {
  if (!isObject(geometry)) return 'no geometry';
  const type = geometry.type;
  if (typeof type !== 'string' || !GEOMETRY_TYPES.has(type)) return `unknown geometry type ${String(type)}`;
  return isNested(geometry.coordinates, DEPTH[type]) ? null : `bad ${type} coordinates`;
}

export interface ParsedCollection {
  collection: FeatureCollection<Geometry>;
  /** Features left out because they cannot be drawn, each with its index, id and why. */
  dropped: { index: number; id: string | null; problem: string }[];
}

/** A GeoJSON FeatureCollection, feature by feature: one that cannot be drawn is dropped, the rest are kept. */
export function parseFeatureCollection(value: unknown, file: string): ParsedCollection {
  if (!isObject(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    throw new DataLoadError(file, 'not a GeoJSON FeatureCollection');
  }
  const features: FeatureCollection<Geometry>['features'] = [];
  const dropped: ParsedCollection['dropped'] = [];
  value.features.forEach((feature: unknown, index) => {
    const problem =
      !isObject(feature) || feature.type !== 'Feature' ? 'not a Feature' : geometryProblem(feature.geometry);
    if (problem === null)
      features.push(feature as unknown as FeatureCollection<Geometry>['features'][number]);
    else {
      const props = isObject(feature) && isObject(feature.properties) ? feature.properties : {};
      dropped.push({ index, id: typeof props.id === 'string' ? props.id : null, problem });
    }
  });
  return { collection: { type: 'FeatureCollection', features }, dropped };
}

/** Without these the map has nothing to show; every other geo file is context the map can do without. */
export const ESSENTIAL_GEO: readonly GeoKey[] = ['districts', 'zones'];

export interface LoadedGeo {
  collections: GeoCollections;
  /** Non-essential files that failed: the map draws without them and the app names them in a notice. */
  failures: DataLoadError[];
  /** Features that cannot be drawn, by file (the map draws the rest of the file). */
  dropped: { file: string; features: ParsedCollection['dropped'] }[];
}

const EMPTY_COLLECTION: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: [] };

/** Loads every geo file in parallel. An essential file's failure rejects, naming it; others become empty layers. */
export async function loadGeoCollections(fetchImpl?: FetchLike): Promise<LoadedGeo> {
  const keys = Object.keys(GEO_FILES) as GeoKey[];
  const settled = await Promise.allSettled(
    keys.map(async (key) =>
      parseFeatureCollection(await fetchJson(geoFilePath(key), fetchImpl), geoFilePath(key)),
    ),
  );
  const failures: DataLoadError[] = [];
  const dropped: LoadedGeo['dropped'] = [];
  const collections = Object.fromEntries(
    keys.map((key, i) => {
      const result = settled[i];
      if (result.status === 'fulfilled') {
        if (result.value.dropped.length > 0)
          dropped.push({ file: geoFilePath(key), features: result.value.dropped });
        return [key, result.value.collection];
      }
      const error =
        result.reason instanceof DataLoadError
          ? result.reason
          : new DataLoadError(geoFilePath(key), String(result.reason));
      if (ESSENTIAL_GEO.includes(key)) throw error;
      failures.push(error);
      return [key, EMPTY_COLLECTION];
    }),
  ) as GeoCollections;
  return { collections, failures, dropped };
}

/** What scripts/build-font.ts writes next to the subset font: the files and the code points they cover. */
export interface FontManifest {
  family: string;
  files: { file: string; unicodeRange?: string[] }[];
  codepoints: number[];
}

export function parseFontManifest(value: unknown, file: string = DATA_FILES.fontManifest): FontManifest {
  if (!isObject(value) || typeof value.family !== 'string' || !Array.isArray(value.files)) {
    throw new DataLoadError(file, 'not a font manifest');
  }
  return value as unknown as FontManifest;
}

/** The app's data files, each fetched at most once: later calls share the first download. */
export interface DataLoader {
  atlas(): Promise<Atlas>;
  plan(): Promise<PlanDoc>;
  searchEntries(): Promise<SearchEntry[]>;
  geo(): Promise<LoadedGeo>;
  fontManifest(): Promise<FontManifest>;
}

/**
 * A loader over `fetchImpl` (the browser's fetch by default). Each file's download starts on the first call (the
 * app calls `geo()` at startup so it runs alongside atlas.json) and is shared by every later call; a failed download
 * is forgotten, so asking again tries again.
 */
export function createLoader(fetchImpl: FetchLike = browserFetch): DataLoader {
  const cache = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, load: () => Promise<T>): Promise<T> => {
    let pending = cache.get(key) as Promise<T> | undefined;
    if (!pending) {
      pending = load();
      cache.set(key, pending);
      pending.catch(() => cache.delete(key));
    }
    return pending;
  };
  const json = <T>(file: string, parse: (value: unknown, file: string) => T) =>
    once(file, async () => parse(await fetchJson(file, fetchImpl), file));
  return {
    atlas: () => json(DATA_FILES.atlas, parseAtlas),
    plan: () => json(DATA_FILES.plan, parsePlanDoc),
    searchEntries: () => json(DATA_FILES.search, parseSearchEntries),
    geo: () => once('geo', () => loadGeoCollections(fetchImpl)),
    fontManifest: () => json(DATA_FILES.fontManifest, parseFontManifest),
  };
}
