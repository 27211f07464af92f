// Quote checks of the content against the plan (build time), on top of the browser's verbatim lookup locateQuote.
import { locateQuote } from '../../src/plan/quote';
import type { QuotablePlan } from './types';

export { locateQuote, type QuoteLocation } from '../../src/plan/quote';

/** True when `quote` occurs verbatim in the normalised text inside section `sectionId`. */
export function findQuote(plan: QuotablePlan, sectionId: string, quote: string): boolean {
  return locateQuote(plan, sectionId, quote) !== null;
}

/** The most specific sections (subsections before chapters) whose range holds `quote`: used to say where a misplaced quote is. */
export function sectionsContaining(plan: QuotablePlan, quote: string): string[] {
  if (quote.length === 0) return [];
  const found: string[] = [];
  let at = plan.text.indexOf(quote);
  while (at >= 0) {
    const end = at + quote.length;
    const holders = plan.sections.filter((s) => s.start <= at && end <= s.end);
    // the narrowest range is the most specific section
    holders.sort((a, b) => a.end - a.start - (b.end - b.start));
    if (holders.length > 0 && !found.includes(holders[0].id)) found.push(holders[0].id);
    at = plan.text.indexOf(quote, at + 1);
  }
  return found;
}
