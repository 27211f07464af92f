// Which plan sentences the atlas quotes and where: on small made-up data (merging, groups) and on the real atlas and
// plan (every quote's sentences carry its owner; sentences no quote touches carry nothing).
import { describe, expect, it } from 'vitest';
import type { Atlas } from '../../data/types';
import { locateQuote, type PlanDoc } from '../../plan';
import { realAtlas, realPlanDoc } from '../../../tests/support/realContent';
import { attachedSentences, groupAttachments, type AttachedSentence } from './attachments';

const text = '甲城建设装置。乙区发展芯片；推动量子研究。总体要求。';
const doc: PlanDoc = {
  version: 1,
  title: 't',
  title_en: 't',
  source: { title: 't', file: 'f', sha256: '0' },
  text,
  lines: [[0, text.length]],
  sections: [
    {
      id: '一',
      level: 'chapter',
      parent: null,
      title_zh: '',
      title_en: '',
      start: 0,
      end: text.length,
      text_start: 0,
      text_end: text.length,
      sentences: [
        [0, 7],
        [7, 14],
        [14, 21],
        [21, 26],
      ],
    },
  ],
};
const task = (zh: string, extra: object = {}) => ({ section: '一', zh, en: 'x', ...extra });
const area = (id: string, tasks: object[]) =>
  ({
    id,
    name_zh: id,
    name_en: id,
    kind: 'platform',
    industries: [],
    tasks,
  }) as unknown as Atlas['areas'][number];
const miniAtlas = (): Atlas =>
  ({
    areas: [
      area('a', [task('甲城建设装置。', { scope: 'partial' }), task('甲城建设装置。')]),
      area('b', [task('乙区发展芯片；', { scope: 'partial', industries: ['ic'] })]),
    ],
    links: [{ id: 'l1', from: 'a', to: 'b', kind: 'jjj', section: '一', zh: '推动量子研究。', en: 'x' }],
    statements: [
      { section: '一', zh: '乙区发展芯片；推动量子', en: 'x', industries: ['ic', 'quantum'], fields: [] },
    ],
    indicators: [],
    goals: [{ id: 'g', kind: 'goal', section: '一', zh: '甲城建设', en: 'x' }],
  }) as unknown as Atlas;

const at = (list: AttachedSentence[], start: number) => list.find((s) => s.start === start);

describe('attachedSentences on small data', () => {
  const list = attachedSentences(miniAtlas(), doc);

  it('marks every sentence a quote covers, wholly or in part, and no other', () => {
    expect(list.map((s) => [s.start, s.end])).toEqual([
      [0, 7],
      [7, 14],
      [14, 21],
    ]);
  });

  it('lists a place once, partial only if each of its tasks on the sentence is partial', () => {
    expect(at(list, 0)!.attachments).toEqual([
      { group: 'places', kind: 'area', id: 'a', partial: false },
      { group: 'targets', kind: 'goal', id: 'g' },
    ]);
    expect(at(list, 7)!.attachments[0]).toEqual({ group: 'places', kind: 'area', id: 'b', partial: true });
  });

  it('lists an industry shown city-wide once, under the city-wide statements', () => {
    const groups = groupAttachments(at(list, 7)!.attachments).map(([g, items]) => [
      g,
      items.map((a) => a.id),
    ]);
    expect(groups).toEqual([
      ['places', ['b']],
      ['citywide', ['ic', 'quantum']],
    ]);
    // a statement covering part of the next sentence marks it too, beside the link that quotes it whole
    expect(groupAttachments(at(list, 14)!.attachments).map(([g]) => g)).toEqual(['links', 'citywide']);
  });
});

describe('attachedSentences on the real atlas and plan', () => {
  const atlas = realAtlas();
  const plan = realPlanDoc();
  const list = attachedSentences(atlas, plan);
  const sentenceWith = (quote: string) => list.find((s) => plan.text.slice(s.start, s.end).includes(quote));
  /** The marked sentence holding the start of `quote` in its section. */
  const sentenceOf = (section: string, quote: string) => {
    const found = locateQuote(plan, section, quote);
    return found ? list.find((s) => s.start <= found.start && found.start < s.end) : undefined;
  };

  it('attaches each quote of a place, link, target and statement to its sentence', () => {
    for (const a of atlas.areas)
      for (const t of a.tasks) {
        const s = sentenceOf(t.section, t.zh);
        expect(
          s?.attachments.some((x) => x.kind === 'area' && x.id === a.id),
          `${a.id}: ${t.zh}`,
        ).toBe(true);
      }
    for (const l of atlas.links)
      expect(
        sentenceOf(l.section, l.zh)?.attachments.some((x) => x.id === l.id),
        l.id,
      ).toBe(true);
    for (const i of atlas.indicators)
      expect(
        sentenceOf(i.section, i.quote)?.attachments.some((x) => x.id === i.id),
        i.id,
      ).toBe(true);
    for (const st of atlas.statements ?? [])
      expect(
        sentenceOf(st.section, st.zh)?.attachments.some((x) => x.group === 'citywide'),
        st.zh,
      ).toBe(true);
  });

  it('marks the Huairou nodes sentence with its place and the plan’s closing chapter not at all', () => {
    const nodes = sentenceWith('打造城市客厅、雁栖小镇')!;
    expect(nodes.attachments).toContainEqual({
      group: 'places',
      kind: 'area',
      id: 'huairou-science-city',
      partial: false,
    });
    const closing = plan.sections.find((s) => s.id === '十一.(一)')!;
    expect(list.some((s) => s.start >= closing.text_start && s.end <= closing.text_end)).toBe(false);
  });

  it('marks a share of the plan’s sentences, each within one section’s own text', () => {
    const total = plan.sections.reduce((n, s) => n + s.sentences.length, 0);
    expect(list.length).toBeGreaterThan(total / 3);
    expect(list.length).toBeLessThan(total);
    for (const s of list)
      expect(plan.sections.some((sec) => sec.text_start <= s.start && s.end <= sec.text_end)).toBe(true);
  });
});
