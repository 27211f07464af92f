// Searches people type, against the real content with its synonyms: the intended result comes first.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/lib/readContent';
import { buildAtlasFromContent } from '../../scripts/lib/buildAtlas';
import { buildSearchIndexFromAtlas } from '../../scripts/content/searchEntries';
import { searchAtlas } from '../../src/data/search';
import type { Synonyms } from '../../src/data/types';

const content = readContent(process.cwd());
const index = buildSearchIndexFromAtlas(buildAtlasFromContent(content), content.synonyms as Synonyms);

const QUERIES: Array<[query: string, first: string]> = [
  ['AI', 'industry:ai'],
  ['人工智能', 'industry:ai'],
  ['chips', 'industry:ic'],
  ['IC', 'industry:ic'],
  ['芯片', 'industry:ic'],
  ['EV', 'industry:nev'],
  ['新能源车', 'industry:nev'],
  ['biotech', 'industry:biotech'],
  ['drones', 'industry:drones'],
  ['无人机', 'industry:drones'],
  ['self-driving', 'industry:connected-vehicles'],
  ['quantum', 'industry:quantum'],
  ['fintech', 'industry:fintech'],
  ['vaccines', 'industry:biomedicine'],
  ['亦庄', 'area:etdz'],
  ['BDA', 'area:etdz'],
  ['E-Town', 'area:etdz'],
  ['ZGC', 'area:zgc'],
  ['中关村', 'area:zgc'],
  ['huairou', 'area:huairou'],
];

describe('search: the first result of real queries', () => {
  it.each(QUERIES)('%s → %s', (query, first) => {
    const [top] = searchAtlas(index, query, 5);
    expect(top && `${top.type}:${top.id}`).toBe(first);
  });
});
