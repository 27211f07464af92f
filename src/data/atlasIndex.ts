// The loaded atlas with the lookups derived from it once (by id, children, links, industry groups, fields). Pure.
import type { Area, Atlas, Field, Industry, IndustryGroup, Link, Section } from './types';

export interface AtlasIndex {
  atlas: Atlas;
  areasById: ReadonlyMap<string, Area>;
  childrenById: ReadonlyMap<string, readonly Area[]>;
  linksById: ReadonlyMap<string, readonly Link[]>;
  industriesById: ReadonlyMap<string, Industry>;
  groupsById: ReadonlyMap<string, IndustryGroup>;
  fieldsById: ReadonlyMap<string, Field>;
  /** The fields under each industry, in atlas order. */
  fieldsByIndustry: ReadonlyMap<string, readonly Field[]>;
  sectionsById: ReadonlyMap<string, Section>;
}

export function buildAtlasIndex(atlas: Atlas): AtlasIndex {
  const childrenById = new Map<string, Area[]>();
  for (const area of atlas.areas) {
    if (!area.parent) continue;
    const siblings = childrenById.get(area.parent);
    if (siblings) siblings.push(area);
    else childrenById.set(area.parent, [area]);
  }
  const linksById = new Map<string, Link[]>();
  for (const link of atlas.links) {
    for (const end of new Set([link.from, link.to])) {
      const links = linksById.get(end);
      if (links) links.push(link);
      else linksById.set(end, [link]);
    }
  }
  const fieldsByIndustry = new Map<string, Field[]>();
  for (const f of atlas.fields ?? [])
    fieldsByIndustry.set(f.industry, [...(fieldsByIndustry.get(f.industry) ?? []), f]);
  return {
    atlas,
    areasById: new Map(atlas.areas.map((a) => [a.id, a])),
    childrenById,
    linksById,
    industriesById: new Map(atlas.industries.map((i) => [i.id, i])),
    groupsById: new Map(atlas.industry_groups.map((g) => [g.id, g])),
    fieldsById: new Map((atlas.fields ?? []).map((f) => [f.id, f])),
    fieldsByIndustry,
    sectionsById: new Map(atlas.sections.map((s) => [s.id, s])),
  };
}
