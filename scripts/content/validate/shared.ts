// Helpers shared by the per-file content validators: JSON shape guards, quote checks against the plan, unique ids.
import type { DataIssue } from '../dataIssue';
import type { QuotablePlan } from '../../plan/types';
import { locateQuote, sectionsContaining } from '../../plan/quote';

export type Json = Record<string, unknown>;

export function isRecord(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
export function isNonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.trim().length > 0;
}

/** What every validator needs: the plan (for quotes), its section ids, and the list issues are pushed to. */
export interface CheckContext {
  plan: QuotablePlan;
  sectionIds: ReadonlySet<string>;
  issues: DataIssue[];
  /** Where the plan's sentences start and end (from a parsed plan); a quote must run from one to the other. */
  sentences?: { starts: ReadonlySet<number>; ends: ReadonlySet<number> };
}

/** The longest prefix of `quote` found verbatim in the plan: tells a content writer where a misquote starts. */
function matchedPrefix(text: string, quote: string): string {
  let lo = 0;
  let hi = quote.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (text.includes(quote.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return quote.slice(0, lo);
}

/** Check that `quote` is verbatim in section `section`; push an issue saying where it really is otherwise. */
export function checkQuote(
  { plan, sectionIds, issues, sentences }: CheckContext,
  at: { file: string; feature?: string; sectionField: string; quoteField: string },
  section: unknown,
  quote: unknown,
  /** The quote's item says it is an excerpt (`excerpt: true`): part of a sentence, shown as such. */
  excerpt: unknown = undefined,
): boolean {
  const { file, feature } = at;
  if (!isNonEmptyString(section) || !sectionIds.has(section)) {
    issues.push({
      file,
      feature,
      field: at.sectionField,
      message: `unknown plan section ${JSON.stringify(section)} (ids look like "七" or "七.(一)")`,
    });
    return false;
  }
  if (!isNonEmptyString(quote)) {
    issues.push({ file, feature, field: at.quoteField, message: 'quote is missing or empty' });
    return false;
  }
  const found = locateQuote(plan, section, quote);
  if (found) return checkWholeSentences(ctxOf(plan, sectionIds, issues, sentences), at, found, excerpt);
  const elsewhere = sectionsContaining(plan, quote);
  if (elsewhere.length > 0) {
    issues.push({
      file,
      feature,
      field: at.quoteField,
      message: `quote is in section ${elsewhere.join(', ')}, not in ${section}: "${quote.slice(0, 40)}"`,
    });
  } else {
    const prefix = matchedPrefix(plan.text, quote);
    issues.push({
      file,
      feature,
      field: at.quoteField,
      message:
        `quote not found verbatim in the plan (normalised text): "${quote.slice(0, 40)}"` +
        (prefix.length > 0 ? `; it matches up to "${prefix.slice(-20)}" then differs` : ''),
    });
  }
  return false;
}

const ctxOf = (
  plan: QuotablePlan,
  sectionIds: ReadonlySet<string>,
  issues: DataIssue[],
  sentences: CheckContext['sentences'],
): CheckContext => ({ plan, sectionIds, issues, sentences });

/**
 * A quote is one or more whole sentences of the plan, unless its item marks it `excerpt: true`; an excerpt marker
 * on a whole sentence is wrong too (the UI would call a full sentence a fragment).
 */
function checkWholeSentences(
  { sentences, issues }: CheckContext,
  at: { file: string; feature?: string; quoteField: string },
  found: { start: number; end: number },
  excerpt: unknown,
): boolean {
  if (!sentences) return true;
  const whole = sentences.starts.has(found.start) && sentences.ends.has(found.end);
  const field = at.quoteField;
  if (excerpt !== undefined && excerpt !== true)
    issues.push({ file: at.file, feature: at.feature, field, message: 'excerpt must be true or left out' });
  else if (!whole && excerpt !== true)
    issues.push({
      file: at.file,
      feature: at.feature,
      field,
      message: `quote is not a whole sentence of the plan (it ${sentences.starts.has(found.start) ? 'ends' : 'starts'} mid-sentence): quote the whole sentence or mark the item "excerpt": true`,
    });
  else if (whole && excerpt === true)
    issues.push({
      file: at.file,
      feature: at.feature,
      field,
      message: 'quote is marked "excerpt": true but is a whole sentence: remove the marker',
    });
  else return true;
  return false;
}

export function checkUnique(
  items: ReadonlyArray<{ id: unknown; file: string }>,
  issues: DataIssue[],
  what: string,
): void {
  const seen = new Map<string, string>();
  for (const { id, file } of items) {
    if (typeof id !== 'string') continue;
    const first = seen.get(id);
    if (first !== undefined) {
      issues.push({
        file,
        feature: id,
        field: 'id',
        message: `duplicate ${what} id "${id}" (also in ${first})`,
      });
    } else {
      seen.set(id, file);
    }
  }
}

/**
 * The common frame of a list file (groups, industries, links, indicators): it must be an array; each entry an object
 * with an id, handed to `visit`; ids unique. Returns the ids seen, in order.
 */
export function checkIdList(
  list: unknown,
  file: string,
  issues: DataIssue[],
  what: { arrayOf: string; noun: string; uniqueNoun?: string },
  visit: (entry: Json & { id: string }, index: number) => void,
): Set<string> {
  const ids = new Set<string>();
  if (!Array.isArray(list)) {
    issues.push({ file, message: `must be a JSON array of ${what.arrayOf}` });
    return ids;
  }
  list.forEach((entry, i) => {
    if (!isRecord(entry) || !isNonEmptyString(entry.id)) {
      issues.push({ file, field: `[${i}].id`, message: `${what.noun} without an id` });
      return;
    }
    ids.add(entry.id);
    visit(entry as Json & { id: string }, i);
  });
  checkUnique(
    list.filter(isRecord).map((x) => ({ id: x.id, file })),
    issues,
    what.uniqueNoun ?? what.noun,
  );
  return ids;
}

/** Push `missing <field>` for each of `fields` that is not a non-empty string. */
export function checkStrings(
  entry: Json,
  fields: readonly string[],
  at: (field: string, message: string) => void,
): void {
  for (const f of fields) if (!isNonEmptyString(entry[f])) at(f, `missing ${f}`);
}
