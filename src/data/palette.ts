// The one colour module: every colour the app draws comes from here (Okabe–Ito hues for the page, a legend palette
// tuned for the common colour-vision deficiencies, on a calm paper base).
import { relativeLuminance } from './colourVision';

/** Okabe & Ito (2008) qualitative palette, distinguishable under the common colour-vision deficiencies. */
export const okabeIto = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

/** Neutral base of the map and the page: warm paper greys, water in a muted blue. */
export const base = {
  paper: '#f6f4ef',
  sea: '#dfe9ef',
  land: '#efece5',
  landLine: '#cfc9bd',
  context: '#e8e4db',
  contextLine: '#c2bbad',
  beijing: '#fbfaf7',
  beijingHover: '#f1ece1',
  beijingSelected: '#ece6d8',
  districtLine: '#b3ab9c',
  outline: '#4d4a44',
  water: '#a9cde3',
  waterLine: '#7fb3d3',
  text: '#26241f',
  textMuted: '#5f5a50',
  halo: '#ffffff',
  selection: '#111111',
  hover: '#3a3a3a',
  /** The South China Sea dashed line on the national map. */
  dashLine: '#8a6f5a',
} as const;

/** The industry filter on the map: matching Beijing districts get a warm tint and an orange outline; the rest fade. */
export const filterColours = {
  matchFill: '#f8e0a8',
  /** A matching district under the pointer (or its result card): the match tint, deeper. */
  matchFillHover: '#f2c971',
  matchLine: okabeIto.orange,
  dimFill: base.land,
} as const;

/**
 * The map's legend hues: one colour per legend entry, never shared. Derived from Okabe–Ito and moved (at most ~8
 * ΔE2000) until every pair, with the neutral district line, outline ink and water, stays at least
 * LEGEND_MIN_DELTA_E apart for normal vision and under simulated protanopia, deuteranopia and tritanopia
 * (Machado et al. 2009, severity 1; src/data/colourVision.ts; checked by palette.test.ts).
 */
export const legendHues = {
  zgcScienceCity: '#006EEC',
  huairouScienceCity: '#008757',
  futureScienceCity: '#B46C92',
  etdz: '#C44B0B',
  innovationClusterZone: '#FFBD24',
  subparks: '#2CA6D6',
  platforms: '#6D0450',
  jjj: '#92A55A',
  national: '#953E84',
} as const;

/** Smallest CIEDE2000 difference between any two legend colours, under every simulated vision. */
export const LEGEND_MIN_DELTA_E = 12;

/** Zone fills by area id (三城一区); anything else of that kind falls back to `zoneFallback`. */
export const zoneColours: Readonly<Record<string, string>> = {
  'zgc-science-city': legendHues.zgcScienceCity,
  'huairou-science-city': legendHues.huairouScienceCity,
  'future-science-city': legendHues.futureScienceCity,
  etdz: legendHues.etdz,
  'innovation-cluster-zone': legendHues.innovationClusterZone,
};
export const zoneFallback = legendHues.innovationClusterZone;

/** Colours of the point and link layers, one hue per layer group. */
export const groupColours = {
  districts: base.districtLine,
  'three-cities': legendHues.zgcScienceCity,
  'zgc-subparks': legendHues.subparks,
  platforms: legendHues.platforms,
  jjj: legendHues.jjj,
  national: legendHues.national,
  links: base.outline,
  water: base.water,
} as const;

/** A link is drawn in the colour of its partner group (the legend shows one entry per group: area and arc). */
export const linkColours = { jjj: legendHues.jjj, national: legendHues.national } as const;

/** Page chrome (header, panels, controls): neutral, with the Okabe–Ito blue as the one accent. */
export const ui = {
  page: base.paper,
  surface: '#ffffff',
  border: '#dcd7cc',
  borderStrong: '#b9b2a3',
  text: base.text,
  textMuted: base.textMuted,
  accent: okabeIto.blue,
  accentText: '#ffffff',
  header: '#1f3a5f',
  headerText: '#ffffff',
  errorBg: '#fbe9df',
  errorBorder: okabeIto.vermillion,
  infoBg: '#e6f1f8',
  infoBorder: okabeIto.skyBlue,
  focus: okabeIto.orange,
  quoteBg: '#f3f0e8',
  /** Warning text on white (approximate boundary): a darker vermillion that keeps 5.8:1 contrast. */
  warnText: '#A84A00',
  /** Plan reader: the sentence asked for, the selected area's passages, search hits (all keep AA contrast with text). */
  markTarget: '#fbe7a6',
  markTargetLine: okabeIto.orange,
  markPassage: '#dceefa',
  markHit: '#f7f1a0',
  markHitCurrent: okabeIto.yellow,
  /** A translucent white on the header (outlines of header controls). */
  headerLine: 'rgb(255 255 255 / 0.55)',
  /** Shadow of the phone bottom sheet. */
  shadow: 'rgb(0 0 0 / 0.12)',
} as const;

/** Badge / swatch colour of each area kind (the same hue as its layer group on the map). */
export const kindColours = {
  'three-cities-one-district': legendHues.zgcScienceCity,
  district: base.outline,
  'zgc-subpark': legendHues.subparks,
  platform: legendHues.platforms,
  jjj: legendHues.jjj,
  national: legendHues.national,
} as const;

/** WCAG contrast ratio of two hex colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Badge text on each kind colour: black or white, whichever contrasts more. */
export const kindTextColours = Object.fromEntries(
  Object.entries(kindColours).map(([kind, bg]) => [
    kind,
    contrastRatio(bg, okabeIto.black) >= contrastRatio(bg, ui.accentText) ? okabeIto.black : ui.accentText,
  ]),
) as Readonly<Record<keyof typeof kindColours, string>>;

/** CSS custom properties derived from this palette (set on :root at start-up), so stylesheets hold no colour literals. */
export function paletteCssVariables(): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(ui)) vars[`--c-${k}`] = v;
  for (const [k, v] of Object.entries(kindColours)) vars[`--kind-${k}`] = v;
  for (const [k, v] of Object.entries(kindTextColours)) vars[`--kind-text-${k}`] = v;
  vars['--c-water'] = base.water;
  vars['--c-outline'] = base.outline;
  vars['--c-selection'] = base.selection;
  // pure black text: the only text colour with AA contrast on the vermillion and bluish-green badges
  vars['--c-ink'] = okabeIto.black;
  return vars;
}
