// The compact plan.json form: same sections, sentences and line map as the parsed plan, and findQuote works on it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  docLineAt,
  findQuote,
  originalLineAt,
  parsePlan,
  sectionOwnText,
  sectionSentences,
  toPlanDoc,
} from '../../scripts/plan';
import type { PlanDoc } from '../../scripts/plan';

const raw = readFileSync(new URL('../../seeds/000_245563ab633a4873.txt', import.meta.url), 'utf8');
const plan = parsePlan(raw);
const en = (
  JSON.parse(readFileSync(new URL('../../src/content/sections-en.json', import.meta.url), 'utf8')) as {
    sections: Record<string, string>;
  }
).sections;
const doc = JSON.parse(
  JSON.stringify(toPlanDoc(plan, en, { title: plan.title, file: 'seed.txt', sha256: 'x' })),
) as PlanDoc;

describe('plan.json (PlanDoc)', () => {
  it('keeps every section with its own text and sentences', () => {
    expect(doc.sections.map((s) => s.id)).toEqual(plan.sections.map((s) => s.id));
    doc.sections.forEach((s, i) => {
      expect(sectionOwnText(doc, s)).toBe(plan.sections[i].text);
      expect(sectionSentences(doc, s)).toEqual(plan.sections[i].sentences.map((x) => x.text));
    });
  });

  it('carries the English section titles', () => {
    expect(doc.sections.find((s) => s.id === '七.(三)')?.title_en).toBe(
      'Advancing the Beijing–Tianjin–Hebei collaborative innovation community',
    );
  });

  it('answers quote lookups like the parsed plan', () => {
    expect(findQuote(doc, '七.(三)', '推动通州区与北三县一体化发展。')).toBe(true);
    expect(findQuote(doc, '七.(四)', '推动通州区与北三县一体化发展。')).toBe(false);
  });

  it('maps offsets to original lines like the parsed plan', () => {
    for (const offset of [0, 1, 500, 12345, plan.text.length - 1, plan.text.length, -1]) {
      expect(docLineAt(doc, offset)).toBe(originalLineAt(plan, offset));
    }
  });

  it('stays compact: the text is stored once (under 140,000 JSON characters)', () => {
    expect(JSON.stringify(doc).length).toBeLessThan(140_000);
  });
});
