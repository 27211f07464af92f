// The one order of area kinds in the domain logic (lists, matrix rows, search ties): 三城一区 first, as the plan does.
import type { AreaKind } from './types';

export const AREA_KIND_ORDER: readonly AreaKind[] = [
  'three-cities-one-district',
  'district',
  'zgc-subpark',
  'platform',
  'jjj',
  'national',
];

/** Position of `kind` in AREA_KIND_ORDER (for sorting). */
export function areaKindRank(kind: AreaKind): number {
  return AREA_KIND_ORDER.indexOf(kind);
}
