// The sentence index behind full-text search: Chinese phrases of two or more characters anywhere in the plan's text,
// English words at a word's start in our translations, one hit per entry with its count and first snippet.
import { describe, expect, it } from 'vitest';
import { buildTextIndex, searchSentences, sentencesOf, type SearchSentence } from './searchText';
import { foldText } from './searchGrams';

const long =
  '支持企业围绕人工智能、区块链等领域开展关键核心技术攻关，建设长安链开源开放创新平台，推动在政务、金融、供应链等领域的规模化应用。';
const sentences: SearchSentence[] = [
  { type: 'area', id: 'a', section: '四.(二)', zh: long, en: 'Build the Chang’an Chain open platform.' },
  { type: 'area', id: 'a', section: '四.(三)', zh: '推进长安链应用。', en: 'Apply the chain widely.' },
  {
    type: 'industry',
    id: 'i',
    section: '五.(一)',
    zh: '发展区块链产业。',
    en: 'Grow the blockchain industry.',
  },
  { type: 'area', id: 'unknown', section: '五.(一)', zh: '长安链。', en: 'Chain.' },
];
const entryAt = new Map([
  ['area:a', 0],
  ['industry:i', 1],
]);
const index = buildTextIndex(sentences, entryAt);
const find = (query: string) => searchSentences(index, foldText(query));

describe('searchSentences', () => {
  it('finds a Chinese phrase in every sentence of an entry, counting them, with the first as snippet', () => {
    const [hit, ...rest] = find('长安链');
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ entry: 0, count: 2 });
    expect(hit.snippet).toMatchObject({ section: '四.(二)', lang: 'zh', match: '长安链', sentence: long });
    // the text around the match, cut ends marked
    expect(hit.snippet.before.startsWith('…')).toBe(true);
    expect(hit.snippet.after.endsWith('…')).toBe(true);
    expect(long).toContain(`${hit.snippet.before.slice(1)}长安链${hit.snippet.after.slice(0, -1)}`);
  });

  it('leaves out a sentence whose entry is unknown, and one Chinese character alone', () => {
    expect(index.sentences.map((s) => s.id)).toEqual(['a', 'a', 'i']);
    expect(find('链')).toEqual([]);
    expect(find('区块链').map((h) => h.entry)).toEqual([0, 1]);
  });

  it('finds English at the start of a word, in our translation, and not inside one', () => {
    const [hit] = find('Blockchain');
    expect(hit).toMatchObject({ entry: 1, count: 1 });
    expect(hit.snippet).toMatchObject({ lang: 'en', match: 'blockchain', before: 'Grow the ' });
    expect(find('ockchain')).toEqual([]);
    expect(find('open plat').map((h) => h.snippet.match)).toEqual(['open plat']);
    expect(find('ch')).toEqual([]);
  });

  it('cuts an English snippet between words, never inside one', () => {
    const en =
      'Support enterprises in breakthroughs in frontier fields such as quantum information and life sciences nationwide.';
    const own = buildTextIndex([{ type: 'area', id: 'a', section: '四.(一)', zh: '量子。', en }], entryAt);
    const { snippet } = searchSentences(own, foldText('quantum'))[0];
    expect(snippet.before.startsWith('…')).toBe(true);
    expect(snippet.after.endsWith('…')).toBe(true);
    const shown = `${snippet.before.slice(1)}${snippet.match}${snippet.after.slice(0, -1)}`;
    expect(en).toContain(shown);
    const words = en.split(/[^A-Za-z]+/);
    for (const word of shown
      .trim()
      .split(/[^A-Za-z]+/)
      .filter(Boolean))
      expect(words).toContain(word);
  });

  it('reads the tasks of areas, the statements under each industry they name, and links by their pair', () => {
    const read = sentencesOf({
      areas: [{ id: 'x', tasks: [{ section: 's', zh: '甲。', en: 'A.' }] }] as never,
      statements: [{ section: 's', zh: '乙。', en: 'B.', industries: ['i', 'j'], fields: [] }],
      links: [
        { id: 'l1', from: 'x', to: 'y', kind: 'jjj', section: 's', zh: '丙。', en: 'C.' },
        { id: 'l2', from: 'y', to: 'x', kind: 'jjj', section: 's', zh: '丁。', en: 'D.' },
      ],
    });
    expect(read.map((s) => `${s.type}:${s.id}:${s.zh}`)).toEqual([
      'area:x:甲。',
      'industry:i:乙。',
      'industry:j:乙。',
      'link:l1:丙。',
      'link:l1:丁。',
    ]);
  });
});
