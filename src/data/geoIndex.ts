// Geodata features by area id: the one index the map's framing and the GeoJSON export read shapes from.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeoCollections, GeoKey } from './load';

/** The geodata files whose features are places of the atlas (each feature's properties.id is an area id). */
export const AREA_GEO_KEYS: readonly GeoKey[] = ['districts', 'zones', 'jjj', 'national'];

/** The place features of `collections` by area id, in file order (a place can have features in several files). */
export function featuresByAreaId(
  collections: readonly FeatureCollection<Geometry>[],
): Map<string, Feature<Geometry>[]> {
  const byId = new Map<string, Feature<Geometry>[]>();
  for (const fc of collections) {
    for (const f of fc.features) {
      const id = f.properties?.id;
      if (typeof id !== 'string' || !f.geometry) continue;
      byId.set(id, [...(byId.get(id) ?? []), f]);
    }
  }
  return byId;
}

/** The place collections of the loaded geodata, in AREA_GEO_KEYS order. */
export function areaCollections(geo: GeoCollections): FeatureCollection<Geometry>[] {
  return AREA_GEO_KEYS.map((key) => geo[key]);
}
