// Every source and layer id of the map style, plus which layers belong to which layer group (for visibility toggles).
import type { LayerGroupId } from '../store/layerGroups';

export const SOURCE = {
  china: 'china',
  southSea: 'south-china-sea',
  region: 'region',
  national: 'national',
  jjj: 'jjj',
  districts: 'districts',
  outline: 'beijing-outline',
  zones: 'zones',
  water: 'water',
  points: 'atlas-points',
  links: 'links',
  labels: 'labels',
} as const;

export type SourceId = (typeof SOURCE)[keyof typeof SOURCE];

export const LAYER = {
  background: 'background',
  chinaFill: 'china-fill',
  chinaLine: 'china-line',
  southSeaIslands: 'south-sea-islands',
  southSeaDashes: 'south-sea-dashes',
  regionFill: 'region-fill',
  regionLine: 'region-line',
  nationalFill: 'national-fill',
  nationalLine: 'national-line',
  jjjFill: 'jjj-fill',
  jjjLine: 'jjj-line',
  districtsFill: 'districts-fill',
  waterFill: 'water-fill',
  waterLine: 'water-line',
  zonesFill: 'zones-fill',
  subparksFill: 'subparks-fill',
  districtsLine: 'districts-line',
  outline: 'beijing-outline',
  zonesLine: 'zones-line',
  subparksLine: 'subparks-line',
  links: 'links-line',
  /** Invisible, wider twin of the link arcs: what a pointer hovers and clicks. */
  linksHit: 'links-hit',
  districtsHighlight: 'districts-highlight',
  zonesHighlight: 'zones-highlight',
  jjjHighlight: 'jjj-highlight',
  nationalHighlight: 'national-highlight',
  pointsSubparks: 'points-zgc-subparks',
  pointsPlatforms: 'points-platforms',
  pointsJjj: 'points-jjj',
  pointsNational: 'points-national',
  /** Names of the regional view's context (Hebei's prefectures), under every area label. */
  labelsContext: 'labels-context',
  labelsNational: 'labels-national',
  labelsJjj: 'labels-jjj',
  labelsDistricts: 'labels-districts',
  labelsThreeCities: 'labels-three-cities',
  labelsSubparks: 'labels-zgc-subparks',
  labelsPlatforms: 'labels-platforms',
} as const;

export type LayerId = (typeof LAYER)[keyof typeof LAYER];

/** Empty layers marking z-order slots, so later features insert "before an anchor" instead of relying on order of calls. */
export const ANCHOR = {
  areas: 'anchor-areas',
  highlights: 'anchor-highlights',
  points: 'anchor-points',
  labels: 'anchor-labels',
} as const;

export const GROUP_LAYERS: Readonly<Record<LayerGroupId, readonly LayerId[]>> = {
  districts: [LAYER.districtsFill, LAYER.districtsLine, LAYER.districtsHighlight, LAYER.labelsDistricts],
  'three-cities': [LAYER.zonesFill, LAYER.zonesLine, LAYER.zonesHighlight, LAYER.labelsThreeCities],
  'zgc-subparks': [LAYER.subparksFill, LAYER.subparksLine, LAYER.pointsSubparks, LAYER.labelsSubparks],
  platforms: [LAYER.pointsPlatforms, LAYER.labelsPlatforms],
  jjj: [LAYER.jjjFill, LAYER.jjjLine, LAYER.jjjHighlight, LAYER.pointsJjj, LAYER.labelsJjj],
  national: [
    LAYER.nationalFill,
    LAYER.nationalLine,
    LAYER.nationalHighlight,
    LAYER.pointsNational,
    LAYER.labelsNational,
  ],
  links: [LAYER.links, LAYER.linksHit],
  water: [LAYER.waterFill, LAYER.waterLine],
};

/** Layers a pointer can hover and click (topmost first is what queryRenderedFeatures returns). */
export const INTERACTIVE_LAYERS: readonly LayerId[] = [
  LAYER.pointsSubparks,
  LAYER.pointsPlatforms,
  LAYER.pointsJjj,
  LAYER.pointsNational,
  LAYER.subparksFill,
  LAYER.zonesFill,
  LAYER.districtsFill,
  LAYER.jjjFill,
  LAYER.nationalFill,
];

/** Layers whose features are link arcs (feature ids = the id of the first link drawn by the arc). */
export const LINK_LAYERS: readonly LayerId[] = [LAYER.linksHit];

export const LABEL_LAYERS: readonly LayerId[] = [
  LAYER.labelsContext,
  LAYER.labelsNational,
  LAYER.labelsJjj,
  LAYER.labelsDistricts,
  LAYER.labelsThreeCities,
  LAYER.labelsSubparks,
  LAYER.labelsPlatforms,
];

/** The font family name the style's `font-faces` defines and every label uses. */
export const LABEL_FONT = 'Atlas Labels';
