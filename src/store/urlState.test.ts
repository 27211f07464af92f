// URL state: table-driven round trips, hostile inputs, and properties (never throws, only known ids, parse∘serialize = id).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fixture from '../../tests/fixtures/atlas-logic.json';
import type { Atlas } from '../data/types';
import {
  MAX_LIST_ITEMS,
  MAX_PARAM_CHARS,
  NOTICE_VALUE_CHARS,
  URL_KEYS,
  canonicalUrlState,
  parseUrlState,
  serializeUrlState,
  urlKnownIds,
  type UrlKnownIds,
  type UrlState,
} from './urlState';
import { AREA_KINDS } from '../data/areaKinds';
import { PANEL_IDS } from './panelIds';

const areaIds = ['zgc-science-city', 'huairou-science-city', 'chaoyang', 'haidian', 'etdz', 'a'];
const oddAreaIds = ['x+y', 'a,b', '%41', '中关村', "it's (odd)"];
const industryIds = ['ai', 'quantum', 'ic', 'health'];
const layerIds = ['districts', 'three-cities', 'zgc-subparks', 'platforms', 'links'];
const sectionIds = ['preamble', '七', '七.(一)', '三.(二)', '十.(四)'];
const groupIds = ['digital', 'health'];
const linkIds = ['beijing--tianjin-1', 'zgc--xiongan'];

const known: UrlKnownIds = {
  areaIds: new Set([...areaIds, ...oddAreaIds]),
  industryIds: new Set(industryIds),
  layerIds: new Set(layerIds),
  sectionIds: new Set(sectionIds),
  groupIds: new Set(groupIds),
  linkIds: new Set(linkIds),
  tourStops: 8,
};

const parse = (search: string) => parseUrlState(search, known);

describe('parseUrlState: valid values', () => {
  it.each<[string, Partial<UrlState>]>([
    ['', {}],
    ['?', {}],
    ['?area=chaoyang', { area: 'chaoyang' }],
    ['?link=beijing--tianjin-1', { link: 'beijing--tianjin-1' }],
    ['?link=zgc--xiongan&lang=en', { link: 'zgc--xiongan', lang: 'en' }],
    ['?panel=link', { panel: 'link' }],
    ['area=chaoyang', { area: 'chaoyang' }],
    ['?lang=en', { lang: 'en' }],
    ['?lang=zh', { lang: 'zh' }],
    ['?layers=districts,links', { layers: ['districts', 'links'] }],
    ['?layers=', { layers: [] }],
    ['?ind=ai,ic&match=all', { ind: ['ai', 'ic'], match: 'all' }],
    ['?match=any', {}],
    ['?grp=digital', { grp: ['digital'] }],
    ['?kinds=district,zgc-subpark', { kinds: ['district', 'zgc-subpark'] }],
    ['?cmp=chaoyang,haidian', { cmp: ['chaoyang', 'haidian'] }],
    ['?cmp=chaoyang,haidian,etdz,a', { cmp: ['chaoyang', 'haidian', 'etdz', 'a'] }],
    ['?panel=matrix', { panel: 'matrix' }],
    ['?sec=%E4%B8%83.%28%E4%B8%80%29', { sec: '七.(一)' }],
    ['?tour=1', { tour: 1 }],
    ['?tour=8&lang=en', { tour: 8, lang: 'en' }],
    ['?embed=1&area=chaoyang', { embed: true, area: 'chaoyang' }],
    ['?sec=七.(一)', { sec: '七.(一)' }],
    ['?area=x%2By', { area: 'x+y' }],
    ['?area=a%2Cb', { area: 'a,b' }],
    ['?ind=', {}],
    ['?area=', {}],
    ['?utm_source=mail&area=etdz&zoom=3', { area: 'etdz' }],
    ['?area=etdz#10/39.9/116.4', { area: 'etdz' }],
    ['?area=etdz&&&', { area: 'etdz' }],
    ['?ind=ai,', { ind: ['ai'] }],
  ])('%s', (search, expected) => {
    const { state, notices } = parse(search);
    expect(notices).toEqual([]);
    expect(state).toEqual(expected);
  });
});

describe('parseUrlState: hostile values are dropped with a notice', () => {
  it.each<[string, Partial<UrlState>, { key: string; reason: string; value?: string }[]]>([
    ['?area=%E4%ZZ', {}, [{ key: 'area', reason: 'malformed', value: '%E4%ZZ' }]],
    ['?area=%', {}, [{ key: 'area', reason: 'malformed', value: '%' }]],
    ['?area=%E4%B8', {}, [{ key: 'area', reason: 'malformed' }]],
    ['?area=nowhere', {}, [{ key: 'area', reason: 'unknown-id', value: 'nowhere' }]],
    ['?link=beijing--nowhere', {}, [{ key: 'link', reason: 'unknown-id', value: 'beijing--nowhere' }]],
    ['?link=chaoyang', {}, [{ key: 'link', reason: 'unknown-id', value: 'chaoyang' }]],
    ['?link=%E4%ZZ', {}, [{ key: 'link', reason: 'malformed' }]],
    [
      '?link=zgc--xiongan&link=beijing--tianjin-1',
      { link: 'zgc--xiongan' },
      [{ key: 'link', reason: 'duplicate', value: 'beijing--tianjin-1' }],
    ],
    [
      '?ind=ai,ai,zzz',
      { ind: ['ai'] },
      [
        { key: 'ind', reason: 'duplicate', value: 'ai' },
        { key: 'ind', reason: 'unknown-id', value: 'zzz' },
      ],
    ],
    ['?ind=zzz', {}, [{ key: 'ind', reason: 'unknown-id' }]],
    // the same value dropped for the same reason is named once
    [
      '?ind=zzz,zzz,zzz,ai,ai,ai',
      { ind: ['ai'] },
      [
        { key: 'ind', reason: 'unknown-id', value: 'zzz' },
        { key: 'ind', reason: 'duplicate', value: 'ai' },
      ],
    ],
    ['?ind=ai,%ZZ,ic', { ind: ['ai', 'ic'] }, [{ key: 'ind', reason: 'malformed', value: '%ZZ' }]],
    ['?cmp=a', {}, [{ key: 'cmp', reason: 'invalid-value', value: 'a' }]],
    [
      '?cmp=a,a',
      {},
      [
        { key: 'cmp', reason: 'duplicate' },
        { key: 'cmp', reason: 'invalid-value' },
      ],
    ],
    [
      '?cmp=a,nowhere',
      {},
      [
        { key: 'cmp', reason: 'unknown-id' },
        { key: 'cmp', reason: 'invalid-value' },
      ],
    ],
    [
      '?cmp=chaoyang,haidian,etdz,a,zgc-science-city',
      { cmp: ['chaoyang', 'haidian', 'etdz', 'a'] },
      [{ key: 'cmp', reason: 'too-many', value: 'zgc-science-city' }],
    ],
    ['?lang=fr', {}, [{ key: 'lang', reason: 'invalid-value', value: 'fr' }]],
    ['?lang=EN', {}, [{ key: 'lang', reason: 'invalid-value' }]],
    ['?match=some', {}, [{ key: 'match', reason: 'invalid-value' }]],
    ['?panel=settings', {}, [{ key: 'panel', reason: 'invalid-value' }]],
    [
      '?kinds=district,city',
      { kinds: ['district'] },
      [{ key: 'kinds', reason: 'invalid-value', value: 'city' }],
    ],
    ['?sec=七.(九十)', {}, [{ key: 'sec', reason: 'unknown-id' }]],
    ['?layers=districts,roads', { layers: ['districts'] }, [{ key: 'layers', reason: 'unknown-id' }]],
    ['?layers=roads', { layers: [] }, [{ key: 'layers', reason: 'unknown-id' }]],
    ['?area=etdz&area=haidian', { area: 'etdz' }, [{ key: 'area', reason: 'duplicate', value: 'haidian' }]],
    ['?grp=energy', {}, [{ key: 'grp', reason: 'unknown-id' }]],
    ['?area=__proto__&toString=1&constructor=x', {}, [{ key: 'area', reason: 'unknown-id' }]],
  ])('%s', (search, expectedState, expectedNotices) => {
    const { state, notices } = parse(search);
    expect(state).toEqual(expectedState);
    expect(notices).toHaveLength(expectedNotices.length);
    expectedNotices.forEach((n, i) => expect(notices[i]).toMatchObject(n));
  });

  it('drops a 1 MB value as too-long, with a display value cut to the notice length', () => {
    const huge = 'a'.repeat(1024 * 1024);
    const started = performance.now();
    const { state, notices } = parse(`?area=${huge}&lang=en`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(state).toEqual({ lang: 'en' });
    expect(notices).toEqual([
      { key: 'area', value: 'a'.repeat(NOTICE_VALUE_CHARS) + '…', reason: 'too-long' },
    ]);
  });

  it('drops a value just over the cap and keeps one at the cap', () => {
    const atCap = 'chaoyang,haidian' + ','.repeat(MAX_PARAM_CHARS - 16);
    expect(atCap.length).toBe(MAX_PARAM_CHARS);
    expect(parse(`?cmp=${atCap}`)).toEqual({ state: { cmp: ['chaoyang', 'haidian'] }, notices: [] });
    expect(parse(`?cmp=${atCap}x`).notices).toEqual([
      expect.objectContaining({ key: 'cmp', reason: 'too-long' }),
    ]);
  });

  it('keeps at most 64 list items, with one too-many notice for the rest', () => {
    const many = Array.from({ length: MAX_LIST_ITEMS + 6 }, (_, i) => `l${i}`);
    const wide: UrlKnownIds = { ...known, layerIds: new Set(many) };
    const { state, notices } = parseUrlState(`?layers=${many.join(',')}`, wide);
    expect(state.layers).toEqual(many.slice(0, MAX_LIST_ITEMS));
    expect(notices).toEqual([expect.objectContaining({ key: 'layers', reason: 'too-many' })]);
  });

  it('treats grp values as unknown when the caller gives no group ids', () => {
    const { groupIds: _omit, ...noGroups } = known;
    expect(parseUrlState('?grp=digital', noGroups)).toEqual({
      state: {},
      notices: [{ key: 'grp', value: 'digital', reason: 'unknown-id' }],
    });
  });

  it('reads fld as field ids, dropping an unknown one with a notice, and writes it back', () => {
    const withFields = { ...known, fieldIds: new Set(['new-memory', 'graphene']) };
    expect(parseUrlState('?fld=new-memory,chips', withFields)).toEqual({
      state: { fld: ['new-memory'] },
      notices: [{ key: 'fld', value: 'chips', reason: 'unknown-id' }],
    });
    expect(serializeUrlState({ fld: ['new-memory', 'graphene'] })).toBe('?fld=new-memory,graphene');
  });

  it('cuts long Chinese values for display by characters, not UTF-16 halves', () => {
    const value = '𠀀'.repeat(NOTICE_VALUE_CHARS + 5);
    const [notice] = parse(`?sec=${encodeURIComponent(value)}`).notices;
    expect(notice.value).toBe('𠀀'.repeat(NOTICE_VALUE_CHARS) + '…');
  });
});

describe('serializeUrlState', () => {
  it.each<[Partial<UrlState>, string]>([
    [{}, ''],
    [{ area: 'chaoyang' }, '?area=chaoyang'],
    [{ sec: '七.(一)' }, '?sec=%E4%B8%83.%28%E4%B8%80%29'],
    [{ match: 'any' }, ''],
    [{ match: 'all', ind: ['ai', 'ic'] }, '?ind=ai,ic&match=all'],
    [{ ind: [] }, ''],
    [{ layers: [] }, '?layers='],
    [{ area: 'a,b', cmp: ['a,b', 'x+y'] }, '?area=a%2Cb&cmp=a%2Cb,x%2By'],
    [{ area: "it's (odd)" }, '?area=it%27s%20%28odd%29'],
    [
      { sec: '七', panel: 'reader', cmp: ['a', 'etdz'], lang: 'en', area: 'etdz' },
      '?area=etdz&lang=en&cmp=a,etdz&panel=reader&sec=%E4%B8%83',
    ],
    [{ area: '' }, ''],
  ])('%j → %s', (state, expected) => {
    expect(serializeUrlState(state)).toBe(expected);
  });

  it('leaves out values equal to the caller’s defaults (lists as sets)', () => {
    const defaults = { layers: ['districts', 'links'], lang: 'zh' as const };
    expect(serializeUrlState({ layers: ['links', 'districts'], lang: 'zh', area: 'a' }, { defaults })).toBe(
      '?area=a',
    );
    expect(serializeUrlState({ layers: ['links'], lang: 'en' }, { defaults })).toBe('?lang=en&layers=links');
  });

  it('writes keys in the table order whatever the object order', () => {
    const s = serializeUrlState({ sec: '七', area: 'a', panel: 'reader' });
    const keys = s
      .slice(1)
      .split('&')
      .map((p) => p.split('=')[0]);
    expect(keys).toEqual(URL_KEYS.filter((k) => keys.includes(k)));
  });
});

// --- properties -------------------------------------------------------------------------------------------------

const hostilePiece = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '%',
    '%E4',
    '%E4%ZZ',
    '%%',
    '+',
    ',',
    ',,',
    '=',
    '&',
    '#',
    '?',
    '%2C',
    '%00',
    '\u0000',
    '七.(一)',
  ),
  fc.constantFrom(
    ...areaIds,
    ...oddAreaIds,
    ...industryIds,
    ...layerIds,
    ...sectionIds,
    ...PANEL_IDS,
    'en',
    'all',
  ),
);
const hostileSearch = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom(...URL_KEYS), fc.string({ maxLength: 6 })),
        fc.array(hostilePiece, { maxLength: 6 }),
        fc.constantFrom(',', ''),
      ),
      { maxLength: 12 },
    )
    .map((pairs) => '?' + pairs.map(([k, pieces, sep]) => `${k}=${pieces.join(sep)}`).join('&')),
);

const allKnown = (state: Partial<UrlState>) => {
  const listOk = (xs: string[] | undefined, set: ReadonlySet<string>) =>
    xs === undefined || (xs.every((x) => set.has(x)) && new Set(xs).size === xs.length);
  return (
    (state.area === undefined || known.areaIds.has(state.area)) &&
    (state.link === undefined || known.linkIds!.has(state.link)) &&
    (state.sec === undefined || known.sectionIds.has(state.sec)) &&
    (state.lang === undefined || ['zh', 'en'].includes(state.lang)) &&
    (state.match === undefined || state.match === 'all') &&
    (state.panel === undefined || (PANEL_IDS as readonly string[]).includes(state.panel)) &&
    listOk(state.layers, known.layerIds) &&
    listOk(state.ind, known.industryIds) &&
    listOk(state.grp, known.groupIds ?? new Set()) &&
    listOk(state.kinds, new Set(AREA_KINDS)) &&
    listOk(state.cmp, known.areaIds) &&
    (state.cmp === undefined || (state.cmp.length >= 2 && state.cmp.length <= 4)) &&
    (state.tour === undefined || (Number.isInteger(state.tour) && state.tour >= 1 && state.tour <= 8)) &&
    (state.embed === undefined || state.embed === true)
  );
};

const subset = <T>(xs: readonly T[], min: number, max: number) =>
  fc.uniqueArray(fc.constantFrom(...xs), { minLength: min, maxLength: Math.min(max, xs.length) });

const validState: fc.Arbitrary<Partial<UrlState>> = fc.record(
  {
    area: fc.constantFrom(...known.areaIds),
    link: fc.constantFrom(...linkIds),
    lang: fc.constantFrom('zh' as const, 'en' as const),
    layers: subset(layerIds, 0, layerIds.length),
    ind: subset(industryIds, 1, industryIds.length),
    grp: subset(groupIds, 1, groupIds.length),
    match: fc.constantFrom('all' as const),
    kinds: subset(AREA_KINDS, 1, AREA_KINDS.length),
    cmp: subset([...known.areaIds], 2, 4),
    panel: fc.constantFrom(...PANEL_IDS),
    sec: fc.constantFrom(...sectionIds),
    tour: fc.integer({ min: 1, max: 8 }),
    embed: fc.constant(true),
  },
  { requiredKeys: [] },
);

describe('tour and embed', () => {
  it.each(['0', '9', '-1', '1.5', '01', 'x', '99999'])('drops tour=%s (8 stops) with a notice', (value) => {
    expect(parse(`?tour=${value}&lang=en`)).toEqual({
      state: { lang: 'en' },
      notices: [{ key: 'tour', value, reason: 'invalid-value' }],
    });
  });

  it('reads no stop when the atlas has no tour', () => {
    expect(parseUrlState('?tour=1', { ...known, tourStops: undefined }).notices).toEqual([
      { key: 'tour', value: '1', reason: 'invalid-value' },
    ]);
  });

  it('reads embed=1 only, and writes embed off as nothing', () => {
    expect(parse('?embed=true').notices).toEqual([{ key: 'embed', value: 'true', reason: 'invalid-value' }]);
    expect(serializeUrlState({ embed: false, tour: 3 })).toBe('?tour=3');
    expect(serializeUrlState({ area: 'chaoyang', embed: true })).toBe('?area=chaoyang&embed=1');
  });

  it('counts the stops of the atlas tour', () => {
    const atlas = { ...(fixture as unknown as Atlas), tour: [] };
    expect(urlKnownIds(atlas, layerIds).tourStops).toBe(0);
  });
});

describe('properties', () => {
  it('parse never throws and returns only known ids, for any string', () => {
    fc.assert(
      fc.property(hostileSearch, (search) => {
        const { state, notices } = parse(search);
        expect(allKnown(state)).toBe(true);
        for (const n of notices)
          expect(Array.from(n.value).length).toBeLessThanOrEqual(NOTICE_VALUE_CHARS + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('parse(serialize(state)) gives the state back, with no notice, for any valid state', () => {
    fc.assert(
      fc.property(validState, (state) => {
        const { state: back, notices } = parse(serializeUrlState(state));
        expect(notices).toEqual([]);
        expect(back).toEqual(state);
      }),
      { numRuns: 1000 },
    );
  });

  it('the serialized form is plain ASCII with no characters linkifiers cut at', () => {
    fc.assert(
      fc.property(validState, (state) => {
        expect(serializeUrlState(state)).toMatch(/^(\?[A-Za-z0-9%._~,=&-]*)?$/);
      }),
    );
  });

  it('serialize is stable: re-serializing what was parsed gives the same string', () => {
    fc.assert(
      fc.property(hostileSearch, (search) => {
        const once = serializeUrlState(parse(search).state);
        expect(serializeUrlState(parse(once).state)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('canonicalUrlState drops exactly what serialize leaves out', () => {
    fc.assert(
      fc.property(validState, fc.boolean(), fc.boolean(), (state, anyMatch, emptyInd) => {
        const withDefaults: Partial<UrlState> = {
          ...state,
          ...(anyMatch ? { match: 'any' } : {}),
          ...(emptyInd ? { ind: [] } : {}),
        };
        expect(parse(serializeUrlState(withDefaults)).state).toEqual(canonicalUrlState(withDefaults));
      }),
    );
  });
});

describe('urlKnownIds', () => {
  it('takes link ids from the atlas; an atlas without links knows none', () => {
    const links = [{ id: 'beijing--tianjin-1' }] as Atlas['links'];
    const ids = urlKnownIds({ ...(fixture as Atlas), links }, []);
    expect(parseUrlState('?link=beijing--tianjin-1', ids).state).toEqual({ link: 'beijing--tianjin-1' });
    const none = urlKnownIds({ ...(fixture as Atlas), links: [] }, []);
    expect(parseUrlState('?link=beijing--tianjin-1', none).notices).toEqual([
      { key: 'link', value: 'beijing--tianjin-1', reason: 'unknown-id' },
    ]);
  });

  it('writes link after area, in table order, and round-trips a link id', () => {
    expect(serializeUrlState({ lang: 'en', link: 'zgc--xiongan', area: 'haidian' })).toBe(
      '?area=haidian&link=zgc--xiongan&lang=en',
    );
    expect(parse(serializeUrlState({ link: 'beijing--tianjin-1' })).state).toEqual({
      link: 'beijing--tianjin-1',
    });
  });

  it('takes area, industry, group and section ids from the atlas, layers from the caller', () => {
    const ids = urlKnownIds(fixture as Atlas, ['districts', 'links']);
    const { state, notices } = parseUrlState(
      '?area=chaoyang&ind=ai,zzz&grp=health&cmp=etdz,shunyi&layers=links&sec=%E4%B8%83.%28%E4%B8%80%29&panel=compare',
      ids,
    );
    expect(state).toEqual({
      area: 'chaoyang',
      ind: ['ai'],
      grp: ['health'],
      cmp: ['etdz', 'shunyi'],
      layers: ['links'],
      sec: '七.(一)',
      panel: 'compare',
    });
    expect(notices).toEqual([{ key: 'ind', value: 'zzz', reason: 'unknown-id' }]);
  });
});
