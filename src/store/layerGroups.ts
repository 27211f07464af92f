// The map's layer groups (what a visitor can switch on and off) and which area kind belongs to which group.
import type { AreaKind } from '../data/types';

export const LAYER_GROUPS = [
  'districts',
  'three-cities',
  'zgc-subparks',
  'platforms',
  'jjj',
  'national',
  'links',
  'water',
] as const;

export type LayerGroupId = (typeof LAYER_GROUPS)[number];

export const GROUP_OF_KIND: Readonly<Record<AreaKind, LayerGroupId>> = {
  district: 'districts',
  'three-cities-one-district': 'three-cities',
  'zgc-subpark': 'zgc-subparks',
  platform: 'platforms',
  jjj: 'jjj',
  national: 'national',
};
