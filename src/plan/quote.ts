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
