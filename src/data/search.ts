// Search over areas, industries, the plan's fields and links (by either end) by Chinese name, English name, full pinyin and
// pinyin initials, and over the plan sentences attached to them (pure, no pinyin library). Names are found through an
// n-gram index (src/data/searchGrams.ts) and sentences through searchText.ts, so a keystroke costs what it finds, not
// what the atlas holds.
//
// The pinyin itself is computed once, at build time, by `buildSearchEntries` (scripts/content/searchEntries.ts, which uses
// pinyin-pro). That library is ~145 kB gzip, more than the app's whole JS budget, so the browser never imports it: the
// build writes the entries into data/search.json.
import { AREA_KINDS, areaKindRank } from './areaKinds';
import {
  buildGramIndex,
  candidatesOf,
  foldText,
  isWordChar,
  isWordCode,
  startIndexBuilder,
  startsOf,
  type Grams,
  type StartIndex,
} from './searchGrams';
import {
  buildTextIndex,
  searchSentences,
  sentencesOf,
  type SearchSentence,
  type Snippet,
  type TextIndex,
} from './searchText';
import type { AreaKind, Atlas, Synonyms } from './types';

export type { SearchSentence, Snippet };
export type SearchResultType = 'area' | 'industry' | 'field' | 'link';

/** One searchable thing with every name it answers to; plain JSON, so the build can precompute it. */
export interface SearchEntry {
  type: SearchResultType;
  id: string;
  label_zh: string;
  label_en: string;
  /** Area kind (ties rank districts before sub-parks); null for an industry, a field or a link. */
  kind: AreaKind | null;
  /** Chinese name first, then aliases (a link: "北京 — 天津", then each end's name). */
  names_zh: string[];
  /** English name first, then aliases. */
  names_en: string[];
  /** Toneless lower-case pinyin syllables of each `names_zh` entry, same order (ü written v). */
  pinyin: string[][];
}

/**
 * How a query met an entry, best first; the score order is exact > words > prefix > word-prefix > initials >
 * substring > text. 'words': an English name begins with the query as whole words ("AI" in "AI pilot zone", not in
 * "Airborne avionics"), unless the query spells, in pinyin, how any Chinese name in the index begins (then it is read
 * as pinyin for every entry); 'text': the query occurs only in a plan sentence attached to the entry.
 */
export type MatchKind = 'exact' | 'words' | 'prefix' | 'word-prefix' | 'initials' | 'substring' | 'text';
export type SearchField =
  'name_zh' | 'alias_zh' | 'name_en' | 'alias_en' | 'pinyin' | 'initials' | 'sentence';

export const MATCH_SCORES: Readonly<Record<MatchKind, number>> = {
  exact: 100,
  words: 90,
  prefix: 80,
  'word-prefix': 60,
  initials: 40,
  substring: 20,
  text: 10,
};
/** Initials met inside a name (中关村怀柔园 for "hr") rank just under initials met at its start. */
const INNER_INITIALS_PENALTY = 5;

export interface SearchResult {
  type: SearchResultType;
  id: string;
  label_zh: string;
  label_en: string;
  score: number;
  /** Which of the entry's names matched. */
  matchedOn: SearchField;
  match: MatchKind;
  /** The name (or alias) that matched, as written, for "also called …" hints; for a text match, the sentence. */
  matchedText: string;
  /** For a text match: where the query occurs in the entry's first matching sentence. */
  snippet?: Snippet;
}

interface IndexedName {
  field: SearchField;
  text: string;
  /** Lower-cased, NFKC-folded form compared with the query. */
  folded: string;
  /** Length in characters (code points), for "shorter names first". */
  chars: number;
  /** Pinyin joined with no spaces, its initials, and where each syllable starts in `full`. */
  pinyin?: { full: string; initials: string; starts: number[] };
}

interface IndexedEntry {
  entry: SearchEntry;
  names: IndexedName[];
  kindRank: number;
  /** Place in Chinese name order (then id), computed once, so ranking a keystroke's hits needs no collation. */
  nameRank: number;
}

export interface SearchIndex {
  entries: IndexedEntry[];
  /** Entry numbers by the n-grams of their names, pinyin and initials. */
  grams: Grams;
  /** Names and pinyin by how they start, each list in ranking order (`matchRank`). */
  starts: StartIndex;
  /** Names by how their inner words start and pinyin by how its inner syllables start, in ranking order. */
  wordStarts: StartIndex;
  /** Entry numbers by each folded name and pinyin they hold, for exact matches. */
  exact: ReadonlyMap<string, readonly number[]>;
  /** Entry numbers by each run of whole words an English name of theirs begins with (shorter than the name). */
  leadingWords: ReadonlyMap<string, readonly number[]>;
  /** Every name's pinyin joined, sorted: whether a Latin query spells how some Chinese name begins. */
  pinyinSorted: readonly string[];
  /** The entry number of each place in Chinese name order. */
  byNameRank: readonly number[];
  /** The plan sentences attached to the entries (empty when the index was built from names alone). */
  text: TextIndex;
}

/**
 * Industries rank after every area kind on ties (areas follow AREA_KINDS: districts before sub-parks), then the fields
 * under them, links last.
 */
const INDUSTRY_RANK = AREA_KINDS.length;
const FIELD_RANK_OF_TYPE = INDUSTRY_RANK + 1;
const LINK_RANK = FIELD_RANK_OF_TYPE + 1;
const RANK_OF_TYPE: Readonly<Record<Exclude<SearchResultType, 'area'>, number>> = {
  industry: INDUSTRY_RANK,
  field: FIELD_RANK_OF_TYPE,
  link: LINK_RANK,
};

export { foldText };

/** A query as pinyin: letters and digits only, ü as v ("Huái róu" → "huairou", "lü" → "lv"). */
export function foldPinyin(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ü/g, 'v')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

function indexPinyin(syllables: readonly string[]): IndexedName['pinyin'] {
  const clean = syllables.map(foldPinyin).filter((s) => s !== '');
  const starts: number[] = [];
  let full = '';
  for (const s of clean) {
    starts.push(full.length);
    full += s;
  }
  return { full, initials: clean.map((s) => s[0]).join(''), starts };
}

/** One collator for the whole module: `localeCompare` with a locale builds a new one per call (slow in V8). */
const zhCollator = new Intl.Collator('zh-Hans-CN');

/**
 * Prepare entries (and the plan sentences attached to them) for searching: cheap, no pinyin library needed; a sentence
 * whose owner is not among the entries is left out.
 */
export function buildSearchIndex(
  entries: readonly SearchEntry[],
  sentences: readonly SearchSentence[] = [],
): SearchIndex {
  const byName = entries
    .map((entry, at) => ({ entry, at }))
    .sort(
      (a, b) =>
        zhCollator.compare(a.entry.label_zh, b.entry.label_zh) ||
        (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0),
    );
  const nameRanks = new Array<number>(entries.length);
  byName.forEach(({ at }, rank) => (nameRanks[at] = rank));
  const indexed = (text: string, field: SearchField): IndexedName => ({
    field,
    text,
    folded: foldText(text),
    chars: Array.from(text).length,
  });
  const indexedEntries = entries.map((entry, at): IndexedEntry => {
    const names: IndexedName[] = [];
    entry.names_zh.forEach((text, i) => {
      names.push({
        ...indexed(text, i === 0 ? 'name_zh' : 'alias_zh'),
        pinyin: indexPinyin(entry.pinyin[i] ?? []),
      });
    });
    entry.names_en.forEach((text, i) => names.push(indexed(text, i === 0 ? 'name_en' : 'alias_en')));
    const kindRank =
      entry.kind !== null
        ? areaKindRank(entry.kind)
        : entry.type === 'area'
          ? INDUSTRY_RANK
          : RANK_OF_TYPE[entry.type];
    return { entry, names, kindRank, nameRank: nameRanks[at] };
  });
  const grams = buildGramIndex(
    indexedEntries.map((e) =>
      e.names.map((n) => ({
        text: n.folded,
        anywhere: n.field === 'name_zh' || n.field === 'alias_zh',
        pinyin: n.pinyin && { full: n.pinyin.full, initials: n.pinyin.initials },
      })),
    ),
  );
  const starts = startIndexBuilder(grams);
  const wordStarts = startIndexBuilder(grams);
  const exact = new Map<string, number[]>();
  const leadingWords = new Map<string, number[]>();
  const addTo = (map: Map<string, number[]>, text: string, at: number) => {
    const list = map.get(text);
    if (!list) map.set(text, [at]);
    else if (list[list.length - 1] !== at) list.push(at);
  };
  const addExact = (text: string, at: number) => addTo(exact, text, at);
  if (entries.length < NAME_RANKS)
    indexedEntries.forEach((e, at) => {
      for (const { field, folded, chars, pinyin } of e.names) {
        const rank = matchRank(isAlias(field), chars, e.kindRank, e.nameRank);
        starts.add(folded, 0, rank, true);
        for (let i = 1; i < folded.length; i++)
          if (!isWordCode(folded.charCodeAt(i - 1))) wordStarts.add(folded, i, rank, true);
        addExact(folded, at);
        if (isEnglish(field))
          for (let i = 1; i < folded.length; i++)
            if (endsWord(folded, i)) addTo(leadingWords, folded.slice(0, i), at);
        if (pinyin && pinyin.full !== '') {
          // a pinyin match is never an alias match (it is ranked as 'pinyin'); inner syllables match two letters or more
          const pinyinRank = matchRank(false, chars, e.kindRank, e.nameRank);
          starts.add(pinyin.full, 0, pinyinRank, true);
          for (const s of pinyin.starts) if (s > 0) wordStarts.add(pinyin.full, s, pinyinRank, false);
          addExact(pinyin.full, at);
        }
      }
    });
  const entryAt = new Map(entries.map((e, at) => [`${e.type}:${e.id}`, at]));
  return {
    entries: indexedEntries,
    grams,
    starts: starts.done(),
    wordStarts: wordStarts.done(),
    exact,
    leadingWords,
    pinyinSorted: indexedEntries
      .flatMap((e) => e.names.flatMap((n) => (n.pinyin && n.pinyin.full !== '' ? [n.pinyin.full] : [])))
      .sort(),
    byNameRank: byName.map(({ at }) => at),
    text: buildTextIndex(sentences, entryAt),
  };
}

/** Name ranks are packed below this in `matchRank` (an index of more entries has no start lists and scans). */
const NAME_RANKS = 2 ** 21;
/** Names longer than this rank as this long in `matchRank` (no real name is). */
const MAX_RANKED_CHARS = 1023;

/**
 * Where a match of a name stands among matches of the same kind, as one number (smaller first), in the order
 * searchAtlas ranks them: own name before alias, shorter name, area kind, Chinese name order (unique per entry, the
 * low bits).
 */
function matchRank(alias: boolean, chars: number, kindRank: number, nameRank: number): number {
  return ((Number(alias) * 1024 + Math.min(chars, MAX_RANKED_CHARS)) * 16 + kindRank) * NAME_RANKS + nameRank;
}

interface Hit {
  score: number;
  match: MatchKind;
  field: SearchField;
  text: string;
  /** Length of what was compared, for "shorter names first". */
  length: number;
}

const isEnglish = (field: SearchField) => field === 'name_en' || field === 'alias_en';
/** True when `text` has a whole word ending at `at` (a letter or digit before it, none at it). */
const endsWord = (text: string, at: number) =>
  at > 0 && isWordCode(text.charCodeAt(at - 1)) && !isWordCode(text.charCodeAt(at));

/** Where `query` matches `text` as exact, prefix, word-prefix or substring (text and query already folded). */
function matchText(text: string, query: string, allowSubstring: boolean): MatchKind | null {
  if (text === query) return 'exact';
  if (text.startsWith(query)) return 'prefix';
  let at = text.indexOf(query, 1);
  let inner = false;
  while (at > 0) {
    inner = true;
    // A boundary: the character before is not a letter/digit ("science city" in "huairou science city", "e-town").
    if (!isWordChar(text[at - 1])) return 'word-prefix';
    at = text.indexOf(query, at + 1);
  }
  return inner && allowSubstring ? 'substring' : null;
}

function matchName(name: IndexedName, folded: string, pinyinQuery: string, wordsMatch: boolean): Hit | null {
  const hits: Hit[] = [];
  const chars = name.chars;
  const isZh = name.field === 'name_zh' || name.field === 'alias_zh';
  // A single Chinese character is a meaningful query; a single Latin letter inside a word is noise.
  let direct = matchText(name.folded, folded, isZh || folded.length >= 3);
  if (wordsMatch && direct === 'prefix' && isEnglish(name.field) && endsWord(name.folded, folded.length))
    direct = 'words';
  if (direct)
    hits.push({
      score: MATCH_SCORES[direct],
      match: direct,
      field: name.field,
      text: name.text,
      length: chars,
    });
  const py = name.pinyin;
  if (py && py.full !== '' && pinyinQuery !== '') {
    let match: MatchKind | null = null;
    let score = 0;
    let field: SearchField = 'pinyin';
    if (py.full === pinyinQuery) match = 'exact';
    else if (py.full.startsWith(pinyinQuery)) match = 'prefix';
    else if (pinyinQuery.length >= 2 && py.starts.some((s) => s > 0 && py.full.startsWith(pinyinQuery, s))) {
      match = 'word-prefix';
    }
    if (match) score = MATCH_SCORES[match];
    else if (pinyinQuery.length >= 2 && py.initials.startsWith(pinyinQuery)) {
      [match, score, field] = ['initials', MATCH_SCORES.initials, 'initials'];
    } else if (pinyinQuery.length >= 2 && py.initials.includes(pinyinQuery)) {
      [match, score, field] = ['initials', MATCH_SCORES.initials - INNER_INITIALS_PENALTY, 'initials'];
    } else if (pinyinQuery.length >= 3 && py.full.includes(pinyinQuery)) {
      [match, score] = ['substring', MATCH_SCORES.substring];
    }
    if (match) hits.push({ score, match, field, text: name.text, length: chars });
  }
  return hits.reduce<Hit | null>((best, h) => (best === null || h.score > best.score ? h : best), null);
}

const FIELD_RANK: Readonly<Record<SearchField, number>> = {
  name_zh: 0,
  // pinyin before English, so "huairou" compares 怀柔区 with 怀柔园 by their Chinese length, not "Huairou District"
  pinyin: 1,
  initials: 2,
  name_en: 3,
  alias_zh: 4,
  alias_en: 5,
  sentence: 6,
};
const isAlias = (field: SearchField) => field === 'alias_zh' || field === 'alias_en';

/** The best way `item`'s names meet the query: highest score, then the name before its pinyin, English and aliases. */
function bestHit(item: IndexedEntry, folded: string, pinyinQuery: string, wordsMatch: boolean): Hit | null {
  let best: Hit | null = null;
  for (const name of item.names) {
    const hit = matchName(name, folded, pinyinQuery, wordsMatch);
    if (
      hit &&
      (best === null ||
        hit.score > best.score ||
        (hit.score === best.score && FIELD_RANK[hit.field] < FIELD_RANK[best.field]))
    ) {
      best = hit;
    }
  }
  return best;
}

/** True when some pinyin in `sorted` begins with `query` (a non-empty pinyin query). */
function spellsSomeChinese(sorted: readonly string[], query: string): boolean {
  if (query === '') return false;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < query) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo].startsWith(query);
}

/** Result lists up to this long are kept ranked while they fill, and read from the start lists first. */
const BOUNDED_LIMIT = 100;

interface Found {
  item: IndexedEntry;
  hit: Hit;
}

/** The ranking of name matches: score, own name before alias, shorter name, area kind, Chinese name order. */
const byRank = (a: Found, b: Found): number =>
  b.hit.score - a.hit.score ||
  Number(isAlias(a.hit.field)) - Number(isAlias(b.hit.field)) ||
  a.hit.length - b.hit.length ||
  a.item.kindRank - b.item.kindRank ||
  a.item.nameRank - b.item.nameRank;

/** Puts `f` into `best` (ranked, at most `limit` long) if it ranks among the first `limit`. */
function keepBest(best: Found[], f: Found, limit: number): void {
  if (best.length === limit && byRank(f, best[limit - 1]) >= 0) return;
  let lo = 0;
  let hi = best.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (byRank(best[mid], f) < 0) lo = mid + 1;
    else hi = mid;
  }
  best.splice(lo, 0, f);
  if (best.length > limit) best.pop();
}

/** True when a match of `rank` (matchRank) scoring `score` could rank above `worst`. */
function mayRankAbove(rank: number, score: number, worst: Found): boolean {
  if (worst.hit.score !== score) return worst.hit.score < score;
  if (worst.hit.length >= MAX_RANKED_CHARS) return true;
  return (
    rank < matchRank(isAlias(worst.hit.field), worst.hit.length, worst.item.kindRank, worst.item.nameRank)
  );
}

/**
 * Ranked results for `query`: best match kind first, then an entry's own name before an alias, then shorter matched
 * names, then districts before sub-parks (areas before industries, fields, links), then Chinese name order; after every
 * name match, the entries whose attached plan sentences contain the query (most matching sentences first), each with
 * its first matching snippet. An empty query gives nothing.
 */
export function searchAtlas(index: SearchIndex, query: string, limit = 20): SearchResult[] {
  const folded = foldText(query);
  if (folded === '' || limit <= 0) return [];
  // Pinyin only for queries written in Latin letters (plus spaces, apostrophes, digits and tone marks).
  const pinyinQuery = /^[\p{Script=Latin}0-9\s'’-]+$/u.test(folded) ? foldPinyin(folded) : '';
  const found: Found[] = [];
  // a short result list is kept ranked as it fills; a long one (a list of every match) is sorted once at the end
  const bounded = limit <= BOUNDED_LIMIT;
  const best: Found[] = [];
  const seen = new Set<number>();
  // a query that spells how some Chinese name begins is read as pinyin ("huairou": 怀柔区 before 怀柔园, by their
  // Chinese length), for every entry: not as the first word of English names ("Huairou National Science Center")
  const wordsMatch = !spellsSomeChinese(index.pinyinSorted, pinyinQuery);
  const consider = (at: number) => {
    if (seen.has(at)) return;
    seen.add(at);
    const item = index.entries[at];
    const hit = bestHit(item, folded, pinyinQuery, wordsMatch);
    if (hit) {
      found.push({ item, hit });
      if (bounded) keepBest(best, found[found.length - 1], limit);
    }
  };
  // Exact and whole-words matches first (all of them), then prefix and word-prefix matches, each kind best-ranked
  // first; once `limit` found rank above what the next start could give, and above any later kind, the other
  // candidates (initials or substring matches at best) rank below them and are not read.
  const otherPinyin = pinyinQuery !== '' && pinyinQuery !== folded;
  for (const at of index.exact.get(folded) ?? []) consider(at);
  if (otherPinyin) for (const at of index.exact.get(pinyinQuery) ?? []) consider(at);
  // every name beginning with the query as whole words is listed here, so the walk through the starts below meets
  // only plain prefix matches it has not seen
  if (wordsMatch) for (const at of index.leadingWords.get(folded) ?? []) consider(at);
  const walk = (starts: StartIndex, score: number) => {
    const names = startsOf(starts, index.grams, folded);
    const pinyin = otherPinyin ? startsOf(starts, index.grams, pinyinQuery) : names.subarray(0, 0);
    for (let i = 0, j = 0; i < names.length || j < pinyin.length;) {
      const rank =
        j >= pinyin.length || (i < names.length && names[i] <= pinyin[j]) ? names[i++] : pinyin[j++];
      if (best.length === limit && !mayRankAbove(rank, score, best[limit - 1])) break;
      consider(index.byNameRank[rank % NAME_RANKS]);
    }
    return best.length === limit && best[limit - 1].hit.score >= score;
  };
  const enough =
    bounded &&
    (walk(index.starts, MATCH_SCORES.prefix) || walk(index.wordStarts, MATCH_SCORES['word-prefix']));
  if (!enough) for (const at of candidatesOf(index.grams, folded, pinyinQuery)) consider(at);
  const ranked = bounded ? best : found.sort(byRank).slice(0, limit);
  const results = ranked.map(({ item, hit }): SearchResult => ({
    type: item.entry.type,
    id: item.entry.id,
    label_zh: item.entry.label_zh,
    label_en: item.entry.label_en,
    score: hit.score,
    matchedOn: hit.field,
    match: hit.match,
    matchedText: hit.text,
  }));
  if (results.length >= limit) return results;
  const named = new Set(found.map(({ item }) => item));
  const inText = searchSentences(index.text, folded)
    .map(({ entry, count, snippet }) => ({ item: index.entries[entry], count, snippet }))
    .filter(({ item }) => !named.has(item))
    .sort(
      (a, b) => b.count - a.count || a.item.kindRank - b.item.kindRank || a.item.nameRank - b.item.nameRank,
    );
  for (const { item, snippet } of inText.slice(0, limit - results.length)) {
    results.push({
      type: item.entry.type,
      id: item.entry.id,
      label_zh: item.entry.label_zh,
      label_en: item.entry.label_en,
      score: MATCH_SCORES.text,
      matchedOn: 'sentence',
      match: 'text',
      matchedText: snippet.sentence,
      snippet,
    });
  }
  return results;
}

/** What search reads from an atlas: areas, industries and (when given) fields, links and city-wide statements. */
export type SearchableAtlas = Pick<Atlas, 'areas' | 'industries'> &
  Partial<Pick<Atlas, 'fields' | 'links' | 'statements'>>;

/**
 * One entry per area, per industry, per field and per pair of linked places (named by the pair's first link, found by
 * either end's names), in atlas order; `pinyinOf` gives the toneless syllables of a Chinese name (the build passes
 * pinyin-pro's; the browser fallback passes none).
 */
export function buildNameEntries(
  atlas: SearchableAtlas,
  pinyinOf: (text: string) => string[],
  synonyms?: Synonyms,
): SearchEntry[] {
  const entries: SearchEntry[] = [];
  const unique = (names: string[]): string[] => [...new Set(names)];
  for (const a of atlas.areas) {
    const more = synonyms?.areas[a.id];
    const names_zh = unique([a.name_zh, ...(a.aliases_zh ?? []), ...(more?.zh ?? [])]);
    entries.push({
      type: 'area',
      id: a.id,
      label_zh: a.name_zh,
      label_en: a.name_en,
      kind: a.kind,
      names_zh,
      names_en: unique([a.name_en, ...(a.aliases_en ?? []), ...(more?.en ?? [])]),
      pinyin: names_zh.map(pinyinOf),
    });
  }
  for (const i of atlas.industries) {
    const more = synonyms?.industries[i.id];
    const names_zh = unique([i.zh, ...(more?.zh ?? [])]);
    entries.push({
      type: 'industry',
      id: i.id,
      label_zh: i.zh,
      label_en: i.en,
      kind: null,
      names_zh,
      names_en: unique([i.en, ...(more?.en ?? [])]),
      pinyin: names_zh.map(pinyinOf),
    });
  }
  for (const f of atlas.fields ?? []) {
    const more = synonyms?.fields?.[f.id];
    const names_zh = unique([f.zh, ...(more?.zh ?? [])]);
    entries.push({
      type: 'field',
      id: f.id,
      label_zh: f.zh,
      label_en: f.en,
      kind: null,
      names_zh,
      names_en: unique([f.en, ...(more?.en ?? [])]),
      pinyin: names_zh.map(pinyinOf),
    });
  }
  const areasById = new Map(atlas.areas.map((a) => [a.id, a]));
  const pairs = new Set<string>();
  for (const link of atlas.links ?? []) {
    const from = areasById.get(link.from);
    const to = areasById.get(link.to);
    const pair = [link.from, link.to].sort().join('|');
    if (!from || !to || pairs.has(pair)) continue;
    pairs.add(pair);
    const label_zh = `${from.name_zh} — ${to.name_zh}`;
    const names_zh = [label_zh, from.name_zh, to.name_zh];
    entries.push({
      type: 'link',
      id: link.id,
      label_zh,
      label_en: `${from.name_en} — ${to.name_en}`,
      kind: null,
      names_zh,
      names_en: [`${from.name_en} — ${to.name_en}`, from.name_en, to.name_en],
      pinyin: names_zh.map(pinyinOf),
    });
  }
  return entries;
}

/**
 * The search index for `atlas`: from the build's precomputed entries (with pinyin); without them (search.json
 * missing) from the names alone, so Chinese and English still work and pinyin-pro never ships to the browser. The
 * sentences come from the atlas itself either way (atlas.json already holds them; search.json does not repeat them).
 */
export function loadSearchIndex(
  atlas: SearchableAtlas,
  precomputed?: readonly SearchEntry[] | null,
): SearchIndex {
  return buildSearchIndex(precomputed ?? buildNameEntries(atlas, () => []), sentencesOf(atlas));
}
