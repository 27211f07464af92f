// Verbatim quote lookup in the normalised plan, restricted to a section's range (a chapter covers its subsections).
import type { QuotablePlan } from './types';

export interface QuoteLocation {
  start: number;
  end: number;
}

/** Where `quote` first occurs verbatim inside section `sectionId` (offsets into the normalised text), or null. */
export function locateQuote(plan: QuotablePlan, sectionId: string, quote: string): QuoteLocation | null {
  if (quote.length === 0) return null;
  const section = plan.sections.find((s) => s.id === sectionId);
  if (!section) return null;
  const at = plan.text.indexOf(quote, section.start);
  if (at < 0 || at + quote.length > section.end) return null;
  return { start: at, end: at + quote.length };
}

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
