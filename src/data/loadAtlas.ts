// Browser-side loading of the built data files (atlas.json, geo/*.geojson, font manifest) with errors that name the file.
import type { FeatureCollection, Geometry } from 'geojson';
import type { Atlas } from './types';

/** A data file that could not be fetched or parsed; `file` is the path shown to the visitor. */
export class DataLoadError extends Error {
  readonly file: string;
  readonly reason: string;
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'DataLoadError';
    this.file = file;
    this.reason = reason;
  }
}

/** URL of a file under the app's base (vite `base`, './' or BASE_PATH), so the build works under a sub-path. */
export function dataUrl(path: string, base: string = import.meta.env.BASE_URL): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}

export type FetchLike = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'statusText' | 'json'>>;

const defaultFetch: FetchLike = (url) => fetch(url);

/** Fetches and parses one JSON file; every failure becomes a DataLoadError naming `path`. */
export async function fetchJson(path: string, fetchImpl: FetchLike = defaultFetch): Promise<unknown> {
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

export const ATLAS_FILE = 'data/atlas.json';

/** Shape check at the boundary: enough to trust the fields the app reads. */
export function parseAtlas(value: unknown, file = ATLAS_FILE): Atlas {
  if (!value || typeof value !== 'object') throw new DataLoadError(file, 'not a JSON object');
  const atlas = value as Partial<Atlas>;
  if (atlas.version !== 1) throw new DataLoadError(file, `unsupported version ${String(atlas.version)}`);
  for (const field of ['areas', 'links', 'industries', 'sections'] as const) {
    if (!Array.isArray(atlas[field])) throw new DataLoadError(file, `field "${field}" is not a list`);
  }
  atlas.areas!.forEach((area, i) => {
    if (
      !area ||
      typeof area.id !== 'string' ||
      typeof area.name_zh !== 'string' ||
      typeof area.name_en !== 'string'
    ) {
      throw new DataLoadError(file, `areas[${i}] lacks id, name_zh or name_en`);
    }
  });
  return atlas as Atlas;
}

export async function loadAtlas(fetchImpl?: FetchLike): Promise<Atlas> {
  return parseAtlas(await fetchJson(ATLAS_FILE, fetchImpl));
}

/** The GeoJSON files the map draws (built into data/geo/ by `npm run build:data`). */
export const GEO_FILES = {
  china: 'china-provinces',
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

export function parseFeatureCollection(value: unknown, file: string): FeatureCollection<Geometry> {
  const fc = value as Partial<FeatureCollection> | null;
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new DataLoadError(file, 'not a GeoJSON FeatureCollection');
  }
  return fc as FeatureCollection<Geometry>;
}

/** Without these the map has nothing to show; every other geo file is context the map can do without. */
export const ESSENTIAL_GEO: readonly GeoKey[] = ['districts', 'zones'];

export interface LoadedGeo {
  collections: GeoCollections;
  /** Non-essential files that failed: the map draws without them and the app names them in a notice. */
  failures: DataLoadError[];
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
  const collections = Object.fromEntries(
    keys.map((key, i) => {
      const result = settled[i];
      if (result.status === 'fulfilled') return [key, result.value];
      const error =
        result.reason instanceof DataLoadError
          ? result.reason
          : new DataLoadError(geoFilePath(key), String(result.reason));
      if (ESSENTIAL_GEO.includes(key)) throw error;
      failures.push(error);
      return [key, EMPTY_COLLECTION];
    }),
  ) as GeoCollections;
  return { collections, failures };
}

let preloadedGeo: Promise<LoadedGeo> | null = null;

/** Starts fetching the geodata at once, so it downloads alongside atlas.json and the map code instead of after them. */
export function preloadGeoCollections(fetchImpl?: FetchLike): void {
  if (preloadedGeo) return;
  preloadedGeo = loadGeoCollections(fetchImpl);
  // The map reports a failure when it takes the result; this only keeps an early failure from being "unhandled".
  preloadedGeo.catch(() => undefined);
}

/** The preloaded geodata when preloadGeoCollections ran (once), else a fresh load. */
export function takeGeoCollections(fetchImpl?: FetchLike): Promise<LoadedGeo> {
  const pending = preloadedGeo ?? loadGeoCollections(fetchImpl);
  preloadedGeo = null;
  return pending;
}

/** What scripts/build-font.ts writes next to the subset font: the files and the code points they cover. */
export interface FontManifest {
  family: string;
  files: { file: string; unicodeRange?: string[] }[];
  codepoints: number[];
}

export const FONT_MANIFEST_FILE = 'fonts/atlas-labels.json';

export async function loadFontManifest(fetchImpl?: FetchLike): Promise<FontManifest> {
  const value = (await fetchJson(FONT_MANIFEST_FILE, fetchImpl)) as Partial<FontManifest> | null;
  if (!value || typeof value.family !== 'string' || !Array.isArray(value.files)) {
    throw new DataLoadError(FONT_MANIFEST_FILE, 'not a font manifest');
  }
  return value as FontManifest;
}
