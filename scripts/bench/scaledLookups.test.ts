// The lookups that keep a filter change and a keystroke proportional to what they find, checked against plain scans
// of the whole synthetic 10× atlas: the same results, in the same order.
import { describe, expect, it } from 'vitest';
import { buildAtlasFromContent } from '../lib/buildAtlas.ts';
import { readContent } from '../lib/readContent.ts';
import { buildSearchEntries } from '../content/searchEntries.ts';
import { filterAreas, type IndustryFilterQuery } from '../../src/data/industryFilter.ts';
import { loadSearchIndex, searchAtlas } from '../../src/data/search.ts';
import type { Area, Atlas } from '../../src/data/types.ts';
import { copyId, scaleAtlas, scaleSearchEntries } from './syntheticAtlas.ts';

const base = buildAtlasFromContent(readContent(process.cwd()));
const atlas = scaleAtlas(base, 10);

/** The filter as a scan of every area: requirements, then each area's matches and reasons. */
function filterByScan(a: Atlas, q: IndustryFilterQuery) {
  const known = new Set([...a.industries, ...(a.fields ?? [])].map((i) => i.id));
  const reqs = [...new Set([...q.industries, ...(q.fields ?? [])])]
    .filter((id) => known.has(id))
    .map((id) => new Set([id]));
  for (const g of new Set(q.groups ?? [])) {
    const members = a.industries.filter((i) => i.group === g).map((i) => i.id);
    if (members.length > 0) reqs.push(new Set(members));
  }
  if (reqs.length === 0) return [];
  const chosen = new Set(reqs.flatMap((r) => [...r]));
  const order = new Map(a.industries.map((i, n) => [i.id, n]));
  const pick = (ids: readonly string[] = [], sort = false) => {
    const out = [...new Set(ids.filter((id) => chosen.has(id)))];
    return sort ? out.sort((x, y) => order.get(x)! - order.get(y)!) : out;
  };
  const meets = (r: Set<string>, area: Area) =>
    area.industries.some((id) => r.has(id)) || (area.fields ?? []).some((id) => r.has(id));
  return a.areas
    .map((area, at) => ({ area, at }))
    .filter(({ area }) => !q.kinds?.length || q.kinds.includes(area.kind))
    .filter(({ area }) => {
      const met = reqs.filter((r) => meets(r, area)).length;
      return q.match === 'all' ? met === reqs.length : met > 0;
    })
    .map(({ area, at }) => ({
      at,
      id: area.id,
      matchedIndustries: pick(area.industries, true),
      matchedFields: pick(area.fields),
      reasons: area.tasks
        .map((t) => ({ zh: t.zh, industries: pick(t.industries, true), fields: pick(t.fields) }))
        .filter((r) => r.industries.length > 0 || r.fields.length > 0),
    }))
    .sort(
      (x, y) =>
        y.matchedIndustries.length +
          y.matchedFields.length -
          x.matchedIndustries.length -
          x.matchedFields.length ||
        y.reasons.length - x.reasons.length ||
        x.at - y.at,
    )
    .map(({ at: _, ...r }) => r);
}

describe('filterAreas on the 10× atlas: the tag lookup finds what a scan of every area finds', () => {
  const byAreas = [...base.industries].sort(
    (x, y) =>
      base.areas.filter((a) => a.industries.includes(y.id)).length -
      base.areas.filter((a) => a.industries.includes(x.id)).length,
  );
  const [first, second, third] = byAreas.map((i) => i.id);
  const field = base.fields?.find((f) => base.areas.some((a) => a.fields?.includes(f.id)))?.id ?? 'none';
  const group = base.industries.find((i) => i.id === third)!.group;
  const queries: [string, IndustryFilterQuery][] = [
    ['two industries, any', { industries: [first, second], match: 'any' }],
    ['two industries, all', { industries: [first, second], match: 'all' }],
    ['two industries of different copies, all', { industries: [first, copyId(second, 4)], match: 'all' }],
    [
      'industries of several copies, any',
      { industries: [first, copyId(first, 3), copyId(third, 9)], match: 'any' },
    ],
    ['by area kind', { industries: [first, second], match: 'any', kinds: ['district', 'zgc-subpark'] }],
    ['a group and a field, all', { industries: [], groups: [group], fields: [field], match: 'all' }],
    [
      'a group, a field and an industry, any',
      { industries: [second], groups: [group], fields: [copyId(field, 2)], match: 'any' },
    ],
    ['unknown ids only', { industries: ['no-such-industry'], groups: ['no-such-group'], match: 'any' }],
  ];
  it.each(queries)('%s', (_, q) => {
    const expected = filterByScan(atlas, q);
    const got = filterAreas(atlas, q).map((r) => ({
      id: r.area.id,
      matchedIndustries: r.matchedIndustries,
      matchedFields: r.matchedFields,
      reasons: r.reasons.map((x) => ({ zh: x.task.zh, industries: x.industries, fields: x.fields })),
    }));
    expect(got).toEqual(expected);
    // a query of today's industries finds something, so the comparison is not of two empty lists
    if (q.match === 'any' && q.industries.includes(first)) expect(got.length).toBeGreaterThan(0);
  });
});

describe('searchAtlas on the 10× atlas: stopping at the first results reads what ranking every candidate gives', () => {
  const index = loadSearchIndex(atlas, scaleSearchEntries(buildSearchEntries(base), 10));
  const typed = [
    'zhongguancun',
    '中关村科学城',
    'economic',
    '疫苗大规模生产',
    'huai rou',
    'science city',
    'e-town',
  ];
  const queries = [
    ...new Set([
      ...typed.flatMap((w) => Array.from(w, (_, n) => w.slice(0, n + 1))),
      ...['hrq', 'kxc', 'zgc', '区', '园', 'town', 'park', 'Huái', 'digital', 'bei', '5g', 'zzzzqqq'],
    ]),
  ];
  // with room for every entry, nothing can be left unread: every candidate is ranked
  const everything = index.entries.length + index.text.sentences.length;
  it.each([1, 5, 20])('the first %i results of every query', (limit) => {
    for (const q of queries)
      expect(searchAtlas(index, q, limit), q).toEqual(searchAtlas(index, q, everything).slice(0, limit));
  });
  it('the queries meet more candidates than they show', () => {
    const many = queries.filter((q) => searchAtlas(index, q, everything).length > 20);
    expect(many.length).toBeGreaterThan(queries.length / 2);
  });
});
