// Splits a plan sentence around the industry names it contains, so the UI can mark them (pure).

export interface Segment {
  text: string;
  /** The term this segment is an occurrence of, or null for plain text. */
  term: string | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` cut into plain and matched segments; longer terms win where terms overlap; empty terms are ignored. */
export function splitByTerms(text: string, terms: readonly string[]): Segment[] {
  const usable = [...new Set(terms.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  if (usable.length === 0 || text === '') return text === '' ? [] : [{ text, term: null }];
  const re = new RegExp(usable.map(escape).join('|'), 'g');
  const out: Segment[] = [];
  let at = 0;
  for (const m of text.matchAll(re)) {
    const start = m.index ?? 0;
    if (start > at) out.push({ text: text.slice(at, start), term: null });
    out.push({ text: m[0], term: m[0] });
    at = start + m[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at), term: null });
  return out;
}
