// Unit tests of the GCJ-02 <-> WGS84 conversion: published reference pairs and round-trip accuracy.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gcj02ToWgs84, outOfChina, wgs84ToGcj02 } from './gcj02';

/** Metres between two nearby lon/lat points (equirectangular; fine below a few km). */
function metres(a: [number, number], b: [number, number]): number {
  const k = Math.PI / 180;
  const x = (b[0] - a[0]) * k * Math.cos(((a[1] + b[1]) / 2) * k);
  const y = (b[1] - a[1]) * k;
  return Math.hypot(x, y) * 6371008.8;
}

// Reference pairs [wgsLng, wgsLat, gcjLng, gcjLat] published with the widely used implementations
// (eviltransform's test table; coordtransform's README example for 116.404, 39.915).
const PAIRS: [number, number, number, number][] = [
  [121.5272106, 31.1774276, 121.531541859215, 31.17530398364597], // Shanghai
  [113.912316, 22.543847, 113.9171764808363, 22.540796131694766], // Shenzhen
  [116.377817, 39.911954, 116.38404722455657, 39.91334545536069], // Beijing
  [116.404, 39.915, 116.41024449916938, 39.91640428150164], // Beijing (coordtransform)
];

describe('wgs84ToGcj02', () => {
  it.each(PAIRS)('matches the published pair for %f, %f', (wLng, wLat, gLng, gLat) => {
    const [lng, lat] = wgs84ToGcj02(wLng, wLat);
    expect(lng).toBeCloseTo(gLng, 9);
    expect(lat).toBeCloseTo(gLat, 9);
  });

  it('shifts Beijing by roughly +0.006° lon, +0.001° lat (~550 m)', () => {
    const [lng, lat] = wgs84ToGcj02(116.3912, 39.9055);
    expect(lng - 116.3912).toBeGreaterThan(0.005);
    expect(lng - 116.3912).toBeLessThan(0.007);
    expect(lat - 39.9055).toBeGreaterThan(0.0005);
    expect(lat - 39.9055).toBeLessThan(0.002);
  });

  it('leaves points outside China unchanged', () => {
    expect(outOfChina(2.35, 48.85)).toBe(true);
    expect(wgs84ToGcj02(2.35, 48.85)).toEqual([2.35, 48.85]);
    expect(gcj02ToWgs84(-74, 40.7)).toEqual([-74, 40.7]);
  });
});

describe('gcj02ToWgs84', () => {
  it.each(PAIRS)('inverts the published pair for %f, %f to within 1 cm', (wLng, wLat, gLng, gLat) => {
    const w = gcj02ToWgs84(gLng, gLat);
    expect(metres(w, [wLng, wLat])).toBeLessThan(0.01);
  });

  it('round-trips any point in mainland China to within 0.5 m', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 74, max: 134, noNaN: true }),
        fc.double({ min: 18, max: 53, noNaN: true }),
        (lng, lat) => {
          const g = wgs84ToGcj02(lng, lat);
          const back = gcj02ToWgs84(g[0], g[1]);
          expect(metres(back, [lng, lat])).toBeLessThan(0.5);
          // and the other way round
          const w = gcj02ToWgs84(lng, lat);
          const again = wgs84ToGcj02(w[0], w[1]);
          expect(metres(again, [lng, lat])).toBeLessThan(0.5);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is not the naive one-step inverse (it iterates to sub-millimetre residuals)', () => {
    const g: [number, number] = [116.41024449916938, 39.91640428150164];
    const w = gcj02ToWgs84(g[0], g[1]);
    const re = wgs84ToGcj02(w[0], w[1]);
    expect(metres(re, g)).toBeLessThan(0.001);
  });
});
