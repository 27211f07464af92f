// Contract of the committed geodata/*.geojson files: file names and the properties every feature carries.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { GEO_FILES } from '../../src/data/load';

/** Every committed geodata file: the ones the app loads (src/data/load.ts GEO_FILES), as file names. */
export const GEODATA_FILES = Object.values(GEO_FILES).map((name) => `${name}.geojson` as const);

export type GeodataFile = (typeof GEODATA_FILES)[number];

export type GeoGeometryQuality = 'official' | 'approximate' | 'point';

export interface GeoFeatureProps {
  /** Unique across all geodata files; matches Area.id in atlas.json where the feature is selectable. */
  id: string;
  name_zh: string;
  name_en: string;
  geometry_quality: GeoGeometryQuality;
  /** Short text naming the dataset and the processing. */
  source: string;
  adcode?: string;
  official_area_km2?: number;
  /** zones.geojson: district ids the zone lies in. */
  districts?: string[];
  /** Dissolved areas: what they are made of. */
  composition?: string[];
  /** zones.geojson sub-park points: 'zgc'. */
  parent?: string;
  /** water.geojson: 'lake' | 'river'. */
  kind?: 'lake' | 'river';
}

export type GeoFeature = Feature<Geometry, GeoFeatureProps>;
export type GeoCollection = FeatureCollection<Geometry, GeoFeatureProps>;
