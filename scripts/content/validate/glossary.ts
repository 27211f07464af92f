// src/content/glossary.json: one English term per concept. Every translation (area tasks, links, industry statements)
// of a sentence that holds a glossary term uses the glossary's English for it; and English text spells "center", never
// "centre" (the plan's own English title writes Center).
import type { DataIssue } from '../dataIssue';
import { isNonEmptyString, isRecord } from './shared';

export interface GlossaryTerm {
  zh: string;
  en: string;
}

/** One translated sentence to check: where it is (for the message), the Chinese and our English. */
export interface Translation {
  file: string;
  feature?: string;
  field: string;
  zh: string;
  en: string;
}

/** The spelling the English text does not use (one convention: center). */
const OTHER_SPELLING = /\bcentr(e|es|ed|ing)\b/i;

/** Validate glossary.json; returns its terms (those with zh and en). */
export function validateGlossary(list: unknown, file: string, issues: DataIssue[]): GlossaryTerm[] {
  if (!Array.isArray(list)) {
    issues.push({ file, message: 'must be a JSON array of { zh, en }' });
    return [];
  }
  const terms: GlossaryTerm[] = [];
  list.forEach((t: unknown, i) => {
    if (!isRecord(t) || !isNonEmptyString(t.zh) || !isNonEmptyString(t.en))
      issues.push({ file, field: `[${i}]`, message: 'a term needs zh and en' });
    else terms.push({ zh: t.zh, en: t.en });
  });
  return terms;
}

/** Every translation uses the glossary's English for each term its sentence holds, and spells "center". */
export function checkTranslations(
  terms: readonly GlossaryTerm[],
  texts: readonly Translation[],
  issues: DataIssue[],
) {
  for (const x of texts) {
    const at = { file: x.file, feature: x.feature, field: x.field };
    for (const term of terms)
      if (x.zh.includes(term.zh) && !x.en.toLowerCase().includes(term.en.toLowerCase()))
        issues.push({ ...at, message: `translates ${term.zh} without the glossary's "${term.en}"` });
    const spelling = OTHER_SPELLING.exec(x.en);
    if (spelling)
      issues.push({ ...at, message: `spells "${spelling[0]}": the English text writes "center"` });
  }
}
