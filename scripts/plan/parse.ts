// Parses the normalised plan into its sections (preamble, chapters 一…十一, subsections "七.(一)") and their sentences.
import { normalizePlan } from './normalize';
import type { LineStart, ParsedPlan, PlanSection, PlanSentence } from './types';

/** Chinese numerals in counting order, enough for the plan's chapters (一…十一) and any subsection list. */
export const NUMERALS: readonly string[] = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
  '十六',
  '十七',
  '十八',
  '十九',
  '二十',
];

const CHAPTER_HEADING = /^([一二三四五六七八九十]+)、(.+)$/;
// The PDF text uses ASCII parentheses; full-width ones are accepted too.
const SUBSECTION_HEADING = /^[(（]([一二三四五六七八九十]+)[)）](.+)$/;

/** Sentence ends: 。！？ and ；(a clause of a list of tasks reads as one unit in the panel). */
const SENTENCE_END = /[。！？；]/;
/** Closing marks that belong to the sentence they follow: 。” stays one end. */
const CLOSERS = /[”’」』）)】》]/;

/** Subsection id in the plan's own numbering: `七.(一)`. */
export function subsectionId(chapter: string, numeral: string): string {
  return `${chapter}.(${numeral})`;
}

/**
 * Split [from, to) of the normalised text into sentences at 。！？； (with any closing quote that follows).
 * Paragraph starts need no rule of their own: in this plan every paragraph ends with one of those marks (checked over
 * the whole text: the only kept lines without one that end a block are the title and the table caption, and both are
 * followed by a heading, i.e. a section end). Blank lines cannot mark paragraphs: the PDF puts one between every line.
 * A remainder without a final mark (the caption) is a sentence of its own. Whitespace at sentence edges is skipped.
 */
export function splitSentences(text: string, from: number, to: number): PlanSentence[] {
  const sentences: PlanSentence[] = [];
  let start = from;
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) sentences.push({ start: s, end: e, text: text.slice(s, e) });
  };
  for (let i = from; i < to; i++) {
    if (!SENTENCE_END.test(text[i])) continue;
    let end = i + 1;
    while (end < to && CLOSERS.test(text[end])) end++;
    push(start, end);
    start = end;
    i = end - 1;
  }
  push(start, to);
  return sentences;
}

interface Heading {
  level: 'chapter' | 'subsection';
  id: string;
  chapter: string;
  title: string;
  start: number;
  headingEnd: number;
}

function lineText(text: string, lines: ReadonlyArray<LineStart>, index: number): string {
  const end = index + 1 < lines.length ? lines[index + 1].offset : text.length;
  return text.slice(lines[index].offset, end);
}

/**
 * Find headings line by line. Numbering must run in sequence (chapter 一, 二, …; subsections (一), (二), … restarting in
 * each chapter), so a body line that happens to start with "三、" cannot be mistaken for a heading.
 */
function findHeadings(text: string, lines: ReadonlyArray<LineStart>): Heading[] {
  const headings: Heading[] = [];
  let chapterIndex = 0;
  let subIndex = 0;
  let chapter = '';
  for (let i = 1; i < lines.length; i++) {
    const line = lineText(text, lines, i);
    const start = lines[i].offset;
    const ch = CHAPTER_HEADING.exec(line);
    if (ch && ch[1] === NUMERALS[chapterIndex]) {
      chapter = ch[1];
      chapterIndex++;
      subIndex = 0;
      headings.push({
        level: 'chapter',
        id: chapter,
        chapter,
        title: ch[2].trim(),
        start,
        headingEnd: start + line.length,
      });
      continue;
    }
    const sub = SUBSECTION_HEADING.exec(line);
    if (chapter && sub && sub[1] === NUMERALS[subIndex]) {
      subIndex++;
      headings.push({
        level: 'subsection',
        id: subsectionId(chapter, sub[1]),
        chapter,
        title: sub[2].trim(),
        start,
        headingEnd: start + line.length,
      });
    }
  }
  return headings;
}

function makeSection(text: string, base: Omit<PlanSection, 'text' | 'sentences'>): PlanSection {
  return {
    ...base,
    text: text.slice(base.textStart, base.textEnd),
    sentences: splitSentences(text, base.textStart, base.textEnd),
  };
}

/** Parse the plan's raw text: title (first line), preamble, chapters and subsections with their own text and sentences. */
export function parsePlan(raw: string): ParsedPlan {
  const { text, lines } = normalizePlan(raw);
  const title = lines.length > 0 ? lineText(text, lines, 0) : '';
  const headings = findHeadings(text, lines);
  const firstHeading = headings.length > 0 ? headings[0].start : text.length;

  const sections: PlanSection[] = [];
  sections.push(
    makeSection(text, {
      id: 'preamble',
      level: 'preamble',
      parent: null,
      title_zh: '',
      start: title.length,
      end: firstHeading,
      textStart: title.length,
      textEnd: firstHeading,
    }),
  );

  headings.forEach((h, k) => {
    const next = headings[k + 1];
    if (h.level === 'chapter') {
      const nextChapter = headings.slice(k + 1).find((o) => o.level === 'chapter');
      const end = nextChapter ? nextChapter.start : text.length;
      const textEnd = next ? Math.min(next.start, end) : end;
      sections.push(
        makeSection(text, {
          id: h.id,
          level: 'chapter',
          parent: null,
          title_zh: h.title,
          start: h.start,
          end,
          textStart: h.headingEnd,
          textEnd,
        }),
      );
    } else {
      const end = next ? next.start : text.length;
      sections.push(
        makeSection(text, {
          id: h.id,
          level: 'subsection',
          parent: h.chapter,
          title_zh: h.title,
          start: h.start,
          end,
          textStart: h.headingEnd,
          textEnd: end,
        }),
      );
    }
  });

  return { title, preamble: sections[0].text, text, lines, sections };
}

/** The section with this id, or undefined. */
export function sectionById<S extends { id: string }>(
  plan: { sections: ReadonlyArray<S> },
  id: string,
): S | undefined {
  return plan.sections.find((s) => s.id === id);
}
