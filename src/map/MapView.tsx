// The map's React shell (lazy-loaded, so MapLibre is its own chunk): loads the geodata, creates and binds the map.
import { useEffect, useRef, useState } from 'react';
import { areaCollections } from '../data/geoIndex';
import { DATA_FILES, describeLoadError } from '../data/load';
import { useAtlas, useAtlasIndex, useAtlasStore, useLoader } from '../store/useAtlas';
import { useT } from '../i18n/i18n';
import { createMap } from './createMap';
import { bindMapToStore } from './bindMapToStore';
import { buildLabelFeatures, computeAreaBounds, indexAreaSources } from './features';
import { bindLabelGuard } from './labelGuard';
import { SOURCE } from './layerIds';
import { cameraOfHash } from '../store/cameraHash';
import { viewOfCameraOn } from './framing';
import { VIEW_PADDING } from './views';
import { Notice } from '../ui/Notice';
import { SaveImageButton } from './SaveImageButton';
import { onWorkerFailure } from './workerWatch';
import type { Map as MapLibreMap } from 'maplibre-gl';

export { startMapWorker } from './createMap';

export interface MapViewProps {
  /** Called when the geodata cannot be loaded or the map cannot be created; the app then shows the list instead. */
  onFailure: (error: unknown) => void;
}

export default function MapView({ onFailure }: MapViewProps) {
  const t = useT();
  const store = useAtlasStore();
  const loader = useLoader();
  const { atlas } = useAtlasIndex();
  const view = useAtlas((s) => s.view);
  const container = useRef<HTMLDivElement>(null);
  const [missingFiles, setMissingFiles] = useState<string[]>([]);
  const [droppedFeatures, setDroppedFeatures] = useState<string[]>([]);
  const [fontProblem, setFontProblem] = useState<{ file?: string; reason: string } | null>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [contextLost, setContextLost] = useState(false);

  // a worker that cannot start leaves a map that never draws: the list takes its place (once drawn, the map stays)
  useEffect(
    () =>
      onWorkerFailure((error) => {
        if (container.current?.dataset.mapReady !== 'true') onFailure(error);
      }),
    [onFailure],
  );

  // the browser may take the map's WebGL context away (a GPU reset, too many contexts) and give it back later
  useEffect(() => {
    if (!map) return;
    const lost = () => setContextLost(true);
    const restored = () => setContextLost(false);
    map.on('webglcontextlost', lost);
    map.on('webglcontextrestored', restored);
    return () => {
      map.off('webglcontextlost', lost);
      map.off('webglcontextrestored', restored);
      setContextLost(false);
    };
  }, [map]);

  useEffect(() => {
    let cancelled = false;
    let cleanup: (() => void) | undefined;
    (async () => {
      try {
        const [{ collections: geo, failures, dropped }, fontManifest] = await Promise.all([
          loader.geo(),
          loader.fontManifest().catch((error: unknown) => {
            if (!cancelled) setFontProblem(describeLoadError(error));
            return null;
          }),
        ]);
        if (cancelled || !container.current) return;
        setMissingFiles(failures.map((f) => f.file));
        setDroppedFeatures(dropped.map((d) => `${d.file} (${d.features.length})`));
        // read before the map exists: MapLibre writes its own camera into the hash as soon as it is created
        const camera = cameraOfHash(window.location.hash);
        const cameraInUrl = camera !== null;
        // a camera in the URL shows its view from the start: the style is built with that view's labels
        const { width, height } = container.current.getBoundingClientRect();
        // (a map not laid out yet is left to the camera's first moveend)
        if (camera && width > 2 * VIEW_PADDING && height > 2 * VIEW_PADDING)
          store.getState().noteView(viewOfCameraOn(camera, width, height));
        // opened on the Beijing view (no camera, no other view in the URL): the national context can come second
        const deferNationalContext = !cameraInUrl && store.getState().view === 'beijing';
        const map = createMap(container.current, { atlas, geo, fontManifest, deferNationalContext }, store);
        const unbind = bindMapToStore(map, store, {
          sourcesById: indexAreaSources(atlas, {
            [SOURCE.districts]: geo.districts,
            [SOURCE.zones]: geo.zones,
            [SOURCE.jjj]: geo.jjj,
            [SOURCE.national]: geo.national,
          }),
          boundsById: computeAreaBounds(areaCollections(geo), atlas),
          // a link that names an area but no camera (#zoom/lat/lon) opens framed on that area
          frameInitialSelection: !cameraInUrl,
        });
        const unguard = bindLabelGuard(map, store, buildLabelFeatures(atlas, geo.region));
        setMap(map);
        cleanup = () => {
          setMap(null);
          unguard();
          unbind();
          map.remove();
          if (window.__atlasMap === map) delete window.__atlasMap;
        };
      } catch (error) {
        if (!cancelled) onFailure(error);
      }
    })();
    return () => {
      cancelled = true;
      cleanup?.();
    };
  }, [atlas, store, loader, onFailure]);

  return (
    <>
      <div id="map" ref={container} className="map" role="region" aria-label={t('map.label')} />
      {map && <SaveImageButton map={map} />}
      {/* the national and regional views draw boundaries at a generalised scale: say so on the map */}
      {view !== 'beijing' && (
        <p className="map-schematic" data-testid="map-schematic">
          {t('map.schematic')}
        </p>
      )}
      {missingFiles.length > 0 && (
        <Notice tone="error">{t('error.geoPartial', { files: missingFiles.join(', ') })}</Notice>
      )}
      {fontProblem && (
        <Notice tone="info">
          {t('error.labelFont', {
            file: fontProblem.file ?? DATA_FILES.fontManifest,
            reason: fontProblem.reason,
          })}
        </Notice>
      )}
      {contextLost && (
        <Notice tone="error">
          {t('error.mapContextLost')}{' '}
          <button type="button" onClick={() => window.location.reload()}>
            {t('error.reload')}
          </button>
        </Notice>
      )}
      {droppedFeatures.length > 0 && (
        <Notice tone="error">{t('error.geoFeatures', { files: droppedFeatures.join(', ') })}</Notice>
      )}
    </>
  );
}
