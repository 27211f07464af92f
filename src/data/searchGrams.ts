// The folding and character n-grams behind name search: which entries have a name (or its pinyin, or its initials)
// holding a given pair of characters, or a single character where a one-character query can match it, so that a
// keystroke checks only those entries instead of every name in the atlas.

/** Full-width letters to ASCII, lower case, single spaces. */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A letter or digit (a word boundary is anything else: "science city", "e-town"). */
export const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** One name of an entry as the n-gram index sees it: folded text, and the folded pinyin of a Chinese name. */
export interface GramName {
  text: string;
  /** True for a Chinese name, where one character matches anywhere; in an English name only at a word's start. */
  anywhere: boolean;
  pinyin?: { full: string; initials: string };
}

/** Entry numbers (ascending, no repeats) by character or character pair. */
export type GramIndex = Map<string, number[]>;

const NONE: readonly number[] = [];

/** Adds entry `at` under `key` (entries are added in ascending order). */
export function addPosting(index: Map<string, number[]>, key: string, at: number): void {
  const list = index.get(key);
  if (!list) index.set(key, [at]);
  else if (list[list.length - 1] !== at) list.push(at);
}

/** Adds every character pair of `text` (and, via `single`, chosen single characters) under entry `at`. */
function addPairs(
  index: GramIndex,
  text: string,
  at: number,
  single?: (chars: string[], i: number) => boolean,
) {
  const chars = Array.from(text);
  for (let i = 0; i < chars.length; i++) {
    if (single?.(chars, i)) addPosting(index, chars[i], at);
    if (i + 1 < chars.length) addPosting(index, chars[i] + chars[i + 1], at);
  }
}

/**
 * The index over each entry's names (entries numbered by position). Keys: every character pair of a name, its pinyin
 * and its initials; single characters where a one-character query can match — anywhere in a Chinese name, at a word's
 * start in an English one, the first letter of the pinyin (search.ts matches one Latin letter only there).
 */
export function buildGramIndex(entries: readonly (readonly GramName[])[]): GramIndex {
  const index: GramIndex = new Map();
  entries.forEach((names, at) => {
    for (const name of names) {
      addPairs(index, name.text, at, (chars, i) => name.anywhere || i === 0 || !isWordChar(chars[i - 1]));
      if (name.pinyin && name.pinyin.full !== '') {
        addPairs(index, name.pinyin.full, at, (_, i) => i === 0);
        addPairs(index, name.pinyin.initials, at);
      }
    }
  });
  return index;
}

/** The shortest posting list among the keys of `text`: every entry that can contain `text` is in it. */
export function rarestPostings(
  index: ReadonlyMap<string, readonly number[]>,
  text: string,
): readonly number[] {
  const chars = Array.from(text);
  if (chars.length === 0) return NONE;
  if (chars.length === 1) return index.get(chars[0]) ?? NONE;
  let best: readonly number[] | null = null;
  for (let i = 0; i + 1 < chars.length; i++) {
    const list = index.get(chars[i] + chars[i + 1]) ?? NONE;
    if (best === null || list.length < best.length) best = list;
    if (best.length === 0) break;
  }
  return best ?? NONE;
}

/** Entries that may match the folded query or its pinyin form (a superset of the matches; ascending, no repeats). */
export function candidatesOf(index: GramIndex, folded: string, pinyinQuery: string): readonly number[] {
  const a = rarestPostings(index, folded);
  if (pinyinQuery === '' || pinyinQuery === folded) return a;
  const b = rarestPostings(index, pinyinQuery);
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
