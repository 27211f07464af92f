// Reader helpers: section number labels in the plan's own style and the place-name marks of the whole plan text.
import type { Area } from '../../data/types';
import type { PlanDoc, PlanDocSection } from '../../plan';
import type { TextMark } from './segments';
import { buildPlaceMatcher } from './placeNames';

/** "一、" for chapter 一, "（一）" for subsection 一.(一), "" for the preamble. */
export function sectionLabel(section: Pick<PlanDocSection, 'id' | 'level'>): string {
  if (section.level === 'chapter') return `${section.id}、`;
  if (section.level === 'subsection') {
    const m = /\((.+)\)$/.exec(section.id);
    return m ? `（${m[1]}）` : `${section.id} `;
  }
  return '';
}

const cache = new WeakMap<PlanDoc, TextMark[]>();

/** Place-name marks over every section's own text (computed once per document). */
export function placeMarks(
  areas: readonly Pick<Area, 'id' | 'name_zh' | 'aliases_zh'>[],
  doc: PlanDoc,
): TextMark[] {
  const known = cache.get(doc);
  if (known) return known;
  const matcher = buildPlaceMatcher(areas);
  const marks = doc.sections.flatMap((s) =>
    matcher
      .find(doc.text, s.text_start, s.text_end)
      .map((m): TextMark => ({ start: m.start, end: m.end, kind: 'place', ref: m.id })),
  );
  cache.set(doc, marks);
  return marks;
}
