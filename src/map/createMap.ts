// Creates the MapLibre map from our own offline style (the only module, with bindMapToStore, that touches maplibre-gl).
import {
  AttributionControl,
  type GeoJSONSource,
  Map as MapLibreMap,
  NavigationControl,
  prewarm,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Atlas } from '../data/types';
import { dataUrl, type FontManifest, type GeoCollections, type GeoKey } from '../data/load';
import type { AtlasStore } from '../store/atlasStore';
import type { Language } from '../i18n/language';
import { translate } from '../i18n/i18n';
import { buildFontFaces, buildStyle } from './layers';
import { SOURCE } from './layerIds';
import { VIEW_BOUNDS, VIEW_PADDING } from './views';
import { watchWorkersStartedBy } from './workerWatch';
import { followContainerSize } from './containerSize';
import { LOAD_MARKS, markLoad } from '../data/loadMarks';

export interface MapData {
  atlas: Atlas;
  geo: GeoCollections;
  /**
   * Start without the national context (the whole country and the South China Sea), which the Beijing view does not
   * show, and add it once the map is first idle: the first frame waits for less.
   */
  deferNationalContext?: boolean;
  /** The subset label font (absent when fonts/atlas-labels.json could not be loaded: labels fall back to local fonts). */
  fontManifest: FontManifest | null;
}

declare global {
  interface Window {
    /** The map instance, for browser tests. */
    __atlasMap?: MapLibreMap;
  }
}

let workerConfigured = false;

/** Absolute URL of a file under the app's base (MapLibre resolves some URLs off the document, some in its worker). */
function absoluteUrl(path: string): string {
  return new URL(dataUrl(path), document.baseURI).href;
}

/** The attribution control of each map, so a language switch can replace it (its text is fixed at creation). */
const attributionControls = new WeakMap<MapLibreMap, AttributionControl>();

function addAttribution(map: MapLibreMap, language: Language): void {
  const control = new AttributionControl({
    compact: true, // the ⓘ button at every width
    customAttribution: translate(language, 'attribution.sources'),
  });
  map.addControl(control, 'bottom-right');
  attributionControls.set(map, control);
  // MapLibre opens its compact attribution once its text is known (and shows it in full on wide maps), where it
  // covers the scale bar and labels: it starts collapsed at every width, and the ⓘ button opens it
  const collapse = () =>
    map.getContainer().querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
  collapse();
  map.once('load', collapse);
}

/** Re-creates the attribution in `language`; a map without our attribution control is left as it is. */
export function setAttributionLanguage(map: MapLibreMap, language: Language): void {
  const current = attributionControls.get(map);
  if (!current) return;
  map.removeControl(current);
  addAttribution(map, language);
}

function configureWorker(): void {
  if (workerConfigured) return;
  setWorkerUrl(workerUrl);
  workerConfigured = true;
}

/**
 * Starts MapLibre's worker (download, parse, start-up) before the map exists, while atlas.json and the geodata are
 * still loading: the map created later uses the same worker.
 */
export function startMapWorker(): void {
  configureWorker();
  watchWorkersStartedBy(prewarm);
}

/** The geodata the Beijing view does not show (under the region context and beyond it), by the source it feeds. */
const NATIONAL_CONTEXT: readonly (GeoKey & keyof typeof SOURCE)[] = ['china', 'southSea'];

/** Builds the map in `container`; marks `data-map-ready="true"` on the container after the first idle. */
export function createMap(container: HTMLElement, data: MapData, store: AtlasStore): MapLibreMap {
  configureWorker();
  const deferred = data.deferNationalContext ? NATIONAL_CONTEXT : [];
  const geo: GeoCollections = { ...data.geo };
  for (const key of deferred) geo[key] = { type: 'FeatureCollection', features: [] };
  const { language, visibleLayers, view } = store.getState();
  const fontFaces = data.fontManifest
    ? buildFontFaces(
        data.fontManifest.files.map((f) => ({
          url: absoluteUrl(`fonts/${f.file}`),
          unicodeRange: f.unicodeRange,
        })),
      )
    : undefined;
  // (the map starts MapLibre's worker itself when startMapWorker has not)
  markLoad(LOAD_MARKS.mapConstruct);
  const map = watchWorkersStartedBy(
    () =>
      new MapLibreMap({
        container,
        style: buildStyle({ atlas: data.atlas, geo, language, visibleLayers, view, fontFaces }),
        bounds: VIEW_BOUNDS.beijing,
        fitBoundsOptions: { padding: VIEW_PADDING },
        // low enough for the whole of China on a phone-width map
        minZoom: 1.5,
        maxZoom: 14,
        maxPitch: 0,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
        renderWorldCopies: false,
        attributionControl: false,
        cooperativeGestures: false,
        // the camera lives in the URL's #zoom/lat/lon (the query holds the app state: src/store/urlSync.ts)
        hash: true,
        // followContainerSize resizes the map only when its container's size changed
        trackResize: false,
      }),
  );
  followContainerSize(map);
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  addAttribution(map, language);
  map.once('idle', () => {
    container.dataset.mapReady = 'true';
    for (const key of deferred) map.getSource<GeoJSONSource>(SOURCE[key])?.setData(data.geo[key]);
  });
  window.__atlasMap = map;
  return map;
}
