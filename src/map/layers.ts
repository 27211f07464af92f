// Pure builders of the map style: sources from the loaded data, typed layer specs, label text by language.
import type {
  ExpressionSpecification,
  FilterSpecification,
  FontFacesSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Atlas } from '../data/types';
import type { GeoCollections } from '../data/load';
import type { Language } from '../i18n/language';
import type { LayerGroupId } from '../store/layerGroups';
import type { ViewId } from '../store/atlasStore';
import {
  base,
  filterColours,
  groupColours,
  linkColours,
  okabeIto,
  zoneColours,
  zoneFallback,
} from '../data/palette';
import { inSharedProgramForm } from './sharedPrograms';
import { ANCHOR, GROUP_LAYERS, LABEL_FONT, LAYER, SOURCE, type LayerId } from './layerIds';
import {
  annotateFeatures,
  buildLabelFeatures,
  buildLinkArcs,
  buildPointFeatures,
  type LabelGroup,
} from './features';

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
/**
 * Selected, standing in on the map for a selected area that is not drawn itself (its parts or its host), or featured:
 * one of the places of the tour's stop, or of the areas Compare shows side by side.
 */
const selected: ExpressionSpecification = [
  'any',
  ['boolean', ['feature-state', 'selected'], false],
  ['boolean', ['feature-state', 'standin'], false],
  ['boolean', ['feature-state', 'featured'], false],
];
const selectedOrHovered: ExpressionSpecification = ['any', selected, hovered];
/** Industry filter (set by bindMapToStore): `match` = the area meets the filter, `dim` = a filter is on and it does not. */
const matched: ExpressionSpecification = ['boolean', ['feature-state', 'match'], false];
const dimmed: ExpressionSpecification = ['boolean', ['feature-state', 'dim'], false];
/**
 * Lakes and rivers come from 1:10m lakes and 1:3M rivers: true to a kilometre or so, which shows as soon as a few
 * kilometres fill the screen (a reservoir becomes a triangle). They fade out from zoom 9.25 (the whole of Beijing
 * is 6.9–8.6) to 10 (a district), and the map shows no water closer in (the legend says so).
 */
export const WATER_LAST_ZOOM = 10;
const waterOpacity: ExpressionSpecification = [
  'interpolate',
  ['linear'],
  ['zoom'],
  WATER_LAST_ZOOM - 0.75,
  1,
  WATER_LAST_ZOOM,
  0,
];
/** Opacity factor of everything the filter dims. */
const DIM = 0.3;
const isPolygon: ExpressionSpecification = [
  'in',
  ['geometry-type'],
  ['literal', ['Polygon', 'MultiPolygon']],
];
const isLine: ExpressionSpecification = [
  'in',
  ['geometry-type'],
  ['literal', ['LineString', 'MultiLineString']],
];
const inGroup = (group: LabelGroup): ExpressionSpecification => ['==', ['get', 'group'], group];
const approximate: ExpressionSpecification = ['==', ['get', 'geometry_quality'], 'approximate'];
/** Zone colour by area id (三城一区 each its own hue); a spread of label/value pairs cannot be typed as the match tuple. */
const zoneColour = [
  'match',
  ['get', 'id'],
  ...Object.entries(zoneColours).flat(),
  zoneFallback,
] as unknown as ExpressionSpecification;

/** Label text: the current language on top, the other one smaller and muted below it. */
export function labelTextField(language: Language): ExpressionSpecification {
  const [first, second] = language === 'zh' ? ['name_zh', 'name_en'] : ['name_en', 'name_zh'];
  return [
    'format',
    ['get', first],
    {},
    '\n',
    {},
    ['get', second],
    { 'font-scale': 0.78, 'text-color': base.textMuted },
  ];
}

/** Below this zoom (the national view's) the provinces, partner cities and 京津冀 are named in one language. */
const NATIONAL_ONE_LINE_BELOW_ZOOM = 4.5;

/**
 * Label layers that show only the current language below a zoom: the districts at the default Beijing view, where
 * two-line labels of 16 districts and the 三城一区 on top of them cannot all fit (in English without " District").
 */
export const ONE_LINE_BELOW_ZOOM: Partial<Record<LayerId, number>> = {
  [LAYER.labelsDistricts]: 9,
  // Hebei's prefectures, around Beijing and Tianjin in the regional view (the layer ends at zoom 8)
  [LAYER.labelsContext]: 8,
  // the national view (zoom 2–4 from a phone to a wide screen), where 北京市, 天津市 and 雄安 sit a few pixels apart and
  // a two-line 北京市 reaches past a phone's edge
  [LAYER.labelsNational]: NATIONAL_ONE_LINE_BELOW_ZOOM,
  [LAYER.labelsJjj]: NATIONAL_ONE_LINE_BELOW_ZOOM,
};

/** The text-field of one label layer in `language`. */
export function labelTextFor(layer: LayerId, language: Language): ExpressionSpecification {
  const below = ONE_LINE_BELOW_ZOOM[layer];
  if (below === undefined) return labelTextField(language);
  return [
    'step',
    ['zoom'],
    ['get', language === 'zh' ? 'name_zh' : 'short_en'],
    below,
    labelTextField(language),
  ];
}

/** `font-faces` entry for the subset label font; `urls` are absolute URLs of the files build-font wrote. */
export function buildFontFaces(
  files: readonly { url: string; unicodeRange?: string[] }[],
): FontFacesSpecification {
  return {
    [LABEL_FONT]: files.map((f) =>
      f.unicodeRange ? { url: f.url, 'unicode-range': f.unicodeRange } : { url: f.url },
    ),
  };
}

export interface StyleInput {
  atlas: Atlas;
  geo: GeoCollections;
  language: Language;
  visibleLayers: Readonly<Record<LayerGroupId, boolean>>;
  /** The view the map opens on (the Beijing view when not given). */
  view?: ViewId;
  fontFaces?: FontFacesSpecification;
}

function geojson(data: FeatureCollection, promote = true): SourceSpecification {
  return promote ? { type: 'geojson', data, promoteId: 'id' } : { type: 'geojson', data };
}

export function buildSources(atlas: Atlas, geo: GeoCollections): Record<string, SourceSpecification> {
  const areasById = new Map(atlas.areas.map((a) => [a.id, a]));
  const annotate = (fc: FeatureCollection<Geometry>) => annotateFeatures(fc, areasById);
  // MapLibre's worker takes the sources in this order. The labels come first: their glyphs are the one round trip
  // back to the page (the label font's download and each glyph's rasterising), which then overlaps the worker's
  // tiling of the other sources instead of following it. The points come next, the areas' other marks. Drawing order
  // is the layers' order, not this one.
  return {
    // promoted ids: the industry filter fades the labels of non-matching areas through feature-state
    [SOURCE.labels]: geojson(buildLabelFeatures(atlas, geo.region)),
    [SOURCE.points]: geojson(buildPointFeatures(atlas)),
    [SOURCE.china]: geojson(geo.china, false),
    [SOURCE.southSea]: geojson(geo.southSea, false),
    [SOURCE.region]: geojson(geo.region, false),
    [SOURCE.national]: geojson(annotate(geo.national)),
    [SOURCE.jjj]: geojson(annotate(geo.jjj)),
    [SOURCE.districts]: geojson(annotate(geo.districts)),
    [SOURCE.outline]: geojson(geo.outline, false),
    [SOURCE.zones]: geojson(annotate(geo.zones)),
    [SOURCE.water]: geojson(geo.water, false),
    [SOURCE.links]: geojson(buildLinkArcs(atlas)),
  };
}

const anchor = (id: string): LayerSpecification => ({
  id,
  type: 'background',
  layout: { visibility: 'none' },
});

function areaFill(
  id: LayerId,
  source: string,
  colour: string | ExpressionSpecification,
  opacity: number,
  filter?: FilterSpecification,
): LayerSpecification {
  return {
    id,
    type: 'fill',
    source,
    ...(filter ? { filter } : {}),
    paint: {
      // its boundary line draws the edge (an antialiased fill edge costs a second draw and shader per layer)
      'fill-antialias': false,
      'fill-color': colour,
      // tints calm down when zoomed in, where they cover most of the view
      'fill-opacity': [
        'interpolate',
        ['linear'],
        ['zoom'],
        8,
        [
          'case',
          selected,
          Math.min(1, opacity + 0.25),
          hovered,
          Math.min(1, opacity + 0.15),
          dimmed,
          opacity * DIM,
          opacity,
        ],
        12,
        [
          'case',
          selected,
          Math.min(1, opacity + 0.15),
          hovered,
          Math.min(1, opacity + 0.1),
          dimmed,
          opacity * 0.6 * DIM,
          opacity * 0.6,
        ],
      ],
    },
  };
}

function highlight(id: LayerId, source: string, filter?: FilterSpecification): LayerSpecification {
  return {
    id,
    type: 'line',
    source,
    ...(filter ? { filter } : {}),
    // miter joins (the default): a round join's fan of triangles at every bend of a real boundary would be sent to
    // the GPU again at each selection and filter change
    paint: {
      'line-color': ['case', selected, base.selection, hovered, base.hover, filterColours.matchLine],
      'line-width': ['case', selected, 3, hovered, 1.6, matched, 1.6, 0],
      'line-opacity': ['case', selected, 1, hovered, 0.9, matched, 0.9, 0],
      // an approximate boundary stays dashed when selected: the outline never looks more official than it is
      'line-dasharray': ['case', approximate, ['literal', [2, 1.2]], ['literal', [1, 0]]],
    },
  };
}

function points(
  id: LayerId,
  group: LayerGroupId,
  colour: string,
  radius: number,
  minzoom = 0,
): LayerSpecification {
  return {
    id,
    type: 'circle',
    source: SOURCE.points,
    filter: inGroup(group),
    minzoom,
    paint: {
      'circle-color': colour,
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 6, radius * 0.7, 10, radius, 13, radius * 1.5],
      'circle-stroke-color': ['case', selected, base.selection, matched, filterColours.matchLine, base.halo],
      'circle-stroke-width': ['case', selected, 3, hovered, 2.5, matched, 2.2, 1.2],
      'circle-opacity': ['case', selected, 1, hovered, 1, dimmed, DIM, 1],
      'circle-stroke-opacity': ['case', selected, 1, hovered, 1, dimmed, DIM, 1],
    },
  };
}

/** Text size in pixels: fixed, or linear between [zoom, size] stops. */
export type LabelSize = number | readonly (readonly [number, number])[];

export interface LabelOptions {
  size: LabelSize;
  minzoom?: number;
  maxzoom?: number;
  offset?: boolean;
  colour?: string;
  /** Area ids placed before the rest of the layer's labels (lower symbol-sort-key wins collisions). */
  first?: readonly string[];
  /** Extra room kept free around each label, in pixels (MapLibre's default is 2). */
  padding?: number;
  /** With `offset`: try the label centred on its point before the offset positions (area labels). */
  centreFirst?: boolean;
  /** With `offset`: distance of the offset positions from the point, in ems. */
  radialOffset?: number;
  /** What the view the map shows changes in the layer (labelFilter and labelDrawn read it). */
  byView?: LabelViewRules;
  /** Below this whole zoom the layer names only these areas (labelFilter and labelDrawn read it). */
  onlyBelow?: { zoom: number; ids: readonly string[] };
}

/**
 * A label layer's rules by view, from whole zooms (a filter's zoom is its tile's). "Beyond Beijing": the regional and
 * national views.
 */
export interface LabelViewRules {
  /** Beyond Beijing, the layer's labels start at this zoom (in the Beijing view, at the layer's minzoom). */
  beyondBeijingFrom?: number;
  /** One label the layer leaves out, in the Beijing view and beyond it, each from a zoom (never when not given). */
  omit?: { id: string; inBeijingFrom?: number; beyondBeijingFrom?: number };
}

/** Beijing's core districts: at the default Beijing view their labels are placed before the outer districts'. */
export const CORE_DISTRICT_IDS = [
  'dongcheng',
  'xicheng',
  'haidian',
  'chaoyang',
  'fengtai',
  'shijingshan',
] as const;
/**
 * 北京市, then Tianjin and Hebei: placed before 北三县 and 雄安. Beijing is the map's subject, so at national zoom, where
 * 天津市 and 雄安 sit right beside it, its name wins; in the regional view all of them have room.
 */
export const JJJ_FIRST_IDS = ['beijing', 'tianjin', 'hebei'] as const;

export interface LabelLayout {
  id: LayerId;
  group: LabelGroup;
  options: LabelOptions;
}

/**
 * The lowest zoom of the Beijing view (a phone fits the whole of Beijing at about 6.9, a wide screen at 8.6): in that
 * view Beijing's districts and 三城一区 are named from here, 北京市 no longer.
 */
const BEIJING_VIEW_MIN_ZOOM = 6;
/**
 * Beijing's districts and 三城一区 beyond the Beijing view: from zoom 7 (the regional view names Tianjin and Hebei
 * below it).
 */
const BEYOND_BEIJING_FROM_ZOOM = 7;

/** Every label layer, bottom to top (MapLibre places the top layer's labels first). */
export const LABEL_LAYOUTS: readonly LabelLayout[] = [
  // Hebei's prefectures, in the regional view: smaller and muted below 天津市/河北省, and placed last, so every
  // area's label (Beijing's districts first) wins a collision with them
  {
    id: LAYER.labelsContext,
    group: 'context',
    options: {
      size: 10.5,
      minzoom: 5.5,
      maxzoom: 8,
      colour: base.textMuted,
      padding: 0.5,
      // a name that meets an area's label may stand just beside its point, still inside the prefecture
      offset: true,
      centreFirst: true,
      radialOffset: 2.2,
    },
  },
  { id: LAYER.labelsNational, group: 'national', options: { size: 12, maxzoom: 7, offset: true } },
  {
    id: LAYER.labelsJjj,
    group: 'jjj',
    options: {
      size: 12,
      maxzoom: 11,
      offset: true,
      first: JJJ_FIRST_IDS,
      padding: 1,
      // at national zoom 天津市 and 雄安 are a few pixels from 北京市: beside Beijing's point, their names would read as
      // its own; the national view names 北京市 and 河北省 only
      onlyBelow: { zoom: 5, ids: ['beijing', 'hebei'] },
      // 北京市 in the regional and national views until its districts are named; in the Beijing view the map is Beijing
      // and its districts name it (by the view as well as the zoom: a phone fits Beijing a zoom lower than a wide screen)
      byView: {
        omit: {
          id: 'beijing',
          inBeijingFrom: BEIJING_VIEW_MIN_ZOOM,
          beyondBeijingFrom: BEYOND_BEIJING_FROM_ZOOM,
        },
      },
    },
  },
  // smaller, one-line type at the default Beijing zoom, where the core districts (东城 is 41 km²) sit close together
  // under the 三城一区 labels; a district sharing its shape with a zone is labelled at its own point (labelPoints.ts)
  {
    id: LAYER.labelsDistricts,
    group: 'districts',
    options: {
      size: [
        [7, 9],
        [9, 11],
        [11, 12.5],
      ],
      minzoom: BEIJING_VIEW_MIN_ZOOM,
      byView: { beyondBeijingFrom: BEYOND_BEIJING_FROM_ZOOM },
      colour: base.textMuted,
      offset: true,
      first: CORE_DISTRICT_IDS,
      padding: 0.5,
      centreFirst: true,
      radialOffset: 0.4,
    },
  },
  {
    id: LAYER.labelsThreeCities,
    group: 'three-cities',
    options: {
      size: [
        [7, 10.5],
        [9, 12],
        [11, 13],
      ],
      minzoom: BEIJING_VIEW_MIN_ZOOM,
      byView: { beyondBeijingFrom: BEYOND_BEIJING_FROM_ZOOM },
      padding: 0.5,
      // 中关村科学城 is named first, on its shape; a neighbour that would cover it (未来科学城 just north of it, on a
      // phone) moves off to a side of its point instead
      first: ['zgc-science-city'],
      offset: true,
      centreFirst: true,
      radialOffset: 0.3,
    },
  },
  { id: LAYER.labelsSubparks, group: 'zgc-subparks', options: { size: 11.5, minzoom: 9.5, offset: true } },
  { id: LAYER.labelsPlatforms, group: 'platforms', options: { size: 11.5, minzoom: 10, offset: true } },
];

export type LabelAnchor =
  'center' | 'top' | 'bottom' | 'left' | 'right' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

/**
 * The anchors a label layer tries, in order (with their offsets, MapLibre's text-variable-anchor-offset); a layer
 * without offset: centre only.
 */
export function labelAnchors(o: LabelOptions): readonly LabelAnchor[] {
  if (!o.offset) return ['center'];
  return o.centreFirst
    ? ['center', 'top', 'bottom', 'left', 'right', 'top-left', 'top-right', 'bottom-left', 'bottom-right']
    : ['top', 'bottom', 'left', 'right'];
}

/** Radial offset of the offset anchors, in ems. */
export const labelRadialOffset = (o: LabelOptions): number => o.radialOffset ?? 0.7;

/**
 * Which way the label moves from its point at an anchor, as a unit step (x right, y down): at `top` the label's top
 * edge is at the point, so the label lies below it.
 */
export const ANCHOR_DIRECTION: Readonly<Record<LabelAnchor, readonly [number, number]>> = {
  center: [0, 0],
  top: [0, 1],
  bottom: [0, -1],
  left: [1, 0],
  right: [-1, 0],
  'top-left': [Math.SQRT1_2, Math.SQRT1_2],
  'top-right': [-Math.SQRT1_2, Math.SQRT1_2],
  'bottom-left': [Math.SQRT1_2, -Math.SQRT1_2],
  'bottom-right': [-Math.SQRT1_2, -Math.SQRT1_2],
};

/**
 * The anchors with their offsets (ems) as MapLibre's text-variable-anchor-offset: the layer's radial offset along each
 * anchor's direction (what text-radial-offset does, baseline shift included by MapLibre).
 */
export function anchorOffsets(o: LabelOptions, anchors: readonly LabelAnchor[] = labelAnchors(o)): unknown[] {
  const r = labelRadialOffset(o);
  const round = (v: number) => Math.round(v * 1000) / 1000 + 0;
  return anchors.flatMap((a) => [a, ANCHOR_DIRECTION[a].map((d) => round(d * r))]);
}

/**
 * A layer's text-variable-anchor-offset: its anchors for every label, but for the labels given with fewer (those the
 * edge guard keeps clear of the canvas edge and the controls; labelGuard.ts).
 */
export function anchorOffsetExpression(
  o: LabelOptions,
  restricted: Readonly<Record<string, readonly LabelAnchor[]>> = {},
): ExpressionSpecification | unknown[] {
  const all = anchorOffsets(o);
  const ids = Object.keys(restricted).sort();
  if (ids.length === 0) return all;
  return [
    'match',
    ['get', 'id'],
    ...ids.flatMap((id) => [id, ['literal', anchorOffsets(o, restricted[id])]]),
    ['literal', all],
  ];
}

/**
 * A layer's view rules as they stand in `view`: the whole zoom its labels start from (beyond its minzoom), and the
 * label it leaves out with the whole zoom from which it does.
 */
function rulesIn(
  options: LabelOptions,
  view: ViewId,
): { from?: number; omit?: { id: string; from: number } } {
  const { beyondBeijingFrom, omit } = options.byView ?? {};
  const omitFrom = omit && (view === 'beijing' ? omit.inBeijingFrom : omit.beyondBeijingFrom);
  return {
    from: view === 'beijing' ? undefined : beyondBeijingFrom,
    omit: omit && omitFrom !== undefined ? { id: omit.id, from: omitFrom } : undefined,
  };
}

/** The filter of a label layer when the map shows `view` (its group, and its view rules). */
export function labelFilter(
  { group, options }: Pick<LabelLayout, 'group' | 'options'>,
  view: ViewId,
): ExpressionSpecification {
  const parts: ExpressionSpecification[] = [inGroup(group)];
  const { from, omit } = rulesIn(options, view);
  if (from !== undefined) parts.push(['>=', ['zoom'], from]);
  if (omit) parts.push(['any', ['!=', ['get', 'id'], omit.id], ['<', ['zoom'], omit.from]]);
  const only = options.onlyBelow;
  if (only)
    parts.push(['any', ['>=', ['zoom'], only.zoom], ['in', ['get', 'id'], ['literal', [...only.ids]]]]);
  return parts.length === 1 ? parts[0] : ['all', ...parts];
}

/**
 * True when the layer draws the label `id` at `zoom` in `view` (its zoom range and labelFilter's rules, read at the
 * tile's whole zoom as MapLibre reads a filter): what the label guard needs to know.
 */
export function labelDrawn(
  layout: Pick<LabelLayout, 'options'>,
  id: string,
  view: ViewId,
  zoom: number,
): boolean {
  const { minzoom = 0, maxzoom = 24 } = layout.options;
  if (zoom < minzoom || zoom >= maxzoom) return false;
  const tileZoom = Math.floor(zoom);
  const { from, omit } = rulesIn(layout.options, view);
  if (from !== undefined && tileZoom < from) return false;
  const only = layout.options.onlyBelow;
  if (only && tileZoom < only.zoom && !only.ids.includes(id)) return false;
  return !(omit && omit.id === id && tileZoom >= omit.from);
}

function labels(
  id: LayerId,
  group: LabelGroup,
  language: Language,
  o: LabelOptions,
  view: ViewId,
): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: SOURCE.labels,
    filter: labelFilter({ group, options: o }, view),
    ...(o.minzoom !== undefined ? { minzoom: o.minzoom } : {}),
    ...(o.maxzoom !== undefined ? { maxzoom: o.maxzoom } : {}),
    layout: {
      'text-field': labelTextFor(id, language),
      'text-font': [LABEL_FONT],
      'text-size':
        typeof o.size === 'number'
          ? o.size
          : (['interpolate', ['linear'], ['zoom'], ...o.size.flat()] as ExpressionSpecification),
      'text-line-height': 1.15,
      'text-max-width': 12,
      'symbol-sort-key': o.first
        ? ['case', ['in', ['get', 'id'], ['literal', [...o.first]]], -1, ['get', 'rank']]
        : ['get', 'rank'],
      ...(o.padding !== undefined ? { 'text-padding': o.padding } : {}),
      ...(o.offset
        ? {
            'text-variable-anchor-offset': anchorOffsetExpression(o) as never,
            'text-justify': 'auto',
          }
        : {}),
    },
    paint: {
      'text-color': o.colour ?? base.text,
      'text-halo-color': base.halo,
      'text-halo-width': 1.4,
      'text-halo-blur': 0.3,
      'text-opacity': ['case', selected, 1, hovered, 1, dimmed, 0.45, 1],
    },
  };
}

/** The map's layers, bottom to top, with labels in `language` as they stand in `view` (the Beijing view by default). */
export function buildLayers(language: Language, view: ViewId = 'beijing'): LayerSpecification[] {
  return [
    { id: LAYER.background, type: 'background', paint: { 'background-color': base.sea } },
    // context: the rest of China, then Tianjin/Hebei — quiet, never interactive
    // the fills of areas with a boundary line leave their edge to the line (see areaFill)
    {
      id: LAYER.chinaFill,
      type: 'fill',
      source: SOURCE.china,
      paint: { 'fill-antialias': false, 'fill-color': base.land },
    },
    {
      id: LAYER.chinaLine,
      type: 'line',
      source: SOURCE.china,
      paint: { 'line-color': base.landLine, 'line-width': 0.6 },
    },
    // 南海诸岛 in the mainland's colour and the dashed line: part of every map of China, never interactive
    {
      id: LAYER.southSeaIslands,
      type: 'fill',
      source: SOURCE.southSea,
      filter: ['==', ['get', 'kind'], 'islands'],
      paint: { 'fill-color': base.land, 'fill-outline-color': base.landLine },
    },
    {
      id: LAYER.southSeaDashes,
      // each dash is a thin polygon: its outline, stroked, stays visible at national zoom
      type: 'line',
      source: SOURCE.southSea,
      filter: ['==', ['get', 'kind'], 'dashline'],
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': base.dashLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 3, 1.4, 7, 2.5],
      },
    },
    {
      id: LAYER.regionFill,
      type: 'fill',
      source: SOURCE.region,
      paint: { 'fill-antialias': false, 'fill-color': base.context },
    },
    {
      id: LAYER.regionLine,
      type: 'line',
      source: SOURCE.region,
      paint: {
        'line-color': base.contextLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.3, 9, 0.8],
      },
    },
    anchor(ANCHOR.areas),
    areaFill(LAYER.nationalFill, SOURCE.national, groupColours.national, 0.18),
    {
      id: LAYER.nationalLine,
      type: 'line',
      source: SOURCE.national,
      paint: { 'line-color': groupColours.national, 'line-width': 0.8 },
    },
    areaFill(LAYER.jjjFill, SOURCE.jjj, groupColours.jjj, 0.1),
    {
      id: LAYER.jjjLine,
      type: 'line',
      source: SOURCE.jjj,
      paint: {
        'line-color': groupColours.jjj,
        'line-width': 1,
        'line-dasharray': ['case', approximate, ['literal', [3, 2]], ['literal', [1, 0]]],
      },
    },
    {
      id: LAYER.districtsFill,
      type: 'fill',
      source: SOURCE.districts,
      paint: {
        'fill-antialias': false,
        'fill-color': [
          'case',
          selected,
          base.beijingSelected,
          // a matching district stays marked as a match when pointed at (on the map or at its result), only deeper
          ['all', hovered, matched],
          filterColours.matchFillHover,
          hovered,
          base.beijingHover,
          matched,
          filterColours.matchFill,
          dimmed,
          filterColours.dimFill,
          base.beijing,
        ],
        'fill-opacity': 1,
      },
    },
    {
      id: LAYER.waterFill,
      type: 'fill',
      source: SOURCE.water,
      filter: isPolygon,
      paint: { 'fill-color': base.water, 'fill-opacity': waterOpacity },
    },
    {
      id: LAYER.waterLine,
      type: 'line',
      source: SOURCE.water,
      filter: isLine,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': base.waterLine,
        'line-opacity': waterOpacity,
        'line-width': ['interpolate', ['linear'], ['zoom'], 6, 0.5, 10, 1.4, 13, 2.5],
      },
    },
    areaFill(LAYER.zonesFill, SOURCE.zones, zoneColour, 0.3, ['all', isPolygon, inGroup('three-cities')]),
    areaFill(LAYER.subparksFill, SOURCE.zones, groupColours['zgc-subparks'], 0.35, [
      'all',
      isPolygon,
      inGroup('zgc-subparks'),
    ]),
    {
      id: LAYER.districtsLine,
      type: 'line',
      source: SOURCE.districts,
      paint: {
        'line-color': base.districtLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.6, 11, 1.4],
      },
    },
    {
      id: LAYER.outline,
      type: 'line',
      source: SOURCE.outline,
      paint: {
        'line-color': base.outline,
        'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 9, 2],
      },
    },
    {
      // one layer for official and approximate outlines (one shader): only an approximate one is dashed
      id: LAYER.zonesLine,
      type: 'line',
      source: SOURCE.zones,
      filter: ['all', isPolygon, inGroup('three-cities')],
      paint: {
        'line-color': zoneColour,
        'line-width': 1.5,
        'line-dasharray': ['case', approximate, ['literal', [3, 2]], ['literal', [1, 0]]],
        'line-opacity': ['case', dimmed, DIM, 1],
      },
    },
    {
      id: LAYER.subparksLine,
      type: 'line',
      source: SOURCE.zones,
      filter: ['all', isPolygon, inGroup('zgc-subparks')],
      paint: {
        'line-color': okabeIto.blue,
        'line-width': 1,
        'line-dasharray': [3, 2],
        'line-opacity': ['case', dimmed, DIM, 1],
      },
    },
    {
      id: LAYER.links,
      type: 'line',
      source: SOURCE.links,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': [
          'case',
          selected,
          base.selection,
          hovered,
          base.hover,
          ['match', ['get', 'kind'], 'jjj', linkColours.jjj, linkColours.national],
        ],
        'line-width': [
          'interpolate',
          ['linear'],
          ['zoom'],
          4,
          ['case', selected, 3.5, hovered, 3, 1.4],
          9,
          ['case', selected, 3.5, hovered, 3, 1.8],
        ],
        // links are a regional/national story: they fade back when the map is zoomed into Beijing
        'line-opacity': [
          'interpolate',
          ['linear'],
          ['zoom'],
          5.5,
          ['case', selectedOrHovered, 1, 0.85],
          7.5,
          ['case', selectedOrHovered, 1, ['match', ['get', 'kind'], 'national', 0.12, 0.4]],
        ],
      },
    },
    {
      // a thin arc is hard to point at: this invisible twin is what hover and click hit (narrower when zoomed in,
      // where the arcs cross the districts)
      id: LAYER.linksHit,
      type: 'line',
      source: SOURCE.links,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': base.selection,
        'line-opacity': 0,
        'line-width': ['interpolate', ['linear'], ['zoom'], 4, 10, 7, 8, 9, 4],
      },
    },
    anchor(ANCHOR.highlights),
    highlight(LAYER.nationalHighlight, SOURCE.national),
    highlight(LAYER.jjjHighlight, SOURCE.jjj),
    highlight(LAYER.districtsHighlight, SOURCE.districts),
    highlight(LAYER.zonesHighlight, SOURCE.zones, isPolygon),
    anchor(ANCHOR.points),
    points(LAYER.pointsNational, 'national', groupColours.national, 5),
    points(LAYER.pointsJjj, 'jjj', groupColours.jjj, 5),
    points(LAYER.pointsSubparks, 'zgc-subparks', groupColours['zgc-subparks'], 5),
    points(LAYER.pointsPlatforms, 'platforms', groupColours.platforms, 4.5),
    anchor(ANCHOR.labels),
    ...LABEL_LAYOUTS.map((l) => labels(l.id, l.group, language, l.options, view)),
  ];
}

/** Layout visibility of every layer from the store's visible layer groups. */
export function applyVisibility(
  layers: LayerSpecification[],
  visibleLayers: Readonly<Record<LayerGroupId, boolean>>,
): LayerSpecification[] {
  const hidden = new Set<string>();
  for (const [group, ids] of Object.entries(GROUP_LAYERS) as [LayerGroupId, readonly LayerId[]][]) {
    if (!visibleLayers[group]) for (const id of ids) hidden.add(id);
  }
  return layers.map((layer) =>
    hidden.has(layer.id)
      ? ({ ...layer, layout: { ...layer.layout, visibility: 'none' } } as LayerSpecification)
      : layer,
  );
}

export function buildStyle(input: StyleInput): StyleSpecification {
  return {
    version: 8,
    name: 'Beijing Innovation Atlas',
    sources: buildSources(input.atlas, input.geo),
    ...(input.fontFaces ? { 'font-faces': input.fontFaces } : {}),
    layers: applyVisibility(
      buildLayers(input.language, input.view).map(inSharedProgramForm),
      input.visibleLayers,
    ),
  };
}
