// Searches people type, against the real content with its synonyms and attached sentences: the intended result comes
// first; a phrase that occurs only in a plan sentence finds the places and industries that sentence is attached to,
// below every name match, with the snippet; the n-gram index finds exactly what a scan of every name finds.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/lib/readContent';
import { buildAtlasFromContent } from '../../scripts/lib/buildAtlas';
import { buildSearchIndexFromAtlas } from '../../scripts/content/searchEntries';
import { validateContent } from '../../scripts/content/validateContent';
import { searchAtlas, type SearchIndex } from '../../src/data/search';
import { sentencesOf } from '../../src/data/searchText';
import type { Synonyms } from '../../src/data/types';

const content = readContent(process.cwd());
const atlas = buildAtlasFromContent(content);
const index = buildSearchIndexFromAtlas(atlas, content.synonyms as Synonyms);
const key = (r: { type: string; id: string }) => `${r.type}:${r.id}`;

// What a user means by each query (the first result they expect), in both languages.
const QUERIES: Array<[query: string, first: string]> = [
  ['AI', 'industry:ai'],
  ['人工智能', 'industry:ai'],
  ['IC', 'industry:ic'],
  ['chips', 'industry:ic'],
  ['芯片', 'industry:ic'],
  ['EV', 'industry:nev'],
  ['新能源车', 'industry:nev'],
  ['biotech', 'industry:biotech'],
  ['drones', 'industry:drones'],
  ['无人机', 'industry:drones'],
  ['self-driving', 'industry:connected-vehicles'],
  ['quantum', 'industry:quantum'],
  ['量子', 'industry:quantum'],
  ['fintech', 'industry:fintech'],
  ['长安链', 'industry:blockchain'],
  ['南箭北星', 'industry:aerospace'],
  // the plan's own fields: the specific term beats its coarse industry
  ['新型存储器', 'field:new-memory'],
  ['memory', 'field:new-memory'],
  ['车规级芯片', 'field:automotive-chips'],
  ['疫苗', 'field:vaccines'],
  ['vaccines', 'field:vaccines'],
  ['石墨烯', 'field:graphene'],
  ['graphene', 'field:graphene'],
  ['航空发动机', 'field:aero-engines'],
  ['卫星遥感', 'field:satellite-remote-sensing'],
  ['亦庄', 'area:etdz'],
  ['BDA', 'area:etdz'],
  ['E-Town', 'area:etdz'],
  ['ZGC', 'area:zgc'],
  ['中关村', 'area:zgc'],
  ['三城一区', 'area:three-cities-one-zone'],
  ['怀柔', 'area:huairou'],
  ['huairou', 'area:huairou'],
  ['怀柔科学城', 'area:huairou-science-city'],
];

describe('search: the first result of real queries', () => {
  it.each(QUERIES)('%s → %s', (query, first) => {
    const [top] = searchAtlas(index, query, 5);
    expect(top && key(top)).toBe(first);
  });
});

// Phrases that name no place, industry or field, only occur in sentences attached to them.
const PHRASES: Array<[phrase: string, owner: string]> = [
  ['疫苗大规模生产基地', 'area:etdz'],
  ['多量子比特', 'industry:ic'],
  ['软硬一体', 'industry:ic'],
  ['原始创新', 'area:zgc-science-city'],
  ['stem cells', 'industry:biotech'],
];

describe('search: phrases of the attached plan sentences', () => {
  it.each(PHRASES)('%s finds %s by its sentence, with the snippet', (phrase, owner) => {
    const results = searchAtlas(index, phrase, 50);
    const hit = results.find((r) => key(r) === owner);
    expect(hit).toMatchObject({ match: 'text', matchedOn: 'sentence' });
    expect(hit!.snippet!.match.toLowerCase()).toBe(phrase.toLowerCase());
    expect(hit!.matchedText).toContain(hit!.snippet!.match);
    expect(hit!.snippet!.sentence).toBe(hit!.matchedText);
  });

  it('ranks every name match above every sentence match', () => {
    for (const query of ['量子', '芯片', 'quantum', '长安链', '三城一区', '石墨烯']) {
      const kinds = searchAtlas(index, query, 100).map((r) => r.match === 'text');
      expect(kinds.indexOf(true) === -1 || !kinds.slice(kinds.indexOf(true)).includes(false)).toBe(true);
    }
  });

  it('a piece of any attached sentence finds the entry it is attached to', () => {
    const sentences = sentencesOf(atlas);
    expect(sentences.length).toBeGreaterThan(200);
    for (const s of sentences.filter((_, i) => i % 5 === 0)) {
      const chars = Array.from(s.zh);
      const piece = chars.slice(Math.floor(chars.length / 2), Math.floor(chars.length / 2) + 4).join('');
      if (!/\p{Script=Han}/u.test(piece)) continue;
      const keys = searchAtlas(index, piece, 10_000).map(key);
      const owner = s.type === 'link' ? keys.find((k) => k.startsWith('link:')) : `${s.type}:${s.id}`;
      expect(keys, `${piece} (${s.section})`).toContain(owner);
    }
  });
});

/** The same index with every entry a candidate for every key: a scan of every name, as search did without n-grams. */
function scanningAll(of: SearchIndex): SearchIndex {
  const all = of.entries.map((_, i) => i);
  class EveryEntry extends Map<number, number[]> {
    override get() {
      return all;
    }
  }
  return { ...of, grams: { ids: new Uint16Array(65536).fill(1), size: 1, postings: new EveryEntry() } };
}

describe('search: the n-gram index', () => {
  it('finds exactly what scanning every name finds, for pieces of every name and its pinyin', () => {
    const scan = scanningAll(index);
    const queries = new Set<string>([
      'z',
      'e',
      'h',
      'zh',
      'hr',
      'zgc',
      'bj',
      'science',
      'park',
      'e-town',
      '5g',
    ]);
    for (const { entry } of index.entries) {
      for (const name of [...entry.names_zh, ...entry.names_en]) {
        const chars = Array.from(name);
        for (const n of [1, 2, 3]) queries.add(chars.slice(0, n).join(''));
        queries.add(chars.slice(1, 3).join(''));
      }
      for (const syllables of entry.pinyin) {
        queries.add(syllables.join('').slice(0, 4));
        queries.add(syllables.slice(1).join('').slice(0, 5));
        queries.add(syllables.map((s) => s[0]).join(''));
      }
    }
    expect(queries.size).toBeGreaterThan(500);
    for (const query of queries) {
      if (query.trim() === '') continue;
      expect(searchAtlas(index, query, 10_000), query).toEqual(searchAtlas(scan, query, 10_000));
    }
  });
});

describe('synonyms.json: search words for fields', () => {
  const issuesWith = (synonyms: unknown) =>
    validateContent({ ...content, synonyms }).filter((i) => i.file === 'src/content/synonyms.json');

  it('passes its checks, and names only known fields', () => {
    expect(issuesWith(content.synonyms)).toEqual([]);
    const synonyms = content.synonyms as Synonyms;
    const bad = { ...synonyms, fields: { ...synonyms.fields, 'no-such-field': { zh: ['词'], en: [''] } } };
    expect(issuesWith(bad).map((i) => `${i.field}: ${i.message}`)).toEqual([
      'fields.no-such-field: unknown id "no-such-field"',
      'fields.no-such-field.en: must be an array of non-empty strings',
    ]);
  });
});
