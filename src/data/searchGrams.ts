// The folding and character n-grams behind search: which entries (or sentences) hold a given pair of characters, or a
// single character where a one-character query can match, so that a keystroke checks only those instead of every
// name and sentence in the atlas. Keys are small integers (each UTF-16 code unit numbered as first seen), so building
// the index allocates no strings.

const NON_ASCII = /[^\t\n\r -~]/;

/** Full-width letters to ASCII, lower case, single spaces. */
export function foldText(text: string): string {
  return (NON_ASCII.test(text) ? text.normalize('NFKC') : text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Non-ASCII code units classified so far: 0 not yet, 1 a letter or digit, 2 anything else. */
const wordClass = new Uint8Array(65536);

/** True for a letter or digit, by its code unit (ASCII by range, the rest by Unicode class, remembered). */
export function isWordCode(code: number): boolean {
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  if (wordClass[code] === 0) wordClass[code] = /[\p{L}\p{N}]/u.test(String.fromCharCode(code)) ? 1 : 2;
  return wordClass[code] === 1;
}

/** A letter or digit (a word boundary is anything else: "science city", "e-town"). */
export const isWordChar = (c: string | undefined) =>
  c !== undefined && c !== '' && isWordCode(c.charCodeAt(0));

/** Posting lists (item numbers, ascending, no repeats) by one code unit or by a pair of them. */
export interface Grams {
  /** Code unit → its number (1, 2, … in order of first sight; 0: never seen). */
  ids: Uint16Array;
  size: number;
  postings: Map<number, number[]>;
}

const NONE: readonly number[] = [];
const PAIR = 65536;

export const emptyGrams = (): Grams => ({ ids: new Uint16Array(65536), size: 0, postings: new Map() });

function idOf(grams: Grams, code: number): number {
  let id = grams.ids[code];
  if (id === 0 && grams.size < PAIR - 1) id = grams.ids[code] = ++grams.size;
  return id;
}

function post(grams: Grams, key: number, at: number): void {
  const list = grams.postings.get(key);
  if (!list) grams.postings.set(key, [at]);
  else if (list[list.length - 1] !== at) list.push(at);
}

/**
 * Files item `at` (items added in ascending order) under every pair of adjacent code units of `text`, and under the
 * single code units `single` picks (none without it).
 */
export function addText(
  grams: Grams,
  text: string,
  at: number,
  single?: (text: string, i: number) => boolean,
): void {
  let prev = 0;
  for (let i = 0; i < text.length; i++) {
    const id = idOf(grams, text.charCodeAt(i));
    if (single?.(text, i)) post(grams, id, at);
    if (i > 0) post(grams, prev * PAIR + id, at);
    prev = id;
  }
}

/** The shortest posting list among the keys of `text`: every item that can contain `text` is in it. */
export function rarestPostings(grams: Grams, text: string): readonly number[] {
  if (text.length === 0) return NONE;
  const first = grams.ids[text.charCodeAt(0)];
  if (first === 0) return NONE;
  if (text.length === 1) return grams.postings.get(first) ?? NONE;
  let best: readonly number[] | null = null;
  let prev = first;
  for (let i = 1; i < text.length; i++) {
    const id = grams.ids[text.charCodeAt(i)];
    const list = id === 0 ? NONE : (grams.postings.get(prev * PAIR + id) ?? NONE);
    if (best === null || list.length < best.length) best = list;
    if (best.length === 0) break;
    prev = id;
  }
  return best ?? NONE;
}

/** One name of an entry as the name index sees it: folded text, and the folded pinyin of a Chinese name. */
export interface GramName {
  text: string;
  /** True for a Chinese name, where one character matches anywhere; in an English name only at a word's start. */
  anywhere: boolean;
  pinyin?: { full: string; initials: string };
}

/**
 * The index over each entry's names (entries numbered by position): every pair of adjacent characters of a name, its
 * pinyin and its initials; single characters where a one-character query can match — anywhere in a Chinese name, at a
 * word's start in an English one, the first letter of the pinyin (search.ts matches one Latin letter only there).
 */
export function buildGramIndex(entries: readonly (readonly GramName[])[]): Grams {
  const grams = emptyGrams();
  entries.forEach((names, at) => {
    for (const name of names) {
      addText(
        grams,
        name.text,
        at,
        (text, i) => name.anywhere || i === 0 || !isWordCode(text.charCodeAt(i - 1)),
      );
      if (name.pinyin && name.pinyin.full !== '') {
        addText(grams, name.pinyin.full, at, (_, i) => i === 0);
        addText(grams, name.pinyin.initials, at);
      }
    }
  });
  return grams;
}

/** Entries that may match the folded query or its pinyin form (a superset of the matches; ascending, no repeats). */
export function candidatesOf(grams: Grams, folded: string, pinyinQuery: string): readonly number[] {
  const a = rarestPostings(grams, folded);
  if (pinyinQuery === '' || pinyinQuery === folded) return a;
  const b = rarestPostings(grams, pinyinQuery);
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (out.length === 0 || out[out.length - 1] !== x) out.push(x);
  }
  return out;
}

/**
 * Names by what they start with at given places (at 0: the name's prefix; at each word start: its word prefixes): under
 * each code unit and each pair (keys as in `Grams`) the ranks given with the names, ascending, so a short query reads
 * the names it may match best-ranked first and can stop once it has enough. Code units the gram index has not
 * numbered are left out.
 */
export type StartIndex = ReadonlyMap<number, Float64Array>;

const NO_RANKS = new Float64Array(0);

/** Collects names' starts (`add`), then gives their index (`done`). */
export function startIndexBuilder(grams: Grams) {
  const lists = new Map<number, number[]>();
  const file = (key: number, rank: number) => {
    const list = lists.get(key);
    if (!list) lists.set(key, [rank]);
    else if (list[list.length - 1] !== rank) list.push(rank);
  };
  return {
    /** Files `rank` under the pair of code units at `i` of `text`, and under the one at `i` when `single`. */
    add(text: string, i: number, rank: number, single: boolean): void {
      const first = i < text.length ? grams.ids[text.charCodeAt(i)] : 0;
      if (first === 0) return;
      if (single) file(first, rank);
      const second = i + 1 < text.length ? grams.ids[text.charCodeAt(i + 1)] : 0;
      if (second !== 0) file(first * PAIR + second, rank);
    },
    done(): StartIndex {
      const starts = new Map<number, Float64Array>();
      for (const [key, list] of lists) starts.set(key, Float64Array.from(list).sort());
      return starts;
    },
  };
}

/** The ranks of the names with a start that may begin with `text` (same first one or two code units), ascending. */
export function startsOf(starts: StartIndex, grams: Grams, text: string): Float64Array {
  const first = text.length > 0 ? grams.ids[text.charCodeAt(0)] : 0;
  if (first === 0) return NO_RANKS;
  if (text.length === 1) return starts.get(first) ?? NO_RANKS;
  const second = grams.ids[text.charCodeAt(1)];
  return second === 0 ? NO_RANKS : (starts.get(first * PAIR + second) ?? NO_RANKS);
}
