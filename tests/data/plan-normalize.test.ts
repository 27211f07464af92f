// The one normalisation on small fixtures: mid-sentence breaks, page-break spaces, blank lines, offset → line map.
import { describe, expect, it } from 'vitest';
import {
  normalizePlan,
  originalLineAt,
  originalLineRange,
  parsePlan,
  splitSentences,
} from '../../scripts/plan';

describe('normalizePlan', () => {
  it('joins a sentence broken mid-line with no separator', () => {
    expect(normalizePlan('加快打造世界主\n要科学中心。').text).toBe('加快打造世界主要科学中心。');
  });

  it('drops the blank lines the PDF puts between lines', () => {
    expect(normalizePlan('\n第一行\n\n第二行\n\n\n第三行。\n').text).toBe('第一行第二行第三行。');
  });

  it('trims a page-break space at a line start and trailing spaces, but keeps spaces inside a line', () => {
    expect(normalizePlan('保持在 6%  \n 左右。').text).toBe('保持在 6%左右。');
  });

  it('handles CRLF line ends and a BOM', () => {
    expect(normalizePlan('\uFEFF甲\r\n\r\n乙').text).toBe('甲乙');
  });

  it('maps normalised offsets back to 1-based original line numbers', () => {
    const n = normalizePlan('\n甲乙\n\n 丙丁\n\n戊');
    expect(n.text).toBe('甲乙丙丁戊');
    expect([0, 1, 2, 3, 4].map((o) => originalLineAt(n, o))).toEqual([2, 2, 4, 4, 6]);
    expect(originalLineAt(n, 5)).toBeNull();
    expect(originalLineAt(n, -1)).toBeNull();
    expect(originalLineRange(n, 1, 3)).toEqual([2, 4]);
    expect(originalLineRange(n, 2, 2)).toBeNull();
  });
});

describe('splitSentences', () => {
  const cut = (s: string): string[] => splitSentences(s, 0, s.length).map((x) => x.text);

  it('splits at 。！？ and ；', () => {
    expect(cut('甲。乙！丙？丁；戊。')).toEqual(['甲。', '乙！', '丙？', '丁；', '戊。']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(cut('提出“科创 30条。”随后')).toEqual(['提出“科创 30条。”', '随后']);
  });

  it('keeps an unterminated remainder (a caption) as a sentence', () => {
    expect(cut('目标。指标表')).toEqual(['目标。', '指标表']);
  });

  it('gives offsets into the text it was given', () => {
    const text = 'XX甲。乙。';
    expect(splitSentences(text, 2, text.length).map((s) => [s.start, s.end])).toEqual([
      [2, 4],
      [4, 6],
    ]);
  });
});

describe('parsePlan on a fixture', () => {
  const fixture = [
    '规划标题',
    '',
    '前言第一句。',
    '一、第一章',
    '',
    '章导语。',
    '(一)第一节',
    '节正文跨',
    '',
    '行。',
    ' (二)第二节',
    '二、第二章',
    '(一)另一节',
    '五、这一行在正文里不是标题，因为章号不按顺序',
    '(三)同理不是小节。',
  ].join('\n');
  const plan = parsePlan(fixture);

  it('finds chapters and subsections by sequential numbering only', () => {
    expect(plan.sections.map((s) => s.id)).toEqual(['preamble', '一', '一.(一)', '一.(二)', '二', '二.(一)']);
  });

  it('gives chapters their lead text only and subsections their body', () => {
    expect(plan.sections[1].text).toBe('章导语。');
    expect(plan.sections[2].text).toBe('节正文跨行。');
    expect(plan.sections[3].text).toBe('');
    expect(plan.sections[5].text).toBe('五、这一行在正文里不是标题，因为章号不按顺序(三)同理不是小节。');
  });

  it('gives the preamble the text between title and chapter 一', () => {
    expect(plan.title).toBe('规划标题');
    expect(plan.preamble).toBe('前言第一句。');
  });
});
