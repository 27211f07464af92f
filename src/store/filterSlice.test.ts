// Filter and compare slices: each verb changes exactly the state it names; group folding is table-driven.
import { describe, expect, it } from 'vitest';
import { createTestStore, fixtureAtlas } from '../../tests/support/atlasFixtures';
import { EMPTY_FILTER, toggleGroupIn, toggleIndustryIn, type FilterState } from './filterSlice';
import { MAX_COMPARE } from './compareSlice';

const taxonomy = [
  { id: 'ai', group: 'digital' },
  { id: 'quantum', group: 'digital' },
  { id: 'iot', group: 'digital' },
  { id: 'biotech', group: 'life' },
];

/** A store whose atlas has the taxonomy above (industries ai, quantum, iot in `digital`; biotech in `life`). */
function createAtlasStore() {
  const atlas = fixtureAtlas();
  atlas.industries = taxonomy.map((i) => ({ ...i, zh: i.id, en: i.id }));
  atlas.industry_groups = [
    { id: 'digital', zh: '数字', en: 'Digital' },
    { id: 'life', zh: '生命', en: 'Life' },
  ];
  return createTestStore({ atlas });
}
const f = (over: Partial<FilterState>): FilterState => ({ ...EMPTY_FILTER, ...over });

describe('toggleIndustryIn', () => {
  it.each<[string, FilterState, string, Pick<FilterState, 'industries' | 'groups'>]>([
    ['adds an industry', f({}), 'ai', { industries: ['ai'], groups: [] }],
    [
      'removes a chosen industry',
      f({ industries: ['ai', 'iot'] }),
      'ai',
      { industries: ['iot'], groups: [] },
    ],
    [
      'unticking one industry of a chosen group keeps the others, one by one',
      f({ groups: ['digital', 'life'] }),
      'quantum',
      { industries: ['ai', 'iot'], groups: ['life'] },
    ],
    ['an id outside the taxonomy is still toggled', f({}), 'zzz', { industries: ['zzz'], groups: [] }],
  ])('%s', (_name, before, id, expected) => {
    const after = toggleIndustryIn(before, id, taxonomy);
    expect({ industries: after.industries, groups: after.groups }).toEqual(expected);
  });

  it('keeps match and kinds', () => {
    const after = toggleIndustryIn(f({ match: 'all', kinds: ['district'] }), 'ai', taxonomy);
    expect(after).toMatchObject({ match: 'all', kinds: ['district'] });
  });
});

describe('toggleGroupIn', () => {
  it.each<[string, FilterState, string, Pick<FilterState, 'industries' | 'groups'>]>([
    ['chooses a group', f({}), 'digital', { industries: [], groups: ['digital'] }],
    [
      'folds the group’s single industries into it',
      f({ industries: ['ai', 'biotech'] }),
      'digital',
      { industries: ['biotech'], groups: ['digital'] },
    ],
    [
      'drops a chosen group and its industries',
      f({ groups: ['digital'], industries: ['biotech'] }),
      'digital',
      { industries: ['biotech'], groups: [] },
    ],
  ])('%s', (_name, before, group, expected) => {
    const after = toggleGroupIn(before, group, taxonomy);
    expect({ industries: after.industries, groups: after.groups }).toEqual(expected);
  });
});

describe('filter slice in the store', () => {
  it('toggleIndustry adds and removes one industry', () => {
    const store = createAtlasStore();
    store.getState().toggleIndustry('ai');
    expect(store.getState().filter.industries).toEqual(['ai']);
    store.getState().toggleIndustry('ai');
    expect(store.getState().filter.industries).toEqual([]);
  });

  it('every change replaces the filter object; setMatch to the same value does not notify', () => {
    const store = createAtlasStore();
    const first = store.getState().filter;
    store.getState().setMatch('all');
    expect(store.getState().filter).not.toBe(first);
    let calls = 0;
    store.subscribe(() => calls++);
    store.getState().setMatch('all');
    expect(calls).toBe(0);
  });

  it('toggleField adds and drops a field; setFields filters by exactly those fields', () => {
    const store = createAtlasStore();
    store.getState().setIndustries(['ai']);
    store.getState().toggleField('new-memory');
    expect(store.getState().filter).toMatchObject({ industries: ['ai'], fields: ['new-memory'] });
    store.getState().toggleField('new-memory');
    expect(store.getState().filter.fields).toEqual([]);
    store.getState().setFields(['graphene', 'graphene']);
    expect(store.getState().filter).toMatchObject({ industries: [], groups: [], fields: ['graphene'] });
  });

  it('setIndustries, setKinds de-duplicate; setFilter restores all fields; clearFilter empties', () => {
    const store = createAtlasStore();
    store.getState().setIndustries(['ai', 'ai', 'iot']);
    store.getState().setKinds(['district', 'district']);
    expect(store.getState().filter).toEqual({
      industries: ['ai', 'iot'],
      groups: [],
      fields: [],
      match: 'any',
      kinds: ['district'],
    });
    store.getState().setFilter({ groups: ['life'], match: 'all' });
    expect(store.getState().filter).toEqual({
      industries: [],
      groups: ['life'],
      fields: [],
      match: 'all',
      kinds: [],
    });
    store.getState().clearFilter();
    expect(store.getState().filter).toEqual(EMPTY_FILTER);
  });

  it('the group verbs know the atlas taxonomy from the start (no group toggle falls back to a plain toggle)', () => {
    const store = createAtlasStore();
    store.getState().setIndustries(['ai']);
    store.getState().toggleGroup('digital');
    expect(store.getState().filter).toMatchObject({ industries: [], groups: ['digital'] });
    store.getState().toggleIndustry('iot');
    expect(store.getState().filter).toMatchObject({ industries: ['ai', 'quantum'], groups: [] });
  });
});

describe('compare slice', () => {
  it('addToCompare appends distinct ids up to the maximum', () => {
    const store = createAtlasStore();
    for (const id of ['a', 'b', 'a', 'c', 'd', 'e']) store.getState().addToCompare(id);
    expect(store.getState().compareIds).toEqual(['a', 'b', 'c', 'd']);
    expect(MAX_COMPARE).toBe(4);
  });

  it('removeFromCompare drops one id; setCompare replaces, de-duplicates and caps', () => {
    const store = createAtlasStore();
    store.getState().setCompare(['x', 'y', 'x', 'z', 'w', 'v']);
    expect(store.getState().compareIds).toEqual(['x', 'y', 'z', 'w']);
    store.getState().removeFromCompare('y');
    expect(store.getState().compareIds).toEqual(['x', 'z', 'w']);
    let calls = 0;
    store.subscribe(() => calls++);
    store.getState().removeFromCompare('nope');
    expect(calls).toBe(0);
  });
});
