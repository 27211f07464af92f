// Finds place names (area name_zh and aliases_zh) in plan text, longest match first, so the reader can link them to the map.
import type { Area } from '../../data/types';

/** A place name found in the text: [start, end) offsets and the area it names. */
export interface PlaceMatch {
  start: number;
  end: number;
  id: string;
}

/**
 * Names never linked: single characters (京, 冀, 津 are abbreviations inside other words), 一区 (it is the tail of
 * 三城一区 nearly every time), and the city itself (北京/北京市: the whole plan is about it, a link would be noise).
 */
export const UNLINKED_NAMES: ReadonlySet<string> = new Set(['一区', '北京', '北京市']);

export interface PlaceMatcher {
  find(text: string, from?: number, to?: number): PlaceMatch[];
}

export function buildPlaceMatcher(
  areas: readonly Pick<Area, 'id' | 'name_zh' | 'aliases_zh'>[],
): PlaceMatcher {
  const idByName = new Map<string, string>();
  // official names win over aliases when both spell the same text
  for (const area of areas) if (!idByName.has(area.name_zh)) idByName.set(area.name_zh, area.id);
  for (const area of areas)
    for (const alias of area.aliases_zh ?? []) if (!idByName.has(alias)) idByName.set(alias, area.id);
  const byFirst = new Map<string, string[]>();
  for (const name of idByName.keys()) {
    if (name.length < 2 || UNLINKED_NAMES.has(name)) continue;
    byFirst.set(name[0], [...(byFirst.get(name[0]) ?? []), name]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);

  return {
    find(text, from = 0, to = text.length) {
      const found: PlaceMatch[] = [];
      let i = from;
      while (i < to) {
        const candidates = byFirst.get(text[i]);
        const name = candidates?.find((n) => i + n.length <= to && text.startsWith(n, i));
        if (name) {
          found.push({ start: i, end: i + name.length, id: idByName.get(name)! });
          i += name.length;
        } else i += 1;
      }
      return found;
    },
  };
}
