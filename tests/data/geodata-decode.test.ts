// Unit tests of the geodata build's echarts decoder and ring regrouping (scripts/geodata/decode-echarts.ts).
import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import {
  decodeEchartsMap,
  decodeRing,
  normalizeRings,
  type EchartsMapFile,
} from '../../scripts/geodata/decode-echarts';

/** The inverse of echarts' decoder, to build test strings. */
function encodeRing(points: Position[], scale = 1024): { text: string; offset: [number, number] } {
  const q = points.map((p) => [Math.round(p[0] * scale), Math.round(p[1] * scale)]);
  const offset: [number, number] = [q[0][0], q[0][1]];
  let prev = offset;
  let text = '';
  for (const p of q) {
    const dx = p[0] - prev[0];
    const dy = p[1] - prev[1];
    const zz = (v: number): number => (v << 1) ^ (v >> 31);
    text += String.fromCharCode(zz(dx) + 64, zz(dy) + 64);
    prev = [p[0], p[1]];
  }
  return { text, offset };
}

const square = (x: number, y: number, s: number): Position[] => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
  [x, y],
];

describe('decodeRing', () => {
  it('decodes zigzag deltas from the offset (hand-computed example)', () => {
    // '@@' = (0, 0) delta; 'BC' = (+1, -2) in 1/1024°
    expect(decodeRing('@@BC', [1024, 2048])).toEqual([
      [1, 2],
      [1025 / 1024, 2046 / 1024],
    ]);
  });

  it('round-trips an encoded ring', () => {
    const ring: Position[] = [
      [116.25, 39.875],
      [116.5, 39.875],
      [116.5, 40.0],
      [116.25, 39.875],
    ];
    const { text, offset } = encodeRing(ring);
    expect(decodeRing(text, offset)).toEqual(ring);
  });
});

describe('decodeEchartsMap', () => {
  it('decodes an encoded Polygon and closes its ring', () => {
    const open: Position[] = [
      [116, 40],
      [117, 40],
      [117, 41],
    ];
    const { text, offset } = encodeRing(open);
    const file: EchartsMapFile = {
      type: 'FeatureCollection',
      UTF8Encoding: true,
      features: [
        {
          type: 'Feature',
          id: '110101',
          properties: { name: '东城区' },
          geometry: { type: 'Polygon', coordinates: [text], encodeOffsets: [offset] },
        },
      ],
    };
    const out = decodeEchartsMap(file);
    expect(out.features[0].properties).toEqual({ name: '东城区', adcode: '110101' });
    expect(out.features[0].geometry).toEqual({ type: 'Polygon', coordinates: [[...open, open[0]]] });
  });
});

describe('normalizeRings', () => {
  it('turns a big ring listed after a tiny islet into its own exterior (the 南阳 case)', () => {
    const islet = square(10, 10, 0.01);
    const main = square(0, 0, 5);
    const polys = normalizeRings([islet, main]);
    expect(polys).toHaveLength(2);
    expect(polys[0]).toEqual([main]);
    expect(polys[1]).toEqual([islet]);
  });

  it('keeps a ring inside another as a hole, and an island in the hole as an exterior', () => {
    const outer = square(0, 0, 10);
    const hole = square(2, 2, 6);
    const island = square(4, 4, 1);
    const polys = normalizeRings([island, outer, hole]);
    expect(polys).toEqual([[outer, hole], [island]]);
  });
});
