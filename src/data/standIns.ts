// What the map shows for an area it does not draw itself (geometry 'none'): its drawn parts, or failing that the
// drawn place that hosts it (its 三城一区 parent or its district). Pure; the map binding and the area panel share it.
import type { AtlasIndex } from './atlasIndex';
import type { Area } from './types';

export type StandInReason = 'parts' | 'host';

export interface StandIns {
  /** Areas highlighted and framed in the area's place (empty when the area is drawn, or nothing stands in). */
  ids: string[];
  reason: StandInReason | null;
}

const NONE: StandIns = { ids: [], reason: null };

const isDrawn = (area: Area): boolean => area.geometry !== 'none';

/** Drawn descendants of `id`, in atlas order; an undrawn child passes on its own drawn children. */
function drawnParts(index: AtlasIndex, id: string, seen: Set<string>): string[] {
  const out: string[] = [];
  for (const child of index.childrenById.get(id) ?? []) {
    if (seen.has(child.id)) continue;
    seen.add(child.id);
    if (isDrawn(child)) out.push(child.id);
    else out.push(...drawnParts(index, child.id, seen));
  }
  return out;
}

/** The stand-ins of area `id`: its drawn parts ('parts'), else its drawn parent or district ('host'), else none. */
export function standInsFor(index: AtlasIndex, id: string): StandIns {
  const area = index.areasById.get(id);
  if (!area || isDrawn(area)) return NONE;
  const parts = drawnParts(index, area.id, new Set([area.id]));
  if (parts.length > 0) return { ids: parts, reason: 'parts' };
  for (const hostId of [area.parent, area.district]) {
    const host = hostId ? index.areasById.get(hostId) : undefined;
    if (host && isDrawn(host)) return { ids: [host.id], reason: 'host' };
  }
  return NONE;
}
