// The investor's industry filter in the store: chosen industries/groups, any/all, area kinds; verbs to change them.
//
// The URL keys map to `state.filter` fields one to one (src/store/urlSync.ts):
//   ind   ↔ filter.industries  (industry ids, atlas order not required)
//   grp   ↔ filter.groups      (industry-group ids; a group stands for ANY of its industries)
//   fld   ↔ filter.fields      (field ids: the plan's specific fields under an industry)
//   match ↔ filter.match       ('any' | 'all'; 'any' is the default and is not written)
//   kinds ↔ filter.kinds       (AreaKind[]; [] = every kind)
// Restore with `setFilter({ industries, groups, fields, match, kinds })` (one store update); `filter` is replaced as a whole
// object on every change, so `s.filter !== prev.filter` is the one check a subscriber (or a memoised selector) needs.
import type { StateCreator } from 'zustand/vanilla';
import type { AtlasState } from './atlasStore';
import type { IndustryMatch } from '../data/industryFilter';
import type { AreaKind, Industry } from '../data/types';

/** Structurally an IndustryFilterQuery of src/data/industryFilter: pass `state.filter` to filterAreas as is. */
export interface FilterState {
  industries: string[];
  groups: string[];
  fields: string[];
  match: IndustryMatch;
  kinds: AreaKind[];
}

export const EMPTY_FILTER: FilterState = { industries: [], groups: [], fields: [], match: 'any', kinds: [] };

export interface FilterSlice {
  filter: FilterState;
  /** Adds or removes one industry. Unticking an industry whose whole group is chosen keeps the group's others. */
  toggleIndustry: (id: string) => void;
  setIndustries: (ids: readonly string[]) => void;
  /** Adds or removes one field (the plan's specific field under an industry). */
  toggleField: (id: string) => void;
  /** Filters by exactly these fields (and nothing else). */
  setFields: (ids: readonly string[]) => void;
  /** Chooses or drops a whole group (its single industries are folded into it, so they are not counted twice). */
  toggleGroup: (group: string) => void;
  setMatch: (match: IndustryMatch) => void;
  setKinds: (kinds: readonly AreaKind[]) => void;
  /** Replaces the whole filter at once (URL restore); missing fields keep their defaults. */
  setFilter: (filter: Partial<FilterState>) => void;
  clearFilter: () => void;
}

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** Pure: the filter after toggling one industry (exported for tests). */
export function toggleIndustryIn(
  filter: FilterState,
  id: string,
  taxonomy: readonly Pick<Industry, 'id' | 'group'>[],
): FilterState {
  const group = taxonomy.find((i) => i.id === id)?.group;
  if (group !== undefined && filter.groups.includes(group)) {
    // the whole group was chosen: unticking one of its industries keeps the others, one by one
    const others = taxonomy.filter((i) => i.group === group && i.id !== id).map((i) => i.id);
    return {
      ...filter,
      groups: filter.groups.filter((g) => g !== group),
      industries: unique([...filter.industries.filter((x) => x !== id), ...others]),
    };
  }
  const industries = filter.industries.includes(id)
    ? filter.industries.filter((x) => x !== id)
    : [...filter.industries, id];
  return { ...filter, industries };
}

/** Pure: the filter after toggling a whole group (exported for tests). */
export function toggleGroupIn(
  filter: FilterState,
  group: string,
  taxonomy: readonly Pick<Industry, 'id' | 'group'>[],
): FilterState {
  const members = new Set(taxonomy.filter((i) => i.group === group).map((i) => i.id));
  const industries = filter.industries.filter((id) => !members.has(id));
  const groups = filter.groups.includes(group)
    ? filter.groups.filter((g) => g !== group)
    : [...filter.groups, group];
  return { ...filter, industries, groups };
}

export const createFilterSlice: StateCreator<AtlasState, [], [], FilterSlice> = (set, get) => {
  const update = (next: FilterState) => set({ filter: next });
  return {
    filter: EMPTY_FILTER,
    toggleIndustry: (id) => update(toggleIndustryIn(get().filter, id, get().index.atlas.industries)),
    setIndustries: (ids) => update({ ...get().filter, industries: unique(ids) }),
    toggleField: (id) => {
      const { fields } = get().filter;
      update({
        ...get().filter,
        fields: fields.includes(id) ? fields.filter((x) => x !== id) : [...fields, id],
      });
    },
    setFields: (ids) => update({ ...get().filter, industries: [], groups: [], fields: unique(ids) }),
    toggleGroup: (group) => update(toggleGroupIn(get().filter, group, get().index.atlas.industries)),
    setMatch: (match) => {
      if (get().filter.match !== match) update({ ...get().filter, match });
    },
    setKinds: (kinds) => update({ ...get().filter, kinds: unique(kinds) }),
    setFilter: (filter) =>
      update({
        industries: unique(filter.industries ?? []),
        groups: unique(filter.groups ?? []),
        fields: unique(filter.fields ?? []),
        match: filter.match ?? 'any',
        kinds: unique(filter.kinds ?? []),
      }),
    clearFilter: () => update(EMPTY_FILTER),
  };
};
