// The map follows its container's size, and only as often as the layout needs: every change of the canvas's size
// reallocates its drawing buffer, which in software WebGL takes from a tenth of a second to seconds, and MapLibre's
// own resize() also redraws and fires camera events when the size is the same.
import type { Map as MapLibreMap } from 'maplibre-gl';

/** A map resized this recently follows its container's next change only once this long has passed. */
export const RESIZE_GAP_MS = 200;

/** The size MapLibre gives the map for its container (its own rule: whole CSS pixels, 400×300 when empty). */
function sizeKey(map: MapLibreMap): string {
  const c = map.getContainer();
  return `${Math.floor(c.clientWidth) || 400}×${Math.floor(c.clientHeight) || 300}@${map.getPixelRatio()}`;
}

interface Follower {
  /** the size the map was last drawn at */
  drawn: string;
  lastResize: number;
  timer: number;
}
const followers = new WeakMap<MapLibreMap, Follower>();

/**
 * Brings the map to its container's size if that is not the size it was drawn at: at once, unless the map was resized
 * less than RESIZE_GAP_MS ago (the layout is changing faster than the map can follow), then once that gap has passed,
 * to the size of that moment (a size that came back to the drawn one costs nothing). Returns whether it resized now.
 * A map no follower watches (followContainerSize) is resized whenever its size changed.
 */
export function resizeIfChanged(map: MapLibreMap): boolean {
  const f = followers.get(map);
  if (!f) {
    map.resize();
    return true;
  }
  if (f.timer || f.drawn === sizeKey(map)) return false;
  const wait = f.lastResize + RESIZE_GAP_MS - performance.now();
  if (wait > 0) {
    f.timer = window.setTimeout(() => {
      f.timer = 0;
      if (f.drawn !== sizeKey(map)) resizeAndRedraw(map);
    }, wait);
    return false;
  }
  map.resize();
  return true;
}

/** Resizes and draws at once, so the cleared canvas is never painted. */
function resizeAndRedraw(map: MapLibreMap) {
  map.resize();
  map.redraw();
}

/**
 * Keeps the map at its container's size (for a map made with trackResize: false): after each layout that changed the
 * container, by resizeIfChanged. Stops when the map is removed.
 */
export function followContainerSize(map: MapLibreMap): void {
  // the map took its container's size when it was made
  const f: Follower = { drawn: sizeKey(map), lastResize: -Infinity, timer: 0 };
  followers.set(map, f);
  map.on('resize', () => {
    f.drawn = sizeKey(map);
    f.lastResize = performance.now();
  });
  if (typeof ResizeObserver === 'undefined') return;
  const observer = new ResizeObserver(() => {
    if (resizeIfChanged(map)) map.redraw();
  });
  observer.observe(map.getContainer());
  map.once('remove', () => {
    observer.disconnect();
    clearTimeout(f.timer);
    followers.delete(map);
  });
}
