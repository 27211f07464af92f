// The loaded atlas and lookups derived from it once (by id, children, links), shared with panels through context.
import { createContext, useContext } from 'react';
import type { Area, Atlas, Industry, Link, Section } from '../data/types';

export interface AtlasIndex {
  atlas: Atlas;
  areasById: ReadonlyMap<string, Area>;
  childrenById: ReadonlyMap<string, readonly Area[]>;
  linksById: ReadonlyMap<string, readonly Link[]>;
  industriesById: ReadonlyMap<string, Industry>;
  sectionsById: ReadonlyMap<string, Section>;
}

export function buildAtlasIndex(atlas: Atlas): AtlasIndex {
  const childrenById = new Map<string, Area[]>();
  for (const area of atlas.areas) {
    if (!area.parent) continue;
    childrenById.set(area.parent, [...(childrenById.get(area.parent) ?? []), area]);
  }
  const linksById = new Map<string, Link[]>();
  for (const link of atlas.links) {
    for (const end of new Set([link.from, link.to]))
      linksById.set(end, [...(linksById.get(end) ?? []), link]);
  }
  return {
    atlas,
    areasById: new Map(atlas.areas.map((a) => [a.id, a])),
    childrenById,
    linksById,
    industriesById: new Map(atlas.industries.map((i) => [i.id, i])),
    sectionsById: new Map(atlas.sections.map((s) => [s.id, s])),
  };
}

export const AtlasDataContext = createContext<AtlasIndex | null>(null);

export function useAtlasIndex(): AtlasIndex {
  const index = useContext(AtlasDataContext);
  if (!index) throw new Error('useAtlasIndex outside AtlasDataContext');
  return index;
}
