// The brief's locator map, pure: Beijing's districts as SVG paths (equirectangular, x scaled by cos of the mid
// latitude), the area's own polygons highlighted and its centre marked.
import type { FeatureCollection, Geometry, Position } from 'geojson';

export interface LocatorShape {
  d: string;
  highlighted: boolean;
}

export interface Locator {
  width: number;
  height: number;
  shapes: LocatorShape[];
  marker: { x: number; y: number } | null;
}

function rings(geometry: Geometry | null): Position[][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

/** A locator `width` wide over the bounding box of `districts`; `highlight` (area ids) are filled, `center` marked. */
export function buildLocator(
  districts: FeatureCollection,
  highlight: ReadonlySet<string>,
  center: readonly [number, number] | null,
  width = 200,
  extra: readonly FeatureCollection[] = [],
): Locator {
  const all = districts.features.flatMap((f) => rings(f.geometry)).flat();
  if (all.length === 0) return { width, height: 0, shapes: [], marker: null };
  const lons = all.map((p) => p[0]);
  const lats = all.map((p) => p[1]);
  const [west, east, south, north] = [
    Math.min(...lons),
    Math.max(...lons),
    Math.min(...lats),
    Math.max(...lats),
  ];
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = width / ((east - west) * k);
  const height = Math.round((north - south) * scale);
  const project = (lon: number, lat: number) => ({ x: (lon - west) * k * scale, y: (north - lat) * scale });
  const path = (geometry: Geometry | null) =>
    rings(geometry)
      .map(
        (ring) =>
          'M' +
          ring
            .map(([lon, lat]) => {
              const p = project(lon, lat);
              return `${p.x.toFixed(1)},${p.y.toFixed(1)}`;
            })
            .join('L') +
          'Z',
      )
      .join('');
  const idOf = (f: FeatureCollection['features'][number]) => String(f.properties?.id ?? '');
  const shapes: LocatorShape[] = districts.features.map((f) => ({
    d: path(f.geometry),
    highlighted: highlight.has(idOf(f)),
  }));
  for (const fc of extra) {
    for (const f of fc.features)
      if (highlight.has(idOf(f))) shapes.push({ d: path(f.geometry), highlighted: true });
  }
  return { width, height, shapes, marker: center ? project(center[0], center[1]) : null };
}
