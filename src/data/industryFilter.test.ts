// Industry filter: any/all, groups, kinds, empty selection, the "why" sentences and the per-industry counts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fixture from '../../tests/fixtures/atlas-logic.json';
import type { AreaKind, Atlas } from './types';
import {
  countsByIndustry,
  filterAreas,
  isFilterActive,
  resultAreaIds,
  type IndustryFilterQuery,
} from './industryFilter';

const atlas = fixture as Atlas;
const ids = (q: IndustryFilterQuery) => filterAreas(atlas, q).map((r) => r.area.id);

describe('filterAreas: which areas', () => {
  it.each<[string, IndustryFilterQuery, string[]]>([
    [
      'one industry',
      { industries: ['ai'], match: 'any' },
      ['zgc-science-city', 'future-science-city', 'chaoyang'],
    ],
    [
      'any of two',
      { industries: ['ai', 'ic'], match: 'any' },
      ['zgc-science-city', 'future-science-city', 'etdz', 'chaoyang'],
    ],
    ['all of two', { industries: ['ai', 'digital-economy'], match: 'all' }, ['chaoyang']],
    ['all of two, none has both', { industries: ['ai', 'ic'], match: 'all' }, []],
    ['aerospace: district list', { industries: ['aerospace'], match: 'any' }, ['shunyi', 'fengtai']],
    ['kinds limit', { industries: ['ai'], match: 'any', kinds: ['district'] }, ['chaoyang']],
    [
      'empty kinds = every kind',
      { industries: ['ai'], match: 'any', kinds: [] },
      ['zgc-science-city', 'future-science-city', 'chaoyang'],
    ],
    [
      'group = any of its industries',
      { industries: [], groups: ['health'], match: 'any' },
      ['future-science-city', 'huairou-science-city', 'etdz'],
    ],
    [
      'all with a group: the group is met by any one of its industries',
      { industries: ['energy'], groups: ['health'], match: 'all' },
      ['future-science-city'],
    ],
    [
      'all with two groups',
      { industries: [], groups: ['digital', 'health'], match: 'all' },
      ['future-science-city', 'etdz'],
    ],
    [
      'unknown ids are ignored',
      { industries: ['ai', 'zzz'], match: 'all' },
      ['zgc-science-city', 'future-science-city', 'chaoyang'],
    ],
    ['duplicate ids count once', { industries: ['rail', 'rail'], match: 'all' }, ['fengtai']],
    [
      'no area has drones in 三城一区',
      { industries: ['drones'], match: 'any', kinds: ['three-cities-one-district'] },
      [],
    ],
  ])('%s', (_name, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('never returns plan-silent areas (they have no industries)', () => {
    const all = filterAreas(atlas, { industries: atlas.industries.map((i) => i.id), match: 'any' });
    expect(all.some((r) => r.area.plan_silent)).toBe(false);
    expect(all.map((r) => r.area.id)).not.toContain('haidian');
  });
});

describe('filterAreas: empty selection', () => {
  it.each<[string, IndustryFilterQuery]>([
    ['nothing chosen', { industries: [], match: 'any' }],
    ['nothing chosen, all', { industries: [], groups: [], match: 'all' }],
    ['only unknown ids', { industries: ['zzz'], groups: ['nope'], match: 'any' }],
    ['only kinds', { industries: [], match: 'any', kinds: ['district'] }],
  ])('%s → no filter, no result list', (_name, query) => {
    expect(isFilterActive(atlas, query)).toBe(false);
    expect(filterAreas(atlas, query)).toEqual([]);
  });

  it('an active filter that matches nothing is told apart from no filter', () => {
    const q: IndustryFilterQuery = { industries: ['ai', 'rail'], match: 'all' };
    expect(isFilterActive(atlas, q)).toBe(true);
    expect(filterAreas(atlas, q)).toEqual([]);
  });
});

describe('filterAreas: why each area matched', () => {
  it('gives the area’s plan sentences tagged with chosen industries, with those industries in atlas order', () => {
    const [future] = filterAreas(atlas, { industries: ['energy', 'ai'], match: 'all' });
    expect(future.area.id).toBe('future-science-city');
    expect(future.matchedIndustries).toEqual(['ai', 'energy']);
    expect(future.reasons.map((r) => [r.task.zh.slice(0, 4), r.industries])).toEqual([
      ['紧抓生物', ['energy']],
      ['“生命谷', ['ai']],
      ['“能源谷', ['energy']],
    ]);
    for (const r of future.reasons) expect(future.area.tasks).toContain(r.task);
  });

  it('leaves out sentences with no chosen industry (怀柔科学城’s untagged opening sentence)', () => {
    const [huairou] = filterAreas(atlas, { industries: ['instruments'], match: 'any' });
    expect(huairou.area.id).toBe('huairou-science-city');
    expect(huairou.reasons).toHaveLength(1);
    expect(huairou.reasons[0].task.zh).toMatch(/^打造怀柔科学城产业转化示范区/);
    expect(huairou.reasons[0].industries).toEqual(['instruments']);
  });

  it('a group’s reasons name the group’s industries the sentence carries', () => {
    const [etdz] = filterAreas(atlas, {
      industries: [],
      groups: ['digital'],
      match: 'any',
      kinds: ['three-cities-one-district'],
    }).filter((r) => r.area.id === 'etdz');
    expect(etdz.matchedIndustries).toEqual(['ic']);
    expect(etdz.reasons.map((r) => r.industries)).toEqual([['ic']]);
  });

  it('orders results by matched industries, then reasons, then atlas order', () => {
    const results = filterAreas(atlas, {
      industries: ['ai', 'quantum', 'blockchain', 'digital-economy'],
      match: 'any',
    });
    expect(results.map((r) => [r.area.id, r.matchedIndustries.length, r.reasons.length])).toEqual([
      ['zgc-science-city', 3, 2],
      ['chaoyang', 2, 1],
      ['future-science-city', 1, 1],
    ]);
    expect(resultAreaIds(results)).toEqual(new Set(['zgc-science-city', 'chaoyang', 'future-science-city']));
  });
});

describe('countsByIndustry', () => {
  it('counts areas per industry, zeros included', () => {
    const counts = countsByIndustry(atlas);
    expect(Object.keys(counts)).toEqual(atlas.industries.map((i) => i.id));
    expect(counts).toMatchObject({ ai: 3, biotech: 2, aerospace: 2, quantum: 1, drones: 1, energy: 1 });
  });

  it.each<[AreaKind[], Record<string, number>]>([
    [['district'], { ai: 1, aerospace: 2, biotech: 0, ic: 0 }],
    [['three-cities-one-district'], { ai: 2, aerospace: 0, biotech: 2, ic: 1 }],
    [['zgc-subpark'], { ai: 0, aerospace: 0 }],
  ])('within kinds %j', (kinds, expected) => {
    expect(countsByIndustry(atlas, kinds)).toMatchObject(expected);
  });

  it('agrees with filterAreas for each single industry', () => {
    const counts = countsByIndustry(atlas);
    for (const i of atlas.industries)
      expect(ids({ industries: [i.id], match: 'any' })).toHaveLength(counts[i.id]);
  });
});

describe('properties', () => {
  const industryIds = atlas.industries.map((i) => i.id);
  const groupIds = atlas.industry_groups.map((g) => g.id);
  const query = fc.record({
    industries: fc.subarray(industryIds),
    groups: fc.subarray(groupIds),
    match: fc.constantFrom('any' as const, 'all' as const),
  });

  it('all ⊆ any, and every result has a matched industry and only its own tasks as reasons', () => {
    fc.assert(
      fc.property(query, (q) => {
        const any = new Set(ids({ ...q, match: 'any' }));
        for (const r of filterAreas(atlas, { ...q, match: 'all' })) expect(any.has(r.area.id)).toBe(true);
        for (const r of filterAreas(atlas, q)) {
          expect(r.matchedIndustries.length).toBeGreaterThan(0);
          for (const reason of r.reasons) expect(r.area.tasks).toContain(reason.task);
        }
      }),
    );
  });

  it('adding an industry never shrinks `any` and never grows `all`', () => {
    fc.assert(
      fc.property(query, fc.constantFrom(...industryIds), (q, extra) => {
        const more = { ...q, industries: [...q.industries, extra] };
        const anyBefore = ids({ ...q, match: 'any' });
        const allAfter = new Set(ids({ ...more, match: 'all' }));
        expect(ids({ ...more, match: 'any' })).toEqual(expect.arrayContaining(anyBefore));
        if (isFilterActive(atlas, q))
          for (const id of allAfter) expect(ids({ ...q, match: 'all' })).toContain(id);
      }),
    );
  });
});
