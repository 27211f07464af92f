// One English term per concept: the glossary's English in every translation of a sentence holding its term, and one
// spelling ("center") in the content and in the interface's English.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/lib/readContent';
import { validateContent } from '../../scripts/content/validateContent';
import { en } from '../../src/i18n/en';

const content = readContent(process.cwd());
const glossaryIssues = (statements: unknown) =>
  validateContent({ ...content, statements }).filter((i) => i.file === 'src/content/statements.json');

describe('glossary.json', () => {
  it('is used by every translation in the content', () => {
    expect(validateContent(content).filter((i) => /glossary|spells/.test(i.message))).toEqual([]);
  });

  it('flags a translation that renders a glossary term differently, and the other spelling of center', () => {
    const withTerm = (content.statements as Array<{ zh: string; en: string }>).find((s) =>
      s.zh.includes('南箭北星'),
    )!;
    const messages = glossaryIssues([
      {
        ...withTerm,
        en: withTerm.en.replace('Rockets in the South, Satellites in the North', 'South Rockets'),
      },
      { ...withTerm, en: `${withTerm.en} A research centre.` },
    ]).map((i) => `${i.field}: ${i.message}`);
    expect(messages).toContain(
      `[0].en: translates 南箭北星 without the glossary's "Rockets in the South, Satellites in the North"`,
    );
    expect(messages).toContain('[1].en: spells "centre": the English text writes "center"');
  });

  it('the English interface spells center', () => {
    expect(Object.values(en).filter((s) => /\bcentr(e|es|ed)\b/i.test(s))).toEqual([]);
  });
});
