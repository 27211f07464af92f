// Public entry of the build-time plan module: normalisation, parsing, quote checks and the compact plan.json form.
export { normalizePlan, originalLineAt, originalLineRange, lineIndexAt } from './normalize';
export { parsePlan, splitSentences, sectionById, subsectionId, NUMERALS } from './parse';
export { findQuote, locateQuote, sectionsContaining } from './quote';
export type { QuoteLocation } from './quote';
export type {
  LineStart,
  NormalizedPlan,
  ParsedPlan,
  PlanSection,
  PlanSectionLevel,
  PlanSentence,
  QuotablePlan,
} from './types';
export { toPlanDoc, sectionOwnText, sectionSentences, docLineAt } from './planDoc';
export type { PlanDoc, PlanDocSection } from './types';
