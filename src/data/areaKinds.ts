// The one list of area kinds, in the order the domain logic uses (lists, legend, matrix rows, search ties, URL):
// 三城一区 first, as the plan does.
export const AREA_KINDS = [
  'three-cities-one-district',
  'district',
  'zgc-subpark',
  'platform',
  'jjj',
  'national',
] as const;

export type AreaKind = (typeof AREA_KINDS)[number];

/** Position of `kind` in AREA_KINDS (for sorting). */
export function areaKindRank(kind: AreaKind): number {
  return AREA_KINDS.indexOf(kind);
}

export function isAreaKind(value: unknown): value is AreaKind {
  return (AREA_KINDS as readonly unknown[]).includes(value);
}
