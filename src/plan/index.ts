// Public entry of the plan module in the browser: the compact plan.json types and the verbatim quote lookup.
// Parsing, normalisation and the plan.json builder run at build time only (scripts/plan/).
export { locateQuote } from './quote';
export type { QuoteLocation } from './quote';
export type { PlanDoc, PlanDocSection, PlanSectionLevel, QuotablePlan } from './types';
