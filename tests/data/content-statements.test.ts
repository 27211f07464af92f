// The city-wide industry statements (src/content/statements.json): checked like the area tasks, and together with the
// places, links and targets they make most of the plan reachable.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/lib/readContent';
import { validateContent } from '../../scripts/content/validateContent';
import { locateQuote } from '../../scripts/plan/quote';
import type { Statement } from '../../src/data/types';

const content = readContent(process.cwd());
const statements = content.statements as Statement[];
const issuesWith = (list: unknown) =>
  validateContent({ ...content, statements: list }).filter((i) => i.file === 'src/content/statements.json');

describe('statements.json', () => {
  it('passes its checks', () => {
    expect(issuesWith(statements)).toEqual([]);
  });

  it('rejects a misquote, a part of a sentence, an unknown industry and an industry the sentence does not name', () => {
    const good = statements.find((s) => s.section === '四.(二)' && s.industries.includes('quantum'))!;
    const bad = [
      { ...good, zh: good.zh.replace('量子', '量字') },
      { ...good, zh: good.zh.slice(0, -1) },
      { ...good, industries: ['no-such-industry'] },
      { ...good, industries: ['sci-fi'] },
      { ...good, en: '' },
    ];
    const messages = issuesWith(bad).map((i) => `${i.field}: ${i.message}`);
    expect(messages.some((m) => m.startsWith('[0].zh: quote not found verbatim'))).toBe(true);
    expect(messages.some((m) => m.startsWith('[1].zh: quote is not a whole sentence'))).toBe(true);
    expect(messages).toContain('[2].industries[0]: unknown industry "no-such-industry"');
    expect(
      messages.some((m) => m.startsWith('[3].industries[0]: the sentence does not name "科幻产业"')),
    ).toBe(true);
    expect(messages).toContain('[4].en: missing English translation');
  });

  it('gives every industry group of 五 a city-wide sentence, including the future industries and 南箭北星', () => {
    const inSection = (id: string) => statements.filter((s) => s.section === id);
    expect(inSection('五.(三)').some((s) => s.zh.includes('未来产业'))).toBe(true);
    expect(statements.some((s) => s.zh.includes('南箭北星') && s.industries.includes('aerospace'))).toBe(
      true,
    );
    for (const chapter of ['四', '五', '六', '八', '九', '十'])
      expect(statements.some((s) => s.section.split('.')[0] === chapter)).toBe(true);
  });

  it('with places, links and targets makes at least 55% of the plan text reachable', () => {
    const spans: Array<{ start: number; end: number }> = [];
    const add = (section: string, quote: string) => {
      const at = locateQuote(content.plan, section, quote);
      if (at) spans.push(at);
    };
    for (const f of content.areas)
      for (const t of (f.data as { tasks: Array<{ section: string; zh: string }> }).tasks)
        add(t.section, t.zh);
    for (const l of content.links as Array<{ section: string; zh: string }>) add(l.section, l.zh);
    for (const s of statements) add(s.section, s.zh);
    let all = 0;
    let hit = 0;
    for (const section of content.plan.sections)
      for (const s of section.sentences) {
        all += s.end - s.start;
        if (spans.some((r) => r.start < s.end && s.start < r.end)) hit += s.end - s.start;
      }
    expect(hit / all).toBeGreaterThanOrEqual(0.55);
  });
});
