// Industry filter → map: the areas whose mark changed, so only they get new feature-state (marks: store/selectors).
import type { FilterMark } from '../store/selectors';

export type { FilterMark };

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
