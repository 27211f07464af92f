// Types of the parsed plan (build time): normalised text, sections in the plan's own numbering, sentences, and the map
// back to the original. The browser's share (PlanDoc, QuotablePlan) lives in src/plan/types.ts.
import type { PlanSectionLevel } from '../../src/plan/types';

export type { PlanDoc, PlanDocSection, PlanSectionLevel, QuotablePlan } from '../../src/plan/types';

/** A sentence (or clause ending in ；) of a section's own text; offsets are into the normalised text. */
export interface PlanSentence {
  start: number;
  end: number;
  text: string;
}

export interface PlanSection {
  /** "preamble", chapter "七" or subsection "七.(一)". */
  id: string;
  level: PlanSectionLevel;
  /** The chapter id of a subsection; null otherwise. */
  parent: string | null;
  /** The heading without its number ("优化提升重点区域创新格局，辐射带动全国高质量发展"); "" for the preamble. */
  title_zh: string;
  /** Offset of the heading in the normalised text (for the preamble: the first character after the title). */
  start: number;
  /** End (exclusive) of the section's whole range; a chapter's range covers its subsections. */
  end: number;
  /** The section's own text: after its heading, before its first subsection (chapters) or the next heading. */
  textStart: number;
  textEnd: number;
  text: string;
  sentences: PlanSentence[];
}

/** Where each kept line of the original file starts in the normalised text. */
export interface LineStart {
  /** Offset in the normalised text (UTF-16 code units, as JavaScript strings index). */
  offset: number;
  /** 1-based line number in the original file. */
  line: number;
}

export interface NormalizedPlan {
  text: string;
  lines: LineStart[];
}

export interface ParsedPlan {
  title: string;
  /** The preamble's text (before chapter 一, after the title). */
  preamble: string;
  /** The whole normalised text: every section's offsets point into it. */
  text: string;
  lines: LineStart[];
  /** In document order: preamble, 一, 一.(一), 一.(二), 二, … */
  sections: PlanSection[];
}
