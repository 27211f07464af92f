// The app's own map style, built in Node from the built data the way the app builds it at load, for the benchmark's
// "same map" reference page: bare MapLibre drawing the app's sources, layers and label font with none of the app
// around it (no React, no data checks, no panels). Its idle time is the floor for this page's map.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StyleSpecification } from 'maplibre-gl';
import { parseAtlas, parseFontManifest } from '../../src/data/checkFiles.ts';
import { DATA_FILES } from '../../src/data/dataFiles.ts';
import { GEO_FILES, parseFeatureCollection, type GeoCollections, type GeoKey } from '../../src/data/load.ts';
import type { Language } from '../../src/i18n/language.ts';
import { SOURCE } from '../../src/map/layerIds.ts';
import { buildFontFaces, buildStyle } from '../../src/map/layers.ts';
import { DEFAULT_VISIBLE_LAYERS } from '../../src/store/atlasStore.ts';

/** The sources the app fills only once its map is idle (src/map/createMap.ts), and the files that fill them. */
export const DEFERRED_SOURCES: readonly { source: string; file: string }[] = (
  ['china', 'southSea'] as const
).map((key) => ({ source: SOURCE[key], file: `data/geo/${GEO_FILES[key]}.geojson` }));

export interface SameMapStyle {
  style: StyleSpecification;
  /** Sources the page fills after its first idle, as the app does. */
  deferred: readonly { source: string; file: string }[];
}

/** The style the app would build for a first visit in `language`, from the files in `dist` served at `origin`. */
export function sameMapStyle(dist: string, origin: string, language: Language): SameMapStyle {
  const read = (path: string): unknown => JSON.parse(readFileSync(join(dist, path), 'utf8'));
  const atlas = parseAtlas(read(DATA_FILES.atlas));
  const deferredKeys = new Set(DEFERRED_SOURCES.map((d) => d.source));
  const geo = Object.fromEntries(
    (Object.keys(GEO_FILES) as GeoKey[]).map((key) => {
      const file = `data/geo/${GEO_FILES[key]}.geojson`;
      const collection = deferredKeys.has(SOURCE[key as keyof typeof SOURCE])
        ? { type: 'FeatureCollection' as const, features: [] }
        : parseFeatureCollection(read(file), file).collection;
      return [key, collection];
    }),
  ) as GeoCollections;
  const manifest = parseFontManifest(read(DATA_FILES.fontManifest));
  const fontFaces = buildFontFaces(
    manifest.files.map((f) => ({ url: `${origin}/fonts/${f.file}`, unicodeRange: f.unicodeRange })),
  );
  return {
    style: buildStyle({ atlas, geo, language, visibleLayers: DEFAULT_VISIBLE_LAYERS, fontFaces }),
    deferred: DEFERRED_SOURCES,
  };
}
