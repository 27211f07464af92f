// Builds the search entries (names, aliases and their pinyin; links by their ends) from an atlas; uses pinyin-pro, so keep it off the main bundle.
//
// Run only at build time (scripts/build-data.ts writes data/search.json): pinyin-pro alone is ~145 kB gzip, so it
// never ships to the browser.
import { pinyin } from 'pinyin-pro';
import {
  buildNameEntries,
  buildSearchIndex,
  type SearchEntry,
  type SearchIndex,
  type SearchableAtlas,
} from '../../src/data/search';
import { sentencesOf } from '../../src/data/searchText';
import type { Synonyms } from '../../src/data/types';

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

/** One entry per area, per industry, per field and per pair of linked places, in atlas order, with the pinyin of every Chinese name. */
export function buildSearchEntries(atlas: SearchableAtlas, synonyms?: Synonyms): SearchEntry[] {
  return buildNameEntries(atlas, pinyinSyllables, synonyms);
}

/** Convenience for tests and benchmarks: entries (with pinyin) and the index over them and the atlas's sentences. */
export function buildSearchIndexFromAtlas(atlas: SearchableAtlas, synonyms?: Synonyms): SearchIndex {
  return buildSearchIndex(buildSearchEntries(atlas, synonyms), sentencesOf(atlas));
}
