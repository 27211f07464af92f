// Pure builders of the GeoJSON the map draws from atlas.json: points, labels, link arcs; plus area annotation and bounds.
import type { Feature, FeatureCollection, Geometry, LineString, Point, Position } from 'geojson';
import type { Area, Atlas } from '../data/types';
import { featuresByAreaId } from '../data/geoIndex';
import { GROUP_OF_KIND, type LayerGroupId } from '../store/layerGroups';
import type { Bbox } from './views';
import { SOURCE, type SourceId } from './layerIds';
import { LABEL_POINTS, shortEnglishName } from './labelPoints';

export interface AreaFeatureProps {
  id: string;
  name_zh: string;
  name_en: string;
  kind: Area['kind'] | null;
  group: LayerGroupId | null;
  geometry_quality: string;
  /** Label priority: lower draws first and wins collisions. */
  rank: number;
}

const RANK_OF_GROUP: Readonly<Record<LayerGroupId, number>> = {
  'three-cities': 0,
  districts: 1,
  jjj: 2,
  national: 2,
  'zgc-subparks': 3,
  platforms: 4,
  links: 9,
  water: 9,
};

function areaProps(area: Area): AreaFeatureProps {
  const group = GROUP_OF_KIND[area.kind];
  return {
    id: area.id,
    name_zh: area.name_zh,
    name_en: area.name_en,
    kind: area.kind,
    group,
    geometry_quality: area.geometry,
    rank: RANK_OF_GROUP[group],
  };
}

function pointFeature<P>(coordinates: Position, properties: P, id?: string): Feature<Point, P> {
  return { type: 'Feature', ...(id ? { id } : {}), geometry: { type: 'Point', coordinates }, properties };
}

/** Areas drawn as points (sub-parks, platforms, point-only links' ends): every area with geometry "point" and a centre. */
export function buildPointFeatures(atlas: Atlas): FeatureCollection<Point, AreaFeatureProps> {
  return {
    type: 'FeatureCollection',
    features: atlas.areas
      .filter((a) => a.geometry === 'point' && a.center)
      .map((a) => pointFeature(a.center!, areaProps(a))),
  };
}

/** What a label belongs to: a layer group, or the regional view's context (Hebei's prefectures, never toggled off). */
export type LabelGroup = LayerGroupId | 'context';

export interface LabelFeatureProps extends Omit<AreaFeatureProps, 'group'> {
  group: LabelGroup | null;
  /** The English name as the one-line labels show it, without its administrative kind (shortEnglishName). */
  short_en: string;
}

/** Label rank of the context names: after every area's (they only fill the space the areas leave). */
const CONTEXT_RANK = 9;

/**
 * The context names of the regional view: each feature of the region file that has a `label_point` (Hebei's
 * prefectures, placed inside them by the geodata build).
 */
export function buildContextLabels(region: FeatureCollection<Geometry>): Feature<Point, LabelFeatureProps>[] {
  return region.features.flatMap((f) => {
    const p = f.properties ?? {};
    const at = p.label_point as Position | undefined;
    if (!at || typeof p.id !== 'string') return [];
    const name_en = String(p.name_en);
    return [
      pointFeature(at, {
        id: p.id,
        name_zh: String(p.name_zh),
        name_en,
        kind: null,
        group: 'context' as const,
        geometry_quality: String(p.geometry_quality),
        rank: CONTEXT_RANK,
        short_en: name_en,
      }),
    ];
  });
}

/**
 * One label point per area that is on the map (its centre, or its own label point), then the context names of
 * `region` when given.
 */
export function buildLabelFeatures(
  atlas: Atlas,
  region?: FeatureCollection<Geometry>,
): FeatureCollection<Point, LabelFeatureProps> {
  return {
    type: 'FeatureCollection',
    features: [
      ...atlas.areas
        .filter((a) => a.geometry !== 'none' && a.center)
        .map((a) =>
          pointFeature(LABEL_POINTS[a.id] ?? a.center!, {
            ...areaProps(a),
            short_en: shortEnglishName(a.name_en),
          }),
        ),
      ...(region ? buildContextLabels(region) : []),
    ],
  };
}

/**
 * A gently bent line from `from` to `to`: a quadratic Bézier whose control point sits off the chord's midpoint
 * by `bend` × chord length, always to the left of the direction of travel (so arcs fan out consistently).
 * Longitude is scaled by cos(latitude) so the bend looks the same at every latitude.
 */
export function buildArc(from: Position, to: Position, bend = 0.18, steps = 32): Position[] {
  const [x0, y0] = from;
  const [x1, y1] = to;
  const k = Math.cos((((y0 + y1) / 2) * Math.PI) / 180) || 1;
  const dx = (x1 - x0) * k;
  const dy = y1 - y0;
  const mx = (x0 + x1) / 2;
  const my = (y0 + y1) / 2;
  // left normal of (dx, dy) is (-dy, dx); convert the x part back to degrees of longitude
  const cx = mx + (-dy * bend) / k;
  const cy = my + dx * bend;
  const points: Position[] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    const a = (1 - t) * (1 - t);
    const b = 2 * (1 - t) * t;
    const c = t * t;
    points.push([a * x0 + b * cx + c * x1, a * y0 + b * cy + c * y1]);
  }
  return points;
}

export interface LinkFeatureProps {
  id: string;
  kind: 'jjj' | 'national';
  from: string;
  to: string;
}

/** The same key for both directions of a pair of ends. */
const pairKey = (from: string, to: string) => [from, to].sort().join('|');

/**
 * Link arcs between the centres of the two areas, one arc per pair of ends (the plan often names the same pair in
 * several sentences; stacked copies would only darken the line). Links with an end that has no centre are left out.
 */
export function buildLinkArcs(atlas: Atlas): FeatureCollection<LineString, LinkFeatureProps> {
  const centers = new Map(atlas.areas.filter((a) => a.center).map((a) => [a.id, a.center!]));
  const features: Feature<LineString, LinkFeatureProps>[] = [];
  const drawn = new Set<string>();
  for (const link of atlas.links) {
    const pair = pairKey(link.from, link.to);
    if (drawn.has(pair)) continue;
    const from = centers.get(link.from);
    const to = centers.get(link.to);
    if (!from || !to || (from[0] === to[0] && from[1] === to[1])) continue;
    drawn.add(pair);
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: buildArc(from, to) },
      properties: { id: link.id, kind: link.kind, from: link.from, to: link.to },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** For every drawn link, the id of the arc that draws it (the arc of its pair of ends is named by its first link). */
export function linkArcIds(atlas: Atlas): Map<string, string> {
  const arcOfPair = new Map(
    buildLinkArcs(atlas).features.map((f) => [pairKey(f.properties.from, f.properties.to), f.properties.id]),
  );
  const out = new Map<string, string>();
  for (const link of atlas.links) {
    const arc = arcOfPair.get(pairKey(link.from, link.to));
    if (arc) out.set(link.id, arc);
  }
  return out;
}

/**
 * Copies the atlas's kind, group, names and rank onto each feature whose properties.id is an area id,
 * so style filters can say "group == three-cities" without hard-coding ids. Unknown features keep their own props.
 */
export function annotateFeatures(
  fc: FeatureCollection<Geometry>,
  areasById: ReadonlyMap<string, Area>,
): FeatureCollection<Geometry> {
  return {
    type: 'FeatureCollection',
    features: fc.features.map((f) => {
      const id = f.properties?.id;
      const area = typeof id === 'string' ? areasById.get(id) : undefined;
      if (!area) return f;
      const props = areaProps(area);
      return {
        ...f,
        properties: {
          ...f.properties,
          ...props,
          geometry_quality: f.properties?.geometry_quality ?? props.geometry_quality,
        },
      };
    }),
  };
}

function extendBbox(bbox: Bbox | undefined, positions: Position[]): Bbox {
  const b: Bbox = bbox ? [...bbox] : [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of positions) {
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
  }
  return b;
}

function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
    case 'GeometryCollection':
      return geometry.geometries.flatMap(positionsOf);
  }
}

/** Bounding box of every area: from its drawn geometry where there is one, else a point box at its centre. */
export function computeAreaBounds(
  collections: readonly FeatureCollection<Geometry>[],
  atlas: Atlas,
): Map<string, Bbox> {
  const bounds = new Map<string, Bbox>();
  for (const [id, features] of featuresByAreaId(collections)) {
    for (const f of features) {
      if (f.geometry.type !== 'Point') bounds.set(id, extendBbox(bounds.get(id), positionsOf(f.geometry)));
    }
  }
  for (const area of atlas.areas) {
    if (!bounds.has(area.id) && area.center) bounds.set(area.id, extendBbox(undefined, [area.center]));
  }
  return bounds;
}

/** For each area id, the map sources that hold a feature with that id (feature-state is set per source). */
export function indexAreaSources(
  atlas: Atlas,
  collections: Readonly<Partial<Record<SourceId, FeatureCollection<Geometry>>>>,
): Map<string, SourceId[]> {
  const index = new Map<string, SourceId[]>();
  const add = (id: string, source: SourceId) => {
    const list = index.get(id) ?? [];
    if (!list.includes(source)) list.push(source);
    index.set(id, list);
  };
  for (const [source, fc] of Object.entries(collections) as [SourceId, FeatureCollection<Geometry>][]) {
    for (const f of fc.features) if (typeof f.properties?.id === 'string') add(f.properties.id, source);
  }
  for (const area of atlas.areas) if (area.geometry === 'point' && area.center) add(area.id, SOURCE.points);
  return index;
}
