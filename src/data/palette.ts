// The one colour module: every colour the app draws comes from here (Okabe–Ito hues, colour-blind safe, on a calm paper base).

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
  districtLine: '#b3ab9c',
  outline: '#4d4a44',
  water: '#a9cde3',
  waterLine: '#7fb3d3',
  text: '#26241f',
  textMuted: '#5f5a50',
  halo: '#ffffff',
  selection: '#111111',
  hover: '#3a3a3a',
} as const;

/** Zone fills by area id (三城一区); anything else of that kind falls back to `zoneFallback`. */
export const zoneColours: Readonly<Record<string, string>> = {
  'zgc-science-city': okabeIto.blue,
  'huairou-science-city': okabeIto.bluishGreen,
  'future-science-city': okabeIto.reddishPurple,
  etdz: okabeIto.vermillion,
  'innovation-cluster-zone': okabeIto.orange,
};
export const zoneFallback = okabeIto.orange;

/** Colours of the point and link layers, one hue per layer group. */
export const groupColours = {
  districts: base.districtLine,
  'three-cities': okabeIto.blue,
  'zgc-subparks': okabeIto.skyBlue,
  platforms: okabeIto.vermillion,
  jjj: okabeIto.bluishGreen,
  national: okabeIto.reddishPurple,
  links: okabeIto.blue,
  water: base.water,
} as const;

export const linkColours = { jjj: okabeIto.bluishGreen, national: okabeIto.reddishPurple } as const;
