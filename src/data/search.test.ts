// Search: Chinese, aliases, English word prefixes, full pinyin, initials, industries, and the ranking rules.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fixture from '../../tests/fixtures/atlas-logic.json';
import type { Atlas } from './types';
import {
  MATCH_SCORES,
  buildSearchIndex,
  foldPinyin,
  loadSearchIndex,
  searchAtlas,
  type SearchEntry,
} from './search';
import {
  buildSearchEntries,
  buildSearchIndexFromAtlas,
  pinyinSyllables,
} from '../../scripts/content/searchEntries';

const atlas = fixture as Atlas;
const index = buildSearchIndexFromAtlas(atlas);
const ids = (query: string, limit = 20) => searchAtlas(index, query, limit).map((r) => r.id);

describe('pinyin of names', () => {
  it.each([
    ['怀柔科学城', ['huai', 'rou', 'ke', 'xue', 'cheng']],
    ['朝阳区', ['chao', 'yang', 'qu']],
    ['大兴-亦庄园', ['da', 'xing', 'yi', 'zhuang', 'yuan']],
    ['绿色能源', ['lv', 'se', 'neng', 'yuan']],
    ['5G 技术', ['5g', 'ji', 'shu']],
  ])('%s → %j', (text, expected) => {
    expect(pinyinSyllables(text)).toEqual(expected);
  });

  it.each([
    ['Huái róu', 'huairou'],
    ['HUAI ROU', 'huairou'],
    ["xi'an", 'xian'],
    ['lü', 'lv'],
    ['ｈｕａｉｒｏｕ', 'huairou'],
  ])('query %s folds to %s', (q, expected) => {
    expect(foldPinyin(q)).toBe(expected);
  });
});

describe('searchAtlas: what each query finds', () => {
  it.each<[string, string[]]>([
    // full pinyin: districts, science city and the sub-park (by its name and its alias)
    ['huairou', ['huairou', 'zgc-huairou', 'huairou-science-city']],
    ['Huairou', ['huairou', 'zgc-huairou', 'huairou-science-city']],
    ['huai rou', ['huairou', 'zgc-huairou', 'huairou-science-city']],
    ['huairouqu', ['huairou']],
    ['chaoyang', ['chaoyang']],
    // initials
    ['hrq', ['huairou']],
    ['cyq', ['chaoyang']],
    // Chinese: exact, prefix, substring, alias
    ['朝阳区', ['chaoyang']],
    ['朝阳', ['chaoyang']],
    ['亦庄', ['etdz']],
    ['经开区', ['etdz']],
    ['中关村怀柔园', ['zgc-huairou']],
    // English: case-insensitive, word prefix, alias
    ['future', ['future-science-city']],
    ['SCIENCE CITY', ['zgc-science-city', 'huairou-science-city', 'future-science-city']],
    ['e-town', ['etdz']],
    ['town', ['etdz']],
    // industries by zh, en and pinyin
    ['人工智能', ['ai']],
    ['artificial', ['ai']],
    ['intelligence', ['ai']],
    ['rengongzhineng', ['ai']],
    ['rgzn', ['ai']],
    ['集成电路', ['ic']],
    ['blockchain', ['blockchain']],
  ])('%s', (query, expected) => {
    expect(ids(query)).toEqual(expect.arrayContaining(expected));
  });

  it.each(['', '   ', 'zzzzqqq', '火星', 'qz'])('%j finds nothing', (query) => {
    expect(ids(query)).toEqual([]);
  });
});

describe('searchAtlas: ranking', () => {
  it('ranks exact > words > prefix > word-prefix > initials > substring', () => {
    const order = ['exact', 'words', 'prefix', 'word-prefix', 'initials', 'substring'] as const;
    for (let i = 1; i < order.length; i++) {
      expect(MATCH_SCORES[order[i - 1]]).toBeGreaterThan(MATCH_SCORES[order[i]]);
    }
  });

  it.each<[string, string, string, string]>([
    ['怀柔区', 'huairou', 'exact', 'name_zh'],
    ['huairouqu', 'huairou', 'exact', 'pinyin'],
    ['huairou', 'huairou', 'prefix', 'pinyin'],
    ['hr', 'huairou', 'initials', 'initials'],
    ['huairou district', 'huairou', 'exact', 'name_en'],
    ['亦庄', 'etdz', 'substring', 'alias_zh'],
    ['北京亦庄', 'etdz', 'exact', 'alias_zh'],
    ['yizhuang', 'etdz', 'exact', 'alias_en'],
    ['district', 'chaoyang', 'word-prefix', 'name_en'],
    ['科学城', 'huairou-science-city', 'substring', 'name_zh'],
    ['kexuecheng', 'huairou-science-city', 'word-prefix', 'pinyin'],
  ])('%s matches %s by %s on %s', (query, id, match, field) => {
    const hit = searchAtlas(index, query, 50).find((r) => r.id === id);
    expect(hit).toMatchObject({ match, matchedOn: field, score: MATCH_SCORES[hit!.match] });
  });

  it('puts names that begin with "AI" as a word above names that begin with the letters (Airborne, Air-)', () => {
    const entry = (
      type: SearchEntry['type'],
      id: string,
      zh: string,
      en: string[],
      kind: SearchEntry['kind'] = null,
    ): SearchEntry => ({
      type,
      id,
      label_zh: zh,
      label_en: en[0],
      kind,
      names_zh: [zh],
      names_en: en,
      pinyin: [pinyinSyllables(zh)],
    });
    // the real atlas's names: the short "Airborne avionics" used to rank above the AI pilot zone's alias
    const small = buildSearchIndex([
      entry('industry', 'ai', '人工智能', ['Artificial intelligence', 'AI']),
      entry('field', 'avionics', '机载航电', ['Airborne avionics']),
      entry('field', 'air-pollution-control', '大气污染防治', ['Air-pollution control']),
      entry('field', 'ai-drug-discovery', '人工智能药物研发', ['AI-enabled drug R&D']),
      entry(
        'area',
        'ai-pilot-zone',
        '国家新一代人工智能创新发展试验区',
        [
          'National New-Generation Artificial Intelligence Innovation and Development Pilot Zone',
          'AI pilot zone',
        ],
        'three-cities-one-district',
      ),
    ]);
    for (const query of ['AI', 'ai']) {
      expect(searchAtlas(small, query).map((r) => r.id)).toEqual([
        'ai',
        'ai-drug-discovery', // its own name before the zone's alias, as on any tie
        'ai-pilot-zone',
        'avionics',
        'air-pollution-control',
      ]);
      expect(searchAtlas(small, query)[2]).toMatchObject({ match: 'words', matchedOn: 'alias_en' });
    }
    // a list cut short still holds the best: the whole-word match before the shorter plain prefix
    expect(searchAtlas(small, 'ai', 2).map((r) => r.id)).toEqual(['ai', 'ai-drug-discovery']);
    // "AI-" is no longer a whole word: a plain prefix of "AI-enabled drug R&D"
    expect(searchAtlas(small, 'ai-')[0]).toMatchObject({ id: 'ai-drug-discovery', match: 'prefix' });
  });

  it('a short list is the start of the long one, for every prefix of every name and pinyin (the early stop is exact)', () => {
    const entries = buildSearchEntries(atlas);
    const queries = new Set<string>();
    for (const e of entries)
      for (const text of [...e.names_zh, ...e.names_en, ...e.pinyin.map((p) => p.join(''))]) {
        const chars = Array.from(text.toLowerCase());
        for (let n = 1; n <= Math.min(chars.length, 12); n++) queries.add(chars.slice(0, n).join(''));
      }
    expect(queries.size).toBeGreaterThan(200);
    for (const query of queries) {
      const all = searchAtlas(index, query, 100).map((r) => r.id);
      for (const k of [1, 2, 3, 5, 8]) expect(ids(query, k), `${query} (${k})`).toEqual(all.slice(0, k));
    }
  });

  it('reads a Latin query that spells how Chinese names begin as pinyin, not as English first words', () => {
    // "Huairou National Science Center" begins with the word, but 怀柔区 and 怀柔园 are the shorter pinyin prefixes
    expect(ids('huairou').slice(0, 2)).toEqual(['huairou', 'zgc-huairou']);
    expect(searchAtlas(index, 'huairou', 20).every((r) => r.match !== 'words')).toBe(true);
  });

  it('puts the district before the sub-park on a tie (怀柔区 and 怀柔园 are both 3-character prefixes)', () => {
    expect(ids('huairou').slice(0, 3)).toEqual(['huairou', 'zgc-huairou', 'huairou-science-city']);
    expect(ids('怀柔').slice(0, 2)).toEqual(['huairou', 'zgc-huairou']);
  });

  it('puts the district first on a tie even when the sub-park’s name sorts first', () => {
    const entry = (id: string, name: string, kind: SearchEntry['kind']): SearchEntry => ({
      type: kind === null ? 'industry' : 'area',
      id,
      label_zh: name,
      label_en: id,
      kind,
      names_zh: [name],
      names_en: [id],
      pinyin: [pinyinSyllables(name)],
    });
    // 测甲园 (ce jia yuan) sorts before 测乙区 (ce yi qu) by name; all three are 3-character prefix matches
    const small = buildSearchIndex([
      entry('park', '测甲园', 'zgc-subpark'),
      entry('industry', '测乙业', null),
      entry('district', '测乙区', 'district'),
    ]);
    expect(searchAtlas(small, '测').map((r) => r.id)).toEqual(['district', 'park', 'industry']);
    expect(searchAtlas(small, 'ce').map((r) => r.id)).toEqual(['district', 'park', 'industry']);
  });

  it('puts shorter names first on a tie', () => {
    // 怀柔科学城 (5) before 北京怀柔综合性国家科学中心 (13): both contain 怀柔 after the start
    const found = ids('怀柔');
    expect(found.indexOf('huairou-science-city')).toBeLessThan(
      found.indexOf('huairou-national-science-center'),
    );
    // with a pinyin prefix, 怀柔区 (3) before 怀柔科学城 (5)
    expect(ids('huairou').indexOf('huairou')).toBeLessThan(ids('huairou').indexOf('huairou-science-city'));
  });

  it('ranks an initials match at the start above one inside a name', () => {
    const results = searchAtlas(index, 'hr', 20);
    const start = results.find((r) => r.id === 'huairou')!;
    const inner = results.find((r) => r.id === 'huairou-national-science-center')!; // bjhrzhxgjkxzx
    expect(start.score).toBeGreaterThan(inner.score);
    expect(inner.match).toBe('initials');
  });

  it('respects the limit and reports label and matched text', () => {
    expect(searchAtlas(index, 'h', 2)).toHaveLength(2);
    expect(searchAtlas(index, 'h', 0)).toEqual([]);
    expect(searchAtlas(index, 'zhongguancunhuairou')[0]).toMatchObject({
      id: 'zgc-huairou',
      label_zh: '怀柔园',
      label_en: 'Huairou Park',
      matchedText: '中关村怀柔园',
      match: 'prefix',
    });
  });

  it('does not match one or two Latin letters inside words, only at their start', () => {
    expect(searchAtlas(index, 'ou', 50).filter((r) => r.matchedOn === 'name_en')).toEqual([]);
    // "x": 新材料 (xin…) and 先进能源 (xian…) start with it; 量子信息 (…xin xi) and 科学城 (…xue…) do not
    expect(ids('x').sort()).toEqual(['energy', 'new-materials']);
  });
});

describe('precomputed entries', () => {
  it('are plain JSON that round-trips into the same search behaviour', () => {
    const entries = JSON.parse(JSON.stringify(buildSearchEntries(atlas))) as SearchEntry[];
    const fromJson = buildSearchIndex(entries);
    for (const q of ['huairou', 'hr', '亦庄', 'science', 'rgzn']) {
      expect(searchAtlas(fromJson, q)).toEqual(searchAtlas(index, q));
    }
  });

  it('hold one entry per area and industry, with pinyin for every Chinese name', () => {
    const entries = buildSearchEntries(atlas);
    expect(entries).toHaveLength(atlas.areas.length + atlas.industries.length);
    for (const e of entries) expect(e.pinyin).toHaveLength(e.names_zh.length);
  });
});

describe('properties', () => {
  it('never throws; results are sorted by score, within the limit, and unique', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.integer({ min: 0, max: 30 }), (q, limit) => {
        const results = searchAtlas(index, q, limit);
        expect(results.length).toBeLessThanOrEqual(limit);
        for (let i = 1; i < results.length; i++)
          expect(results[i - 1].score).toBeGreaterThanOrEqual(results[i].score);
        expect(new Set(results.map((r) => `${r.type}:${r.id}`)).size).toBe(results.length);
      }),
      { numRuns: 500 },
    );
  });

  it('every name finds its own entry as an exact match', () => {
    for (const a of atlas.areas) {
      for (const name of [a.name_zh, a.name_en, ...(a.aliases_zh ?? []), ...(a.aliases_en ?? [])]) {
        const hit = searchAtlas(index, name, 100).find((r) => r.id === a.id);
        expect(hit?.match, name).toBe('exact');
      }
    }
  });
});

describe('loadSearchIndex', () => {
  it('uses precomputed entries when given', () => {
    const entries = buildSearchEntries(atlas);
    expect(searchAtlas(loadSearchIndex(atlas, entries), 'huairou')).toEqual(searchAtlas(index, 'huairou'));
    // the precomputed path never computes pinyin: a stub entry answers only to its own stub pinyin
    const stub = loadSearchIndex(atlas, [{ ...entries[0], pinyin: [['zz']] }]);
    expect(searchAtlas(stub, 'zz').map((r) => r.id)).toEqual([entries[0].id]);
  });

  it('without precomputed entries still finds Chinese and English names, but not pinyin', () => {
    const namesOnly = loadSearchIndex(atlas, null);
    expect(searchAtlas(namesOnly, '怀柔').map((r) => r.id)).toEqual(
      searchAtlas(index, '怀柔').map((r) => r.id),
    );
    expect(searchAtlas(namesOnly, 'Huairou Science').map((r) => r.id)).toContain('huairou-science-city');
    expect(searchAtlas(namesOnly, 'hr')).toEqual([]);
  });
});

describe('links in the search', () => {
  const link = (id: string, from: string, to: string) => ({
    id,
    from,
    to,
    kind: 'jjj' as const,
    section: '七.(三)',
    zh: '句子',
    en: 'sentence',
  });
  const linked: Atlas = {
    ...atlas,
    links: [
      link('chaoyang--shunyi-1', 'chaoyang', 'shunyi'),
      link('shunyi--chaoyang-2', 'shunyi', 'chaoyang'),
      link('haidian--yanqing-1', 'haidian', 'yanqing'),
    ],
  };
  const linkedIndex = buildSearchIndexFromAtlas(linked);
  const links = (query: string) =>
    searchAtlas(linkedIndex, query, 50)
      .filter((r) => r.type === 'link')
      .map((r) => r.id);

  it('finds a link by either end, in Chinese, English and pinyin; one entry per pair of places', () => {
    expect(links('顺义')).toEqual(['chaoyang--shunyi-1']);
    expect(links('朝阳区')).toEqual(['chaoyang--shunyi-1']);
    expect(links('Yanqing')).toEqual(['haidian--yanqing-1']);
    expect(links('haidian')).toEqual(['haidian--yanqing-1']);
    expect(links('怀柔')).toEqual([]);
    const hit = searchAtlas(linkedIndex, '顺义', 50).find((r) => r.type === 'link')!;
    expect([hit.label_zh, hit.label_en]).toEqual(['朝阳区 — 顺义区', 'Chaoyang District — Shunyi District']);
  });

  it('ranks the place itself before the links it is an end of', () => {
    expect(searchAtlas(linkedIndex, '顺义区', 5)[0]).toMatchObject({ type: 'area', id: 'shunyi' });
  });

  it('the names-only fallback finds links too, and the build writes them to search.json', () => {
    expect(
      searchAtlas(loadSearchIndex(linked, null), '延庆')
        .filter((r) => r.type === 'link')
        .map((r) => r.id),
    ).toEqual(['haidian--yanqing-1']);
    const entries = buildSearchEntries(linked).filter((e) => e.type === 'link');
    expect(entries.map((e) => e.id)).toEqual(['chaoyang--shunyi-1', 'haidian--yanqing-1']);
    expect(entries[0].pinyin[1]).toEqual(['chao', 'yang', 'qu']);
  });
});
