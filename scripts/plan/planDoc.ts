// The compact plan.json form of the parsed plan (built at build time, read by the plan reader) and helpers to read it.
import type { ParsedPlan, PlanDoc, PlanDocSection } from './types';

/** Build the compact document; `titlesEn` maps section ids to our English titles (missing ones stay ""). */
export function toPlanDoc(
  plan: ParsedPlan,
  titlesEn: Readonly<Record<string, string>>,
  source: PlanDoc['source'],
  titleEn = '',
): PlanDoc {
  return {
    version: 1,
    title: plan.title,
    title_en: titleEn,
    source,
    text: plan.text,
    lines: plan.lines.map((l) => [l.offset, l.line]),
    sections: plan.sections.map((s) => ({
      id: s.id,
      level: s.level,
      parent: s.parent,
      title_zh: s.title_zh,
      title_en: titlesEn[s.id] ?? '',
      start: s.start,
      end: s.end,
      text_start: s.textStart,
      text_end: s.textEnd,
      sentences: s.sentences.map((x) => [x.start, x.end]),
    })),
  };
}

/** A section's own text (without heading and subsections). */
export function sectionOwnText(doc: PlanDoc, section: PlanDocSection): string {
  return doc.text.slice(section.text_start, section.text_end);
}

/** A section's sentences as strings. */
export function sectionSentences(doc: PlanDoc, section: PlanDocSection): string[] {
  return section.sentences.map(([s, e]) => doc.text.slice(s, e));
}

/** The original line number of a normalised offset in a PlanDoc, or null outside the text. */
export function docLineAt(doc: PlanDoc, offset: number): number | null {
  if (offset < 0 || offset >= doc.text.length) return null;
  let lo = 0;
  let hi = doc.lines.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (doc.lines[mid][0] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? null : doc.lines[found][1];
}
