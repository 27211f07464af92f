// The real content on disk (src/content, geodata) against the real plan: zero issues, and the indicators are the plan's.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/lib/readContent';
import { formatIssue, validateContent } from '../../scripts/content/validateContent';
import type { Indicator } from '../../src/data/types';
import { findQuote } from '../../scripts/plan';

const ROOT = new URL('../..', import.meta.url).pathname;
const content = readContent(ROOT);

describe('real content', () => {
  it('reads every content file as valid JSON', () => {
    expect(content.readErrors).toEqual([]);
  });

  it('has no validation issue (quotes verbatim in their sections, ids, industries, geometry)', () => {
    expect(validateContent(content).map(formatIssue)).toEqual([]);
  });

  it('has an English title for every plan section and no title for a section that does not exist', () => {
    const ids = content.plan.sections.map((s) => s.id);
    expect(Object.keys(content.sectionsEn.sections).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(content.sectionsEn.sections[id]?.trim()).not.toBe('');
  });
});

describe('indicators (二.(三) targets for 2025)', () => {
  const indicators = content.indicators as Indicator[];

  it('lists the ten quantified targets of 二.(三), each quoted from that section', () => {
    expect(indicators.map((i) => [i.id, i.value, i.comparator])).toEqual([
      ['rd-intensity', 6, 'about'],
      ['basic-research-share', 17, 'about'],
      ['highly-cited-scientists', 210, 'about'],
      ['high-tech-value-added', 1.2, 'over'],
      ['digital-economy-growth', 7.5, 'about'],
      ['unicorn-rank', 1, 'exactly'],
      ['zgc-revenue-growth', 8, 'about'],
      ['technology-contracts', 8000, 'over'],
      ['rd-personnel-density', 260, 'about'],
      ['science-literacy', 28, 'about'],
    ]);
    for (const i of indicators) expect(findQuote(content.plan, '二.(三)', i.quote)).toBe(true);
  });

  it('uses "about" exactly where the quote says 左右 and "over" where it says 超过', () => {
    for (const i of indicators) {
      if (i.quote.includes('左右')) expect(i.comparator).toBe('about');
      if (i.quote.includes('超过')) expect(i.comparator).toBe('over');
    }
  });

  it('gives a baseline only with a year the plan states (一.(二))', () => {
    const withBaseline = indicators.filter((i) => i.baseline);
    expect(withBaseline.map((i) => [i.id, i.baseline!.value, i.baseline!.year])).toEqual([
      ['basic-research-share', 15.9, 2019],
    ]);
    for (const i of withBaseline) expect(findQuote(content.plan, '一.(二)', i.baseline!.quote)).toBe(true);
  });
});
