// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { RESIZE_GAP_MS, followContainerSize, resizeIfChanged } from './containerSize';

/** A map whose container has the given size; resize() fires 'resize' like MapLibre's. */
function fakeMap(size: { width: number; height: number }) {
  const container = document.createElement('div');
  Object.defineProperty(container, 'clientWidth', { get: () => size.width });
  Object.defineProperty(container, 'clientHeight', { get: () => size.height });
  const handlers = new Map<string, (() => void)[]>();
  const map = {
    getContainer: () => container,
    getPixelRatio: () => 1,
    on: (type: string, fn: () => void) => handlers.set(type, [...(handlers.get(type) ?? []), fn]),
    once: (type: string, fn: () => void) => map.on(type, fn),
    resize: vi.fn(() => handlers.get('resize')?.forEach((fn) => fn())),
    redraw: vi.fn(),
    remove: () => handlers.get('remove')?.forEach((fn) => fn()),
  };
  return map;
}

let observed: (() => void) | null = null;
beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(cb: () => void) {
        observed = cb;
      }
      observe() {}
      disconnect() {
        observed = null;
      }
    },
  );
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the map follows its container', () => {
  it('resizes only when the container’s size is not the one it was drawn at', () => {
    const size = { width: 1000, height: 700 };
    const map = fakeMap(size);
    followContainerSize(map as unknown as MapLibreMap);
    expect(resizeIfChanged(map as unknown as MapLibreMap)).toBe(false);
    size.width = 560;
    expect(resizeIfChanged(map as unknown as MapLibreMap)).toBe(true);
    expect(resizeIfChanged(map as unknown as MapLibreMap)).toBe(false);
    expect(map.resize).toHaveBeenCalledTimes(1);
    // asked again right after a resize (before a flight, say): it waits for the gap like the follower does
    size.width = 420;
    expect(resizeIfChanged(map as unknown as MapLibreMap)).toBe(false);
    vi.advanceTimersByTime(RESIZE_GAP_MS);
    expect(map.resize).toHaveBeenCalledTimes(2);
    expect(map.redraw).toHaveBeenCalledTimes(1);
  });

  it('follows one change at once, and a burst of changes once more with the size at its end', () => {
    const size = { width: 1000, height: 700 };
    const map = fakeMap(size);
    followContainerSize(map as unknown as MapLibreMap);
    size.width = 560; // a panel opened: resized and redrawn at once
    observed!();
    expect(map.resize).toHaveBeenCalledTimes(1);
    expect(map.redraw).toHaveBeenCalledTimes(1);
    size.width = 600; // two more panels within the gap: nothing yet
    observed!();
    size.width = 420;
    observed!();
    expect(map.resize).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(RESIZE_GAP_MS);
    expect(map.resize).toHaveBeenCalledTimes(2);
    expect(map.getContainer().clientWidth).toBe(420);
    // back and forth within the gap, ending on the drawn size: no resize at all
    vi.advanceTimersByTime(RESIZE_GAP_MS);
    size.width = 900;
    observed!();
    expect(map.resize).toHaveBeenCalledTimes(3);
    size.width = 600;
    observed!();
    size.width = 900;
    vi.advanceTimersByTime(RESIZE_GAP_MS);
    expect(map.resize).toHaveBeenCalledTimes(3);
  });

  it('stops when the map is removed', () => {
    const size = { width: 1000, height: 700 };
    const map = fakeMap(size);
    followContainerSize(map as unknown as MapLibreMap);
    size.width = 560;
    observed!();
    size.width = 600;
    observed!();
    map.remove();
    vi.advanceTimersByTime(RESIZE_GAP_MS);
    expect(map.resize).toHaveBeenCalledTimes(1);
    expect(observed).toBeNull();
  });
});
