// Similarity: cosine on sentence counts, nearest areas, and the 2–4 area comparison.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fixture from '../../tests/fixtures/atlas-logic.json';
import type { Area, Atlas, Task } from './types';
import { compareAreas, cosine, cosineSimilarity, industryProfile, mostSimilar } from './similarity';

const atlas = fixture as Atlas;
const area = (id: string): Area => atlas.areas.find((a) => a.id === id)!;
const task = (industries?: string[]): Task => ({ section: '七.(一)', zh: '句', en: 's', industries });
const profileArea = (industries: string[], tasks: Task[] = []) => ({ industries, tasks });

describe('industryProfile', () => {
  it.each<[string, Record<string, number>]>([
    ['zgc-science-city', { ai: 2, quantum: 1, blockchain: 1 }],
    ['future-science-city', { biotech: 2, energy: 2, health: 1, ai: 1 }],
    ['haidian', {}],
  ])('%s', (id, expected) => {
    expect(Object.fromEntries(industryProfile(area(id)))).toEqual(expected);
  });

  it('counts a listed industry no sentence carries as 1, and a sentence tagged twice with one industry once', () => {
    const p = industryProfile(profileArea(['ai', 'ic'], [task(['ai', 'ai']), task(['ai']), task()]));
    expect(Object.fromEntries(p)).toEqual({ ai: 2, ic: 1 });
  });
});

describe('cosine', () => {
  const v = (o: Record<string, number>) => new Map(Object.entries(o));
  it.each<[string, Record<string, number>, Record<string, number>, number]>([
    ['identical', { ai: 2, ic: 1 }, { ai: 2, ic: 1 }, 1],
    ['same direction', { ai: 2, ic: 1 }, { ai: 4, ic: 2 }, 1],
    ['disjoint', { ai: 1 }, { ic: 3 }, 0],
    ['empty vs something', {}, { ic: 3 }, 0],
    ['both empty', {}, {}, 0],
    ['half overlap', { ai: 1, ic: 1 }, { ai: 1 }, Math.SQRT1_2],
  ])('cosine: %s', (_n, a, b, expected) => {
    expect(cosine(v(a), v(b))).toBeCloseTo(expected, 12);
  });

  it.each<[string, string, number]>([
    ['chaoyang', 'zgc-science-city', 2 / Math.sqrt(12)],
    ['chaoyang', 'future-science-city', 1 / Math.sqrt(20)],
    ['shunyi', 'fengtai', 1 / Math.sqrt(6)],
    ['haidian', 'huairou', 0],
    ['haidian', 'chaoyang', 0],
  ])('%s ~ %s: cosine %f', (a, b, cos) => {
    expect(cosineSimilarity(area(a), area(b))).toBeCloseTo(cos, 12);
  });

  it('weighs what the plan stresses: the same industry lists, more sentences on the shared one, more alike', () => {
    // Both share only AI with 中关村科学城 and list the same industries; one says AI in two sentences, the other in one.
    const aiHeavy = profileArea(['ai', 'rail'], [task(['ai']), task(['ai']), task(['rail'])]);
    const aiLight = profileArea(['ai', 'rail'], [task(['ai']), task(['rail']), task(['rail'])]);
    expect(cosineSimilarity(area('zgc-science-city'), aiHeavy)).toBeGreaterThan(
      cosineSimilarity(area('zgc-science-city'), aiLight),
    );
  });
});

describe('mostSimilar', () => {
  it.each<[string, number, [string, number, string[]][]]>([
    [
      'chaoyang',
      5,
      [
        ['zgc-science-city', 2 / Math.sqrt(12), ['ai']],
        ['future-science-city', 1 / Math.sqrt(20), ['ai']],
      ],
    ],
    ['chaoyang', 1, [['zgc-science-city', 2 / Math.sqrt(12), ['ai']]]],
    [
      'shunyi',
      2,
      [
        ['fengtai', 1 / Math.sqrt(6), ['aerospace']],
        ['huairou-science-city', 1 / 3, ['new-materials']],
      ],
    ],
    ['haidian', 5, []],
    ['nowhere', 5, []],
    ['chaoyang', 0, []],
  ])('%s, n=%i', (id, n, expected) => {
    const got = mostSimilar(atlas, id, n);
    expect(got.map((s) => [s.area.id, s.shared])).toEqual(expected.map(([i, , sh]) => [i, sh]));
    got.forEach((s, k) => expect(s.score).toBeCloseTo(expected[k][1], 12));
  });

  it('never lists the area itself or areas without industries', () => {
    for (const a of atlas.areas) {
      for (const s of mostSimilar(atlas, a.id, 100)) {
        expect(s.area.id).not.toBe(a.id);
        expect(s.area.industries.length).toBeGreaterThan(0);
        expect(s.score).toBeGreaterThan(0);
      }
    }
  });
});

describe('compareAreas', () => {
  it('splits shared and unique industries and aligns the plan sentences by industry', () => {
    const c = compareAreas(atlas, ['zgc-science-city', 'chaoyang', 'future-science-city']);
    expect(c.areas.map((a) => a.id)).toEqual(['zgc-science-city', 'chaoyang', 'future-science-city']);
    expect(c.shared).toEqual(['ai']);
    expect(c.unique).toEqual({
      'zgc-science-city': ['quantum', 'blockchain'],
      chaoyang: ['digital-economy'],
      'future-science-city': ['biotech', 'health', 'energy'],
    });
    expect(c.rows.map((r) => r.industry)).toEqual([
      'ai',
      'quantum',
      'blockchain',
      'digital-economy',
      'biotech',
      'health',
      'energy',
    ]);
    const ai = c.rows[0];
    expect(ai.areas).toEqual(['zgc-science-city', 'chaoyang', 'future-science-city']);
    expect(ai.tasks['zgc-science-city']).toHaveLength(2);
    expect(ai.tasks.chaoyang[0].zh).toMatch(/^朝阳区聚焦人工智能/);
    expect(ai.tasks['future-science-city'][0].zh).toMatch(/^“生命谷”/);
    const energy = c.rows.find((r) => r.industry === 'energy')!;
    expect(energy.tasks).toEqual({
      'zgc-science-city': [],
      chaoyang: [],
      'future-science-city': area('future-science-city').tasks.filter((t) =>
        t.industries?.includes('energy'),
      ),
    });
  });

  it('orders rows: shared first, then by how many areas have the industry', () => {
    const c = compareAreas(atlas, ['shunyi', 'fengtai', 'huairou-science-city']);
    // "shared" is held by at least two of the compared areas, not necessarily all three
    expect(c.shared).toEqual(['aerospace', 'new-materials']);
    expect(c.rows.map((r) => [r.industry, r.areas.length])).toEqual([
      ['aerospace', 2],
      ['new-materials', 2],
      ['biotech', 1],
      ['instruments', 1],
      ['smart-manufacturing', 1],
      ['rail', 1],
    ]);
  });

  it('keeps untagged sentences per area and a symmetric similarity matrix', () => {
    const c = compareAreas(atlas, ['huairou-science-city', 'huairou-national-science-center', 'haidian']);
    expect(c.untagged['huairou-science-city']).toHaveLength(1);
    expect(c.untagged['huairou-national-science-center']).toHaveLength(2);
    expect(c.untagged.haidian).toEqual([]);
    expect(c.similarity).toEqual([
      [1, 0, 0],
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });

  it.each<[string, string[], string[]]>([
    ['unknown ids dropped', ['chaoyang', 'nowhere', 'fengtai'], ['chaoyang', 'fengtai']],
    ['duplicates dropped', ['chaoyang', 'chaoyang'], ['chaoyang']],
    ['nothing', [], []],
  ])('%s', (_n, ids, expected) => {
    const c = compareAreas(atlas, ids);
    expect(c.areas.map((a) => a.id)).toEqual(expected);
    if (expected.length === 0) expect(c).toMatchObject({ shared: [], rows: [], unique: {}, similarity: [] });
  });
});

describe('sentences only partly about a place', () => {
  it('do not weigh in the industry profile, which counts the place’s own sentences', () => {
    const own = task(['ai']);
    const partial = { ...task(['ic']), scope: 'partial' as const };
    expect([...industryProfile(profileArea(['ai', 'ic'], [own, partial, partial]))]).toEqual([
      ['ai', 1],
      ['ic', 1],
    ]);
  });
});

describe('properties', () => {
  const pool: string[] = ['ai', 'ic', 'rail', 'health', 'energy'];
  const randomArea = fc
    .record({
      industries: fc.uniqueArray(fc.constantFrom(...pool), { maxLength: 5 }),
      tags: fc.array(fc.subarray(pool), { maxLength: 6 }),
    })
    .map(({ industries, tags }) => {
      const tasks = tags.map((t) => task(t.filter((x) => industries.includes(x))));
      return profileArea(industries, tasks);
    });

  it('the similarity is symmetric, within [0, 1], never NaN, and 1 for an area with itself (0 if it is empty)', () => {
    fc.assert(
      fc.property(randomArea, randomArea, (a, b) => {
        const s = cosineSimilarity(a, b);
        expect(Number.isNaN(s)).toBe(false);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(cosineSimilarity(b, a)).toBeCloseTo(s, 12);
        expect(cosineSimilarity(a, a)).toBeCloseTo(a.industries.length > 0 ? 1 : 0, 12);
        const disjoint = a.industries.every((i) => !b.industries.includes(i));
        if (disjoint) expect(cosineSimilarity(a, b)).toBe(0);
      }),
    );
  });

  it('every compared industry is shared, unique to one area, or held by some but not all', () => {
    const ids = atlas.areas.map((a) => a.id);
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...ids), { minLength: 2, maxLength: 4 }), (pick) => {
        const c = compareAreas(atlas, pick);
        for (const row of c.rows) {
          const isShared = c.shared.includes(row.industry);
          const uniqueTo = Object.entries(c.unique).filter(([, xs]) => xs.includes(row.industry));
          expect(isShared).toBe(row.areas.length >= 2);
          expect(uniqueTo.length).toBe(row.areas.length === 1 ? 1 : 0);
        }
      }),
    );
  });
});
