// Decodes echarts' "UTF8Encoding" map JSON (zigzag-delta coordinate strings) into plain GeoJSON with closed rings.
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/** The echarts map file as shipped: a FeatureCollection whose coordinates may be encoded strings. */
export interface EchartsMapFile {
  type: 'FeatureCollection';
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: EchartsFeature[];
}

export interface EchartsFeature {
  type: 'Feature';
  id?: string | number;
  properties: { name: string; id?: string; cp?: [number, number]; childNum?: number };
  geometry: {
    type: 'Polygon' | 'MultiPolygon';
    coordinates: unknown;
    encodeOffsets?: unknown;
  };
}

export interface DecodedProps {
  name: string;
  adcode: string;
}

/** Decode one ring string, starting from the offset pair [x0, y0] (both pre-scale integers). */
export function decodeRing(encoded: string, offset: readonly number[], scale = 1024): Position[] {
  const out: Position[] = [];
  let prevX = offset[0];
  let prevY = offset[1];
  for (let i = 0; i + 1 < encoded.length; i += 2) {
    let x = encoded.charCodeAt(i) - 64;
    let y = encoded.charCodeAt(i + 1) - 64;
    x = (x >> 1) ^ -(x & 1);
    y = (y >> 1) ^ -(y & 1);
    x += prevX;
    y += prevY;
    prevX = x;
    prevY = y;
    out.push([x / scale, y / scale]);
  }
  return out;
}

function closeRing(ring: Position[]): Position[] {
  if (ring.length === 0) return ring;
  const a = ring[0];
  const b = ring[ring.length - 1];
  if (a[0] !== b[0] || a[1] !== b[1]) ring.push([a[0], a[1]]);
  return ring;
}

function asRing(raw: unknown, offset: unknown, encoded: boolean, scale: number): Position[] {
  if (encoded) {
    if (typeof raw !== 'string' || !Array.isArray(offset))
      throw new Error('encoded ring without string/offset');
    return closeRing(decodeRing(raw, offset as number[], scale));
  }
  if (!Array.isArray(raw)) throw new Error('plain ring is not an array');
  return closeRing((raw as Position[]).map((p) => [p[0], p[1]]));
}

function ringArea(r: Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < r.length; i++) s += r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1];
  return Math.abs(s / 2);
}

function pointInRing(p: Position, r: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const [xi, yi] = r[i];
    const [xj, yj] = r[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Ring a lies inside ring b when most of its vertices do (shared border vertices count as neither). */
function ringInside(a: Position[], b: Position[]): boolean {
  let yes = 0;
  let no = 0;
  for (const p of a) {
    if (pointInRing(p, b)) yes++;
    else no++;
  }
  return yes > no;
}

/**
 * Rebuild polygons from all rings of a feature by containment. Some echarts features list separate parts as extra
 * rings of one polygon (e.g. 南阳 and 深圳 in china-cities.json, whose main ring comes after a tiny islet), which
 * GeoJSON readers take as holes. A ring inside an odd number of larger rings is a hole of the smallest of them.
 */
export function normalizeRings(rings: Position[][]): Position[][][] {
  const sorted = rings.filter((r) => r.length >= 4).sort((a, b) => ringArea(b) - ringArea(a));
  const depth: number[] = [];
  const parent: number[] = [];
  sorted.forEach((r, i) => {
    let d = 0;
    let par = -1;
    for (let j = 0; j < i; j++) {
      if (ringInside(r, sorted[j])) {
        d++;
        par = j; // later j = smaller ring: the innermost container
      }
    }
    depth.push(d);
    parent.push(par);
  });
  const polys = new Map<number, Position[][]>();
  sorted.forEach((r, i) => {
    if (depth[i] % 2 === 0) polys.set(i, [r]);
  });
  sorted.forEach((r, i) => {
    if (depth[i] % 2 === 1) polys.get(parent[i])?.push(r);
  });
  return [...polys.values()];
}

/** Feature geometry with rings regrouped by containment (Polygon when one part remains). */
export function normalizeGeometry(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  const polys = normalizeRings(rings);
  return polys.length === 1
    ? { type: 'Polygon', coordinates: polys[0] }
    : { type: 'MultiPolygon', coordinates: polys };
}

/** Decode a whole echarts map file (encoded or not) into GeoJSON; properties become { name, adcode }. */
export function decodeEchartsMap(
  file: EchartsMapFile,
): FeatureCollection<Polygon | MultiPolygon, DecodedProps> {
  const encoded = file.UTF8Encoding === true;
  const scale = file.UTF8Scale ?? 1024;
  const features: Feature<Polygon | MultiPolygon, DecodedProps>[] = file.features.map((f) => {
    const g = f.geometry;
    const adcode = String(f.properties.id ?? f.id ?? '');
    const props: DecodedProps = { name: f.properties.name, adcode };
    if (g.type === 'Polygon') {
      const rings = g.coordinates as unknown[];
      const offs = (g.encodeOffsets ?? []) as unknown[];
      const coordinates = rings.map((r, i) => asRing(r, offs[i], encoded, scale));
      return {
        type: 'Feature',
        properties: props,
        geometry: normalizeGeometry({ type: 'Polygon', coordinates }),
      };
    }
    const polys = g.coordinates as unknown[][];
    const offs = (g.encodeOffsets ?? []) as unknown[][];
    const coordinates = polys.map((poly, pi) =>
      poly.map((r, ri) => asRing(r, offs[pi]?.[ri], encoded, scale)),
    );
    return {
      type: 'Feature',
      properties: props,
      geometry: normalizeGeometry({ type: 'MultiPolygon', coordinates }),
    };
  });
  return { type: 'FeatureCollection', features };
}
