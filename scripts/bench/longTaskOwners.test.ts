import { describe, expect, it } from 'vitest';
import { isMapLibreScript, mostlyOwn, ownMsIn, type LongFrame } from './longTaskOwners';

const APP = 'http://127.0.0.1:1/assets/index-BzZKj6rF.js';
const MAP = 'http://127.0.0.1:1/assets/maplibre-KdB9wuwT.js';

describe('long task owners', () => {
  it('tells MapLibre’s chunk from the app’s', () => {
    expect(isMapLibreScript(MAP)).toBe(true);
    expect(isMapLibreScript('http://h/node_modules/maplibre-gl/dist/maplibre-gl.js')).toBe(true);
    expect(isMapLibreScript(APP)).toBe(false);
    expect(isMapLibreScript('http://h/assets/MapView-D_nPeFY4.js')).toBe(false);
  });

  it('counts only the app’s script time that falls inside the task', () => {
    const frames: LongFrame[] = [
      {
        start: 100,
        ms: 300,
        scripts: [
          { start: 90, ms: 40, url: APP }, // 30 ms inside a task that starts at 100
          { start: 150, ms: 200, url: MAP },
          { start: 360, ms: 100, url: APP }, // 40 ms inside a task that ends at 400
        ],
      },
      { start: 900, ms: 100, scripts: [{ start: 900, ms: 100, url: APP }] },
    ];
    expect(ownMsIn({ start: 100, ms: 300 }, frames)).toBe(70);
    expect(ownMsIn({ start: 900, ms: 100 }, frames)).toBe(100);
    expect(
      mostlyOwn(
        [
          { start: 100, ms: 300 },
          { start: 900, ms: 100 },
        ],
        frames,
      ),
    ).toEqual([{ start: 900, ms: 100 }]);
  });
});
