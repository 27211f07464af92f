// Pure reader logic: place names (longest first, excluded names), segmenting at mark boundaries, search hits, paragraphs.
import { describe, expect, it } from 'vitest';
import { buildPlaceMatcher } from './placeNames';
import { findAll, paragraphRanges, segmentText, type TextMark } from './segments';
import { sectionLabel } from './planText';

const areas = [
  { id: 'huairou', name_zh: '怀柔区', aliases_zh: ['怀柔'] },
  { id: 'huairou-science-city', name_zh: '怀柔科学城' },
  { id: 'zgc', name_zh: '中关村国家自主创新示范区', aliases_zh: ['中关村'] },
  { id: 'zgc-science-city', name_zh: '中关村科学城' },
  { id: 'beijing', name_zh: '北京市', aliases_zh: ['北京', '京'] },
  { id: 'innovation-cluster-zone', name_zh: '创新型产业集群示范区', aliases_zh: ['一区'] },
];

describe('buildPlaceMatcher', () => {
  const m = buildPlaceMatcher(areas);
  const names = (text: string) => m.find(text).map((x) => [text.slice(x.start, x.end), x.id]);

  it('takes the longest name at each position', () => {
    expect(names('建设怀柔科学城和怀柔区')).toEqual([
      ['怀柔科学城', 'huairou-science-city'],
      ['怀柔区', 'huairou'],
    ]);
    expect(names('中关村科学城与中关村')).toEqual([
      ['中关村科学城', 'zgc-science-city'],
      ['中关村', 'zgc'],
    ]);
  });

  it('never links single characters, 一区 or the city itself', () => {
    expect(names('北京市“三城一区”京津冀')).toEqual([]);
  });

  it('stays inside the range it is given', () => {
    const text = '在怀柔科学城';
    // 怀柔科学城 does not fit before offset 4, so the shorter 怀柔 is what is there
    expect(m.find(text, 0, 4)).toEqual([{ start: 1, end: 3, id: 'huairou' }]);
    expect(m.find(text, 1, 6)).toEqual([{ start: 1, end: 6, id: 'huairou-science-city' }]);
  });
});

describe('segmentText', () => {
  it('cuts at every boundary and tells which marks cover each piece', () => {
    const place: TextMark = { start: 2, end: 6, kind: 'place', ref: 'x' };
    const hit: TextMark = { start: 4, end: 8, kind: 'hit', ref: 0 };
    const segs = segmentText(0, 10, [place, hit]);
    expect(segs.map((s) => [s.start, s.end, s.marks.map((m) => m.kind).join('+')])).toEqual([
      [0, 2, ''],
      [2, 4, 'place'],
      [4, 6, 'place+hit'],
      [6, 8, 'hit'],
      [8, 10, ''],
    ]);
  });

  it('clips marks that reach outside the range', () => {
    const segs = segmentText(5, 10, [{ start: 0, end: 7, kind: 'target' }]);
    expect(segs.map((s) => [s.start, s.end, s.marks.length])).toEqual([
      [5, 7, 1],
      [7, 10, 0],
    ]);
  });
});

describe('findAll / paragraphRanges / sectionLabel', () => {
  it('finds every occurrence, case-insensitively, inside the range', () => {
    expect(findAll('AI and ai, Ai', 'ai', 0, 13)).toEqual([
      [0, 2],
      [7, 9],
      [11, 13],
    ]);
    expect(findAll('AI and ai', 'ai', 1, 9)).toEqual([[7, 9]]);
    expect(findAll('abc', '', 0, 3)).toEqual([]);
  });

  it('ends a paragraph after a sentence ending in 。 and keeps ；-clauses together', () => {
    const text = '甲；乙。丙。丁';
    expect(
      paragraphRanges(
        0,
        7,
        [
          [0, 2],
          [2, 4],
          [4, 6],
          [6, 7],
        ],
        text,
      ),
    ).toEqual([
      [0, 4],
      [4, 6],
      [6, 7],
    ]);
  });

  it('labels sections in the plan’s own style', () => {
    expect(sectionLabel({ id: '七', level: 'chapter' })).toBe('七、');
    expect(sectionLabel({ id: '七.(一)', level: 'subsection' })).toBe('（一）');
    expect(sectionLabel({ id: 'preamble', level: 'preamble' })).toBe('');
  });
});
