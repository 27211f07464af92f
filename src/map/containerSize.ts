// The map follows its container's size, and only when that size has changed: MapLibre's resize() sets the canvas's
// width and height even when they are the same, which reallocates its drawing buffer and makes it redraw (in software
// WebGL, hundreds of ms for a resize that changes nothing).
import type { Map as MapLibreMap } from 'maplibre-gl';

/** The size MapLibre gives the map for its container (its own rule: whole CSS pixels, 400×300 when empty). */
function sizeKey(map: MapLibreMap): string {
  const c = map.getContainer();
  return `${Math.floor(c.clientWidth) || 400}×${Math.floor(c.clientHeight) || 300}@${map.getPixelRatio()}`;
}

/** The size each followed map was last drawn at. */
const drawnAt = new WeakMap<MapLibreMap, string>();

/** Resizes the map to its container if the container's size is not the one it was drawn at; returns whether it did. */
export function resizeIfChanged(map: MapLibreMap): boolean {
  if (drawnAt.get(map) === sizeKey(map)) return false;
  map.resize();
  return true;
}

/** A map resized this recently follows its container's next change only once this long has passed. */
export const RESIZE_GAP_MS = 200;

/**
 * Keeps the map at its container's size (for a map made with trackResize: false): after a layout that changed the
 * container, resizes and redraws at once so the cleared canvas is never painted. While the layout keeps changing
 * (panels switched faster than the map can follow) it resizes at most once per RESIZE_GAP_MS after the last resize,
 * to the container's size of that moment: a size that came back to the drawn one costs nothing. Stops when the map
 * is removed.
 */
export function followContainerSize(map: MapLibreMap): void {
  let lastResize = -Infinity;
  let timer = 0;
  // the map took its container's size when it was made
  drawnAt.set(map, sizeKey(map));
  map.on('resize', () => {
    drawnAt.set(map, sizeKey(map));
    lastResize = performance.now();
  });
  if (typeof ResizeObserver === 'undefined') return;
  const follow = () => {
    timer = 0;
    if (resizeIfChanged(map)) {
      map.redraw();
      lastResize = performance.now();
    }
  };
  const observer = new ResizeObserver(() => {
    if (timer || drawnAt.get(map) === sizeKey(map)) return;
    const wait = lastResize + RESIZE_GAP_MS - performance.now();
    if (wait <= 0) follow();
    else timer = window.setTimeout(follow, wait);
  });
  observer.observe(map.getContainer());
  map.once('remove', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
}
