// While its WebGL context is lost MapLibre has no style, and once the context is back it rebuilds the style from a
// snapshot (without feature-state): what binds the store to the map waits for the style, then brings it up to date.
import type { Map as MapLibreMap, Style } from 'maplibre-gl';

/** True when the map has a loaded style that takes feature-state, filter and layout changes. */
export function styleReady(map: MapLibreMap): boolean {
  return Boolean((map.style as Style | null)?._loaded);
}

/** Calls `redo` each time the map's style has been rebuilt after a lost context; returns the unsubscribe. */
export function onStyleRestored(map: MapLibreMap, redo: () => void): () => void {
  const restored = () => {
    if (styleReady(map)) redo();
    else map.once('style.load', redo);
  };
  map.on('webglcontextrestored', restored);
  return () => {
    map.off('webglcontextrestored', restored);
    map.off('style.load', redo);
  };
}
