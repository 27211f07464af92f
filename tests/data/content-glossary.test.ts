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

describe('glossary.json over the goals, the tour and the industry and field names', () => {
  it('flags a goal and a tour quote that render a glossary term differently', () => {
    type Item = { zh: string; en: string };
    const goals = structuredClone(content.goals) as Item[];
    const goal = goals.find((g) => g.zh.includes('高精尖'))!;
    goal.en = goal.en
      .replace('high-end, precision and advanced', 'sophisticated')
      .replace('High-end, precision and advanced', 'Sophisticated');
    const tour = structuredClone(content.tour) as Array<{ quotes: Item[] }>;
    const quote = tour.flatMap((s) => s.quotes).find((q) => q.zh.includes('高精尖'))!;
    quote.en = quote.en.replace('high-end, precision and advanced', 'high-end');
    const files = validateContent({ ...content, goals, tour })
      .filter((i) => /glossary/.test(i.message))
      .map((i) => i.file);
    expect(files).toEqual(['src/content/goals.json', 'src/content/tour.json']);
  });
});
