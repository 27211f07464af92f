// The investor's industry filter: which areas the plan ties to the chosen industries, and the plan sentences that say so.
import type { Area, AreaKind, Atlas, Field, Industry, Task } from './types';

/** How chosen industries combine: an area meets any of them, or all of them. */
export const INDUSTRY_MATCHES = ['any', 'all'] as const;
export type IndustryMatch = (typeof INDUSTRY_MATCHES)[number];

export interface IndustryFilterQuery {
  industries: readonly string[];
  /** Industry-group ids; a group stands for all of its industries. */
  groups?: readonly string[];
  /** Field ids (the plan's specific fields under an industry): an area meets one when it lists the field. */
  fields?: readonly string[];
  match: IndustryMatch;
  /** Only areas of these kinds; absent or empty = every kind. */
  kinds?: readonly AreaKind[];
}

/** A plan sentence of the area that ties it to some of the chosen industries: the "why" of a result. */
export interface FilterReason {
  task: Task;
  /** The chosen industries this sentence is tagged with (atlas industry order). */
  industries: string[];
  /** The chosen fields this sentence names (in the task's order). */
  fields: string[];
}

export interface FilterResult {
  area: Area;
  /** The area's industries that are among the chosen ones (atlas industry order). */
  matchedIndustries: string[];
  /** The area's fields that are among the chosen ones (in the area's order). */
  matchedFields: string[];
  reasons: FilterReason[];
}

type FilterAtlas = Pick<Atlas, 'industries'> & Partial<Pick<Atlas, 'fields'>>;

/**
 * One requirement per chosen industry, per chosen field and per chosen group, as the set of industry or field ids that
 * meet it. A group requirement is met when the area has ANY industry of the group — so with `all`, choosing 数字技术 +
 * 生命健康 means "something digital AND something in health", not every digital industry; choosing a group's
 * industries one by one is how to ask for all of them. Unknown ids are ignored, and a group with no known industries
 * is no requirement at all.
 */
function requirements(atlas: FilterAtlas, query: IndustryFilterQuery): Set<string>[] {
  const { known, membersByGroup } = lookupOf(atlas);
  const reqs = [...new Set([...query.industries, ...(query.fields ?? [])])]
    .filter((id) => known.has(id))
    .map((id) => new Set([id]));
  for (const g of new Set(query.groups ?? [])) {
    const members = membersByGroup.get(g);
    if (members) reqs.push(new Set(members));
  }
  return reqs;
}

/** What a filter change reads of an atlas, derived once per atlas (its areas, industries and fields arrays). */
interface FilterLookup {
  areas: readonly Area[] | undefined;
  industries: readonly Industry[];
  fields: readonly Field[] | undefined;
  /** Every industry and field id. */
  known: ReadonlySet<string>;
  /** Each group's industry ids, in atlas order (groups with none are absent). */
  membersByGroup: ReadonlyMap<string, readonly string[]>;
  /** Each industry or field id → the positions in `areas` of the areas that list it (ascending, no repeats). */
  areasByTag: ReadonlyMap<string, readonly number[]>;
}

const lookups = new WeakMap<readonly Industry[], FilterLookup>();

/** The lookup of `atlas`, built on first use and kept while its arrays are the same (atlas data is never mutated). */
function lookupOf(atlas: FilterAtlas & Partial<Pick<Atlas, 'areas'>>): FilterLookup {
  const cached = lookups.get(atlas.industries);
  if (cached && cached.areas === atlas.areas && cached.fields === atlas.fields) return cached;
  const known = new Set([...atlas.industries, ...(atlas.fields ?? [])].map((i) => i.id));
  const membersByGroup = new Map<string, string[]>();
  for (const i of atlas.industries) {
    const members = membersByGroup.get(i.group);
    if (members) members.push(i.id);
    else membersByGroup.set(i.group, [i.id]);
  }
  const areasByTag = new Map<string, number[]>();
  (atlas.areas ?? []).forEach((area, at) => {
    for (const id of [...area.industries, ...(area.fields ?? [])]) {
      const list = areasByTag.get(id);
      if (!list) areasByTag.set(id, [at]);
      else if (list[list.length - 1] !== at) list.push(at);
    }
  });
  const lookup = {
    areas: atlas.areas,
    industries: atlas.industries,
    fields: atlas.fields,
    known,
    membersByGroup,
    areasByTag,
  };
  lookups.set(atlas.industries, lookup);
  return lookup;
}

/**
 * Positions of the areas meeting `reqs` (`any`: at least one; `all`: every one), ascending: read from the tag lookup,
 * so a filter change costs the areas it finds, not the atlas.
 */
function matchingPositions(
  lookup: FilterLookup,
  reqs: readonly ReadonlySet<string>[],
  match: IndustryMatch,
): number[] {
  const met = new Map<number, number>();
  for (const r of reqs) {
    const positions = new Set<number>();
    for (const id of r) for (const at of lookup.areasByTag.get(id) ?? []) positions.add(at);
    for (const at of positions) met.set(at, (met.get(at) ?? 0) + 1);
  }
  const out: number[] = [];
  for (const [at, n] of met) if (match === 'any' || n === reqs.length) out.push(at);
  return out.sort((a, b) => a - b);
}

/** True when the query selects something; an empty selection is "no filter", not "no match". */
export function isFilterActive(atlas: FilterAtlas, query: IndustryFilterQuery): boolean {
  return requirements(atlas, query).length > 0;
}

function kindAllowed(kinds: readonly AreaKind[] | undefined, kind: AreaKind): boolean {
  return kinds === undefined || kinds.length === 0 || kinds.includes(kind);
}

/**
 * Areas that meet the query (`any`: at least one requirement; `all`: every requirement), with the industries and
 * plan sentences behind each. An area "has" an industry when the industry is in its `industries` list.
 *
 * An empty selection gives `[]`: no filter is active, and the UI shows every area as usual instead of a result list
 * (use `isFilterActive` to tell "nothing chosen" from "nothing matched").
 *
 * Order: most matched industries first, then most reasons, then atlas order (stable).
 */
export function filterAreas(
  atlas: Pick<Atlas, 'areas' | 'industries'> & Partial<Pick<Atlas, 'fields'>>,
  query: IndustryFilterQuery,
): FilterResult[] {
  const reqs = requirements(atlas, query);
  if (reqs.length === 0) return [];
  const chosen = new Set(reqs.flatMap((r) => [...r]));
  // the atlas position of the chosen industries only: a change costs the areas walked, not a map of every industry
  const order = new Map<string, number>();
  atlas.industries.forEach((i, n) => chosen.has(i.id) && order.set(i.id, n));
  const byOrder = (a: string, b: string) => (order.get(a) ?? 0) - (order.get(b) ?? 0);
  const pick = (ids: readonly string[] = []) => [...new Set(ids.filter((id) => chosen.has(id)))];

  const score = (r: FilterResult) => r.matchedIndustries.length + r.matchedFields.length;
  const results: { result: FilterResult; at: number }[] = [];
  for (const at of matchingPositions(lookupOf(atlas), reqs, query.match)) {
    const area = atlas.areas[at];
    if (!kindAllowed(query.kinds, area.kind)) continue;
    const matchedIndustries = pick(area.industries).sort(byOrder);
    const matchedFields = pick(area.fields);
    const reasons: FilterReason[] = [];
    for (const task of area.tasks) {
      const industries = pick(task.industries).sort(byOrder);
      const fields = pick(task.fields);
      if (industries.length > 0 || fields.length > 0) reasons.push({ task, industries, fields });
    }
    results.push({ result: { area, matchedIndustries, matchedFields, reasons }, at });
  }
  results.sort(
    (a, b) =>
      score(b.result) - score(a.result) || b.result.reasons.length - a.result.reasons.length || a.at - b.at,
  );
  return results.map((r) => r.result);
}

/** How many areas (of the given kinds) carry each of `ids`, as `tagsOf` reads an area's tags; 0 included. */
function countAreas(
  areas: readonly Area[],
  ids: readonly { id: string }[],
  tagsOf: (area: Area) => readonly string[],
  kinds?: readonly AreaKind[],
): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(ids.map((i) => [i.id, 0]));
  for (const area of areas) {
    if (!kindAllowed(kinds, area.kind)) continue;
    for (const id of new Set(tagsOf(area)))
      if (Object.prototype.hasOwnProperty.call(counts, id)) counts[id] += 1;
  }
  return counts;
}

/** How many areas (of the given kinds) list each field; every field of the atlas is a key, 0 included. */
export const countsByField = (
  atlas: Pick<Atlas, 'areas'> & Partial<Pick<Atlas, 'fields'>>,
  kinds?: readonly AreaKind[],
): Record<string, number> => countAreas(atlas.areas, atlas.fields ?? [], (a) => a.fields ?? [], kinds);

/** How many areas (of the given kinds) have each industry; every industry of the atlas is a key, 0 included. */
export const countsByIndustry = (
  atlas: Pick<Atlas, 'areas' | 'industries'>,
  kinds?: readonly AreaKind[],
): Record<string, number> => countAreas(atlas.areas, atlas.industries, (a) => a.industries, kinds);

/** The area ids of `results`, for the map filter (a Set for O(1) lookups in the style binding). */
export function resultAreaIds(results: readonly FilterResult[]): Set<string> {
  return new Set(results.map((r) => r.area.id));
}
