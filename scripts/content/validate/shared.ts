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
  { plan, sectionIds, issues }: CheckContext,
  at: { file: string; feature?: string; sectionField: string; quoteField: string },
  section: unknown,
  quote: unknown,
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
  if (locateQuote(plan, section, quote)) return true;
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
