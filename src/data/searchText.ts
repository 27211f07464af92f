// Full-text search over the plan sentences attached to places, industries and links: the Chinese text through its
// character pairs, our English translations through the first three letters of each word. Built once when the search
// loads, from atlas.json (which already holds every sentence, so search.json does not repeat them).
import {
  addText,
  emptyGrams,
  foldText,
  isWordChar,
  isWordCode,
  rarestPostings,
  type Grams,
} from './searchGrams';
import type { SearchResultType } from './search';
import type { Atlas } from './types';

/** One plan sentence and the search entry it is attached to (an area's task, an industry's statement, a link). */
export interface SearchSentence {
  type: SearchResultType;
  id: string;
  section: string;
  zh: string;
  en: string;
}

/** Where a query occurs in a sentence: the text around it (cut ends marked "…"), in the language it matched. */
export interface Snippet {
  section: string;
  lang: 'zh' | 'en';
  /** The whole sentence, verbatim (zh) or our translation (en). */
  sentence: string;
  before: string;
  match: string;
  after: string;
}

interface IndexedSentence extends SearchSentence {
  entry: number;
  zhFolded: string;
  enFolded: string;
}

export interface TextIndex {
  sentences: IndexedSentence[];
  /** Sentence numbers by character pair of the Chinese text. */
  zh: Grams;
  /** Sentence numbers by the first three letters of each English word. */
  en: Map<string, number[]>;
}

/** Characters of context shown before and after the match. */
const BEFORE = 14;
const AFTER = 22;
const EN_KEY = 3;

/**
 * The sentences search reads, in atlas order: each area's tasks, each city-wide statement under every industry it
 * names, each link's sentence under its pair of places (the pair's entry is named by its first link, as in search.ts).
 */
export function sentencesOf(
  atlas: Pick<Atlas, 'areas'> & Partial<Pick<Atlas, 'links' | 'statements'>>,
): SearchSentence[] {
  const out: SearchSentence[] = [];
  for (const a of atlas.areas)
    for (const t of a.tasks) out.push({ type: 'area', id: a.id, section: t.section, zh: t.zh, en: t.en });
  for (const s of atlas.statements ?? [])
    for (const id of s.industries) out.push({ type: 'industry', id, section: s.section, zh: s.zh, en: s.en });
  const pairEntry = new Map<string, string>();
  for (const l of atlas.links ?? []) {
    const pair = [l.from, l.to].sort().join('|');
    if (!pairEntry.has(pair)) pairEntry.set(pair, l.id);
    out.push({ type: 'link', id: pairEntry.get(pair)!, section: l.section, zh: l.zh, en: l.en });
  }
  return out;
}

/** The index over `sentences`; `entryAt` numbers the search entries by "type:id" (a sentence of no entry is left out). */
export function buildTextIndex(
  sentences: readonly SearchSentence[],
  entryAt: ReadonlyMap<string, number>,
): TextIndex {
  const index: TextIndex = { sentences: [], zh: emptyGrams(), en: new Map() };
  for (const s of sentences) {
    const entry = entryAt.get(`${s.type}:${s.id}`);
    if (entry === undefined) continue;
    const at = index.sentences.length;
    const zhFolded = foldText(s.zh);
    const enFolded = foldText(s.en);
    index.sentences.push({ ...s, entry, zhFolded, enFolded });
    addText(index.zh, zhFolded, at);
    // each word of three letters or more, under its first three
    for (let i = 0, start = 0; i <= enFolded.length; i++) {
      if (i < enFolded.length && isWordCode(enFolded.charCodeAt(i))) continue;
      if (i - start >= EN_KEY) {
        const key = enFolded.slice(start, start + EN_KEY);
        const list = index.en.get(key);
        if (!list) index.en.set(key, [at]);
        else if (list[list.length - 1] !== at) list.push(at);
      }
      start = i + 1;
    }
  }
  return index;
}

/** First place in `text` where `query` starts a word, or -1. */
function wordStart(text: string, query: string): number {
  for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + 1))
    if (at === 0 || !isWordChar(text[at - 1])) return at;
  return -1;
}

function snippetOf(s: IndexedSentence, lang: 'zh' | 'en', at: number, length: number): Snippet {
  const original = lang === 'zh' ? s.zh : s.en;
  const folded = lang === 'zh' ? s.zhFolded : s.enFolded;
  // folding keeps positions for the plan's text; where it does not (rare compatibility characters), show the folded form
  const text = original.length === folded.length ? original : folded;
  let from = Math.max(0, at - BEFORE);
  let to = Math.min(text.length, at + length + AFTER);
  if (lang === 'en') {
    // English is cut between words: "…fields such as" rather than "…ields such as"
    while (from > 0 && from < at && isWordChar(text[from - 1])) from++;
    while (to < text.length && to > at + length && isWordChar(text[to])) to--;
  }
  return {
    section: s.section,
    lang,
    sentence: original,
    before: (from > 0 ? '…' : '') + text.slice(from, at),
    match: text.slice(at, at + length),
    after: text.slice(at + length, to) + (to < text.length ? '…' : ''),
  };
}

export interface TextHit {
  /** The search entry's number. */
  entry: number;
  /** How many of its sentences contain the query. */
  count: number;
  /** The first of them. */
  snippet: Snippet;
}

/**
 * Entries whose sentences contain the folded query: a query with Chinese characters (two or more) in the plan's text,
 * a Latin one (its first word three letters or more) at a word's start in our translations. In sentence order.
 */
export function searchSentences(index: TextIndex, folded: string): TextHit[] {
  const hits = new Map<number, TextHit>();
  const record = (s: IndexedSentence, lang: 'zh' | 'en', at: number) => {
    const hit = hits.get(s.entry);
    if (hit) hit.count++;
    else hits.set(s.entry, { entry: s.entry, count: 1, snippet: snippetOf(s, lang, at, folded.length) });
  };
  if (/\p{Script=Han}/u.test(folded)) {
    if (folded.length < 2) return [];
    for (const n of rarestPostings(index.zh, folded)) {
      const s = index.sentences[n];
      const at = s.zhFolded.indexOf(folded);
      if (at >= 0) record(s, 'zh', at);
    }
  } else {
    const first = folded.match(/^[\p{L}\p{N}]+/u)?.[0];
    if (!first || first.length < EN_KEY) return [];
    for (const n of index.en.get(first.slice(0, EN_KEY)) ?? []) {
      const s = index.sentences[n];
      const at = wordStart(s.enFolded, folded);
      if (at >= 0) record(s, 'en', at);
    }
  }
  return [...hits.values()];
}
