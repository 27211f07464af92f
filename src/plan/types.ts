// Types the browser reads from the plan: the compact plan.json (PlanDoc) and the minimum a quote lookup needs.

export type PlanSectionLevel = 'preamble' | 'chapter' | 'subsection';

/** The minimum a quote lookup needs: works on a ParsedPlan and on the compact plan.json alike. */
export interface QuotablePlan {
  text: string;
  sections: ReadonlyArray<{ id: string; start: number; end: number }>;
}

/**
 * The compact plan written to public/data/plan.json for the in-app reader: the normalised text once, sections as
 * offsets into it, sentences as [start, end] pairs, and the original line of each kept line as [offset, line] pairs.
 */
export interface PlanDoc {
  version: 1;
  title: string;
  title_en: string;
  source: { title: string; file: string; sha256: string };
  text: string;
  lines: Array<[number, number]>;
  sections: PlanDocSection[];
}

export interface PlanDocSection {
  id: string;
  level: PlanSectionLevel;
  parent: string | null;
  title_zh: string;
  title_en: string;
  start: number;
  end: number;
  text_start: number;
  text_end: number;
  sentences: Array<[number, number]>;
}
