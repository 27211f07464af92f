// Builds the search entries (names, aliases and their pinyin) from an atlas; uses pinyin-pro, so keep it off the main bundle.
//
// Run it at build time (write the entries next to atlas.json) or load it with `import('./searchEntries')` when
// search is first used: pinyin-pro alone is ~145 kB gzip (measured with esbuild --minify, see the report).
import { pinyin } from 'pinyin-pro';
import { buildSearchIndex, type SearchEntry, type SearchIndex } from './search';
import type { Atlas } from './types';

/** Toneless lower-case pinyin syllables of `text` (ü as v); letters and digits in the text are kept as they are. */
export function pinyinSyllables(text: string): string[] {
  const out: string[] = [];
  // Han runs become syllables (in context, for polyphones like 朝阳); Latin letters and digits stay one word ("5g").
  for (const run of text.normalize('NFKC').match(/\p{Script=Han}+|[A-Za-z0-9]+/gu) ?? []) {
    if (/^[A-Za-z0-9]+$/.test(run)) out.push(run.toLowerCase());
    else out.push(...pinyin(run, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase()));
  }
  return out.filter((s) => /^[a-z0-9]+$/.test(s));
}

/** One entry per area and per industry, in atlas order. */
export function buildSearchEntries(atlas: Pick<Atlas, 'areas' | 'industries'>): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const a of atlas.areas) {
    const names_zh = [a.name_zh, ...(a.aliases_zh ?? [])];
    entries.push({
      type: 'area',
      id: a.id,
      label_zh: a.name_zh,
      label_en: a.name_en,
      kind: a.kind,
      names_zh,
      names_en: [a.name_en, ...(a.aliases_en ?? [])],
      pinyin: names_zh.map(pinyinSyllables),
    });
  }
  for (const i of atlas.industries) {
    entries.push({
      type: 'industry',
      id: i.id,
      label_zh: i.zh,
      label_en: i.en,
      kind: null,
      names_zh: [i.zh],
      names_en: [i.en],
      pinyin: [pinyinSyllables(i.zh)],
    });
  }
  return entries;
}

/** Convenience for tests and the lazy path: entries and index in one go. */
export function buildSearchIndexFromAtlas(atlas: Pick<Atlas, 'areas' | 'industries'>): SearchIndex {
  return buildSearchIndex(buildSearchEntries(atlas));
}
