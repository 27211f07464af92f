// The side panels' ids: the one list the URL table (`panel=`), the store and the panel registry share.
export const PANEL_IDS = [
  'area',
  'link',
  'filter',
  'matrix',
  'compare',
  'reader',
  'indicators',
  'industry',
] as const;
export type PanelId = (typeof PANEL_IDS)[number];
