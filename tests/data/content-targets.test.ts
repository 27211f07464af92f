// Targets complete: every sentence of 二.(三) is a numeric indicator's quote or a goal in words (the three headings and
// the indicator table's title aside); the unicorn rank target is an indicator whose value the quote states in words;
// the 一.(二) status sentences with figures are quoted.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/lib/readContent';
import { formatIssue, validateContent } from '../../scripts/content/validateContent';
import type { Goal, Indicator } from '../../src/data/types';

const ROOT = new URL('../..', import.meta.url).pathname;
const content = readContent(ROOT);
const indicators = content.indicators as Indicator[];
const goals = content.goals as Goal[];
const sentences = (id: string): string[] =>
  content.plan.sections.find((s) => s.id === id)!.sentences.map((s) => s.text);

describe('targets of 二.(三)', () => {
  const HEADINGS = ['“科学中心”建设取得新进展。', '“创新高地”建设实现新突破。', '“创新生态”营造形成新成效。'];
  const TABLE_TITLE = '“十四五”时期国际科技创新中心建设预期性指标';

  it('quotes every sentence as a goal or an indicator', () => {
    const quoted = (s: string) =>
      goals.some((g) => g.section === '二.(三)' && g.zh === s) || indicators.some((i) => s.includes(i.quote));
    const missing = sentences('二.(三)').filter(
      (s) => !HEADINGS.includes(s) && s !== TABLE_TITLE && !quoted(s),
    );
    expect(missing).toEqual([]);
  });

  it('has the unicorn-count rank target, its value stated in the quote’s words', () => {
    const unicorn = indicators.find((i) => i.id === 'unicorn-rank')!;
    expect(unicorn).toMatchObject({ value: 1, value_words: '首位', comparator: 'exactly' });
    expect(unicorn.quote).toContain('独角兽企业数量保持世界城市首位');
  });

  it('quotes the 一.(二) status of Huairou’s facilities', () => {
    const huairou = goals.find((g) => g.id === 'huairou-facilities')!;
    expect(huairou).toMatchObject({ kind: 'status', section: '一.(二)' });
    expect(huairou.zh).toContain('5个大科学装置和 13 个交叉研究平台');
  });

  it('rejects value words that the quote does not hold, and a goal misquoted', () => {
    const broken = {
      ...content,
      indicators: indicators.map((i) => (i.id === 'unicorn-rank' ? { ...i, value_words: '第二' } : i)),
      goals: goals.map((g) => (g.id === 'governance' ? { ...g, zh: '科技治理能力全面提升。' } : g)),
    };
    const messages = validateContent(broken).map(formatIssue).join('\n');
    expect(messages).toContain('unicorn-rank › value_words: "第二" does not appear in the quote');
    expect(messages).toContain('governance › zh: quote not found verbatim');
  });
});
