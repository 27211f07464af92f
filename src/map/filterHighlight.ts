// Industry filter → map marks: which areas the map highlights (match) and fades (dim), applied as a diff of feature-state.
import { filterAreas, isFilterActive, type IndustryFilterQuery } from '../data/industryFilter';
import type { Atlas } from '../data/types';

export type FilterMark = 'match' | 'dim';

/**
 * The mark of every area under `query`: none when no filter is active; else `match` for each result and `dim` for
 * every other area (the map fades it). Pure.
 */
export function computeFilterMarks(
  atlas: Pick<Atlas, 'areas' | 'industries'>,
  query: IndustryFilterQuery,
): Map<string, FilterMark> {
  const marks = new Map<string, FilterMark>();
  if (!isFilterActive(atlas, query)) return marks;
  const matches = new Set(filterAreas(atlas, query).map((r) => r.area.id));
  for (const area of atlas.areas) marks.set(area.id, matches.has(area.id) ? 'match' : 'dim');
  return marks;
}

/** The areas whose mark differs between `prev` and `next`, with the new mark (null = unmarked). Pure. */
export function diffFilterMarks(
  prev: ReadonlyMap<string, FilterMark>,
  next: ReadonlyMap<string, FilterMark>,
): [string, FilterMark | null][] {
  const changes: [string, FilterMark | null][] = [];
  for (const [id, mark] of next) if (prev.get(id) !== mark) changes.push([id, mark]);
  for (const id of prev.keys()) if (!next.has(id)) changes.push([id, null]);
  return changes;
}
