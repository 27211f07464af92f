// The planner's comparisons: how alike two areas' industry profiles are, nearest areas, and a side-by-side of 2–4 areas.
import type { Area, Atlas, Task } from './types';

/**
 * An area's industry profile: for each industry, how many of the area's own plan sentences are tagged with it (a
 * sentence only partly about the place — `scope: "partial"` — does not count). An industry the area lists but no own
 * sentence carries counts 1, so a listed industry is never lost for want of a tag.
 */
export function industryProfile(area: Pick<Area, 'industries' | 'tasks'>): Map<string, number> {
  const profile = new Map<string, number>();
  for (const task of area.tasks) {
    if (task.scope === 'partial') continue;
    for (const id of new Set(task.industries ?? [])) profile.set(id, (profile.get(id) ?? 0) + 1);
  }
  for (const id of area.industries) if (!profile.has(id)) profile.set(id, 1);
  return profile;
}

/** Cosine of two sparse non-negative vectors, in [0, 1]; 0 (not NaN) when either is empty. */
export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    dot += v * (b.get(k) ?? 0);
  }
  for (const v of b.values()) nb += v * v;
  if (na === 0 || nb === 0) return 0;
  return Math.min(1, Math.max(0, dot / Math.sqrt(na * nb)));
}

/** Each area's profile, made once per area object (the atlas is never changed in place). */
const profiles = new WeakMap<Pick<Area, 'industries' | 'tasks'>, Map<string, number>>();
function profileOf(area: Pick<Area, 'industries' | 'tasks'>): Map<string, number> {
  let profile = profiles.get(area);
  if (!profile) profiles.set(area, (profile = industryProfile(area)));
  return profile;
}

/**
 * The app's similarity of two areas: cosine on their sentence-count profiles. It weighs what the plan stresses (an
 * area with three sentences on AI is more like another AI-heavy area than one that mentions AI once), where a measure
 * on industry lists alone would treat every listed industry alike and be pulled down by long lists.
 */
export function cosineSimilarity(
  a: Pick<Area, 'industries' | 'tasks'>,
  b: Pick<Area, 'industries' | 'tasks'>,
): number {
  return cosine(profileOf(a), profileOf(b));
}

export interface SimilarArea {
  area: Area;
  score: number;
  /** Industries both areas have (atlas industry order). */
  shared: string[];
}

function industryOrder(atlas: Pick<Atlas, 'industries'>) {
  const order = new Map(atlas.industries.map((i, n) => [i.id, n]));
  return (a: string, b: string) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity);
}

/**
 * The `n` areas most like `id`, best first (ties in atlas order). Leaves out the area itself, areas with no
 * industries (the plan is silent, so there is nothing to compare) and areas with nothing in common (score 0).
 */
export function mostSimilar(
  atlas: Pick<Atlas, 'areas' | 'industries'>,
  id: string,
  n: number,
): SimilarArea[] {
  const self = atlas.areas.find((a) => a.id === id);
  if (!self || n <= 0) return [];
  const mine = new Set(self.industries);
  const byOrder = industryOrder(atlas);
  const found: { item: SimilarArea; at: number }[] = [];
  atlas.areas.forEach((area, at) => {
    if (area.id === id || area.industries.length === 0) return;
    const score = cosineSimilarity(self, area);
    if (score <= 0) return;
    const shared = [...new Set(area.industries.filter((i) => mine.has(i)))].sort(byOrder);
    found.push({ item: { area, score, shared }, at });
  });
  found.sort((a, b) => b.item.score - a.item.score || a.at - b.at);
  return found.slice(0, n).map((f) => f.item);
}

/** One industry across the compared areas: who has it and each one's plan sentences about it. */
export interface ComparisonRow {
  industry: string;
  /** Ids of the compared areas that have this industry, in compare order. */
  areas: string[];
  /** Each compared area's sentences tagged with this industry (every compared id is a key; [] when none). */
  tasks: Record<string, Task[]>;
}

export interface Comparison {
  /** The compared areas: known ids only, duplicates dropped, in the order given. */
  areas: Area[];
  /** Industries at least two of the compared areas have. */
  shared: string[];
  /** Per area id: industries none of the other compared areas has. */
  unique: Record<string, string[]>;
  /** Every industry any compared area has: shared ones first, then by how many areas have it, then atlas order. */
  rows: ComparisonRow[];
  /** Per area id: the sentences tagged with no industry (still the plan's work for the place). */
  untagged: Record<string, Task[]>;
  /** Pairwise `cosineSimilarity`, indexed like `areas` (1 on the diagonal for an area with industries, else 0). */
  similarity: number[][];
}

/** Side by side of the given areas (the UI allows 2–4; any number works). */
export function compareAreas(atlas: Pick<Atlas, 'areas' | 'industries'>, ids: readonly string[]): Comparison {
  const byId = new Map(atlas.areas.map((a) => [a.id, a]));
  const areas = [...new Set(ids)].flatMap((id) => {
    const a = byId.get(id);
    return a ? [a] : [];
  });
  const byOrder = industryOrder(atlas);
  const sets = areas.map((a) => new Set(a.industries));
  const union = [...new Set(areas.flatMap((a) => a.industries))].sort(byOrder);
  const holders = (industry: string) => areas.filter((_, i) => sets[i].has(industry)).map((a) => a.id);

  const shared = union.filter((i) => holders(i).length >= 2);
  const unique: Record<string, string[]> = {};
  const untagged: Record<string, Task[]> = {};
  areas.forEach((a, i) => {
    unique[a.id] = [...sets[i]].filter((ind) => sets.every((s, j) => j === i || !s.has(ind))).sort(byOrder);
    untagged[a.id] = a.tasks.filter((t) => (t.industries ?? []).length === 0);
  });

  const rows: ComparisonRow[] = union.map((industry) => ({
    industry,
    areas: holders(industry),
    tasks: Object.fromEntries(
      areas.map((a) => [a.id, a.tasks.filter((t) => t.industries?.includes(industry))]),
    ),
  }));
  rows.sort((a, b) => b.areas.length - a.areas.length || byOrder(a.industry, b.industry));

  const sim = areas.map((a) => areas.map((b) => cosineSimilarity(a, b)));
  return { areas, shared, unique, rows, untagged, similarity: sim };
}
