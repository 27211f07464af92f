// Small GeoJSON helpers for the geodata build: coordinate mapping, mapshaper calls, vertex counts, rounding.
import mapshaper from 'mapshaper';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';

export function mapPositions(g: Geometry, fn: (p: Position) => Position): Geometry {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: fn(g.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { ...g, coordinates: g.coordinates.map(fn) } as Geometry;
    case 'MultiLineString':
    case 'Polygon':
      return { ...g, coordinates: g.coordinates.map((r) => r.map(fn)) } as Geometry;
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map((r) => r.map(fn))) };
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: g.geometries.map((x) => mapPositions(x, fn)) };
  }
}

export function mapFeatureCollection<G extends Geometry, P>(
  fc: FeatureCollection<G, P>,
  fn: (p: Position) => Position,
): FeatureCollection<G, P> {
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({ ...f, geometry: mapPositions(f.geometry, fn) as G })),
  };
}

export function countVertices(g: Geometry | null): number {
  if (!g) return 0;
  switch (g.type) {
    case 'Point':
      return 1;
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates.length;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.reduce((s, r) => s + r.length, 0);
    case 'MultiPolygon':
      return g.coordinates.reduce((s, p) => s + p.reduce((t, r) => t + r.length, 0), 0);
    case 'GeometryCollection':
      return g.geometries.reduce((s, x) => s + countVertices(x), 0);
  }
}

export function countFcVertices(fc: FeatureCollection): number {
  return fc.features.reduce((s, f) => s + countVertices(f.geometry), 0);
}

/** Run mapshaper commands on in-memory GeoJSON; return every -o output parsed as a FeatureCollection. */
export async function ms(
  commands: string,
  inputs: Record<string, FeatureCollection>,
): Promise<Record<string, FeatureCollection>> {
  // Always emit FeatureCollections (mapshaper writes a GeometryCollection for layers without attributes).
  const cmd = commands.replace(/-o (\S+)/g, '-o $1 geojson-type=FeatureCollection');
  const out = await mapshaper.applyCommands(cmd + ' -quiet', inputs);
  const res: Record<string, FeatureCollection> = {};
  for (const [name, content] of Object.entries(out)) {
    const text = typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
    res[name] = JSON.parse(text) as FeatureCollection;
  }
  return res;
}

/** Run mapshaper and return the single output. */
export async function ms1(
  commands: string,
  inputs: Record<string, FeatureCollection>,
): Promise<FeatureCollection> {
  const out = await ms(commands, inputs);
  const names = Object.keys(out);
  if (names.length !== 1) throw new Error(`expected one mapshaper output, got ${names.join(', ')}`);
  return out[names[0]];
}

export function roundPosition(p: Position, decimals: number): Position {
  const k = 10 ** decimals;
  return [Math.round(p[0] * k) / k, Math.round(p[1] * k) / k];
}

export function fc<G extends Geometry, P>(features: Feature<G, P>[]): FeatureCollection<G, P> {
  return { type: 'FeatureCollection', features };
}
