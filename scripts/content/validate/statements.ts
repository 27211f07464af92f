// src/content/statements.json: city-wide plan sentences by industry. Each is one whole sentence, verbatim in its
// section, with an English translation, and ties only industries it names (by the industry's name or one of its
// Chinese search words in synonyms.json).
import type { DataIssue } from '../dataIssue';
import type { QuotablePlan } from '../../plan/types';
import { checkQuote, isNonEmptyString, isRecord, type CheckContext, type Json } from './shared';

/** Characters that end a sentence or a clause of the plan, or a line (a heading or paragraph break). */
const SENTENCE_END = /[。；！？\n]/;

/**
 * True when [start, end) is one whole sentence of the plan: one of the parsed plan's sentences where the plan has
 * them, otherwise a span that starts after a sentence end or a line and ends one.
 */
export function isWholeSentence(plan: QuotablePlan, start: number, end: number): boolean {
  const parsed = plan.sections as ReadonlyArray<{
    sentences?: ReadonlyArray<{ start: number; end: number }>;
  }>;
  if (parsed.some((s) => Array.isArray(s.sentences)))
    return parsed.some((s) => s.sentences?.some((x) => x.start === start && x.end === end));
  const before = start === 0 ? '\n' : plan.text[start - 1];
  return SENTENCE_END.test(before) && /[。；！？]$/.test(plan.text.slice(start, end));
}

/** The Chinese words that name an industry: the parts of its name (先进通信网络（5G/6G）→ 先进通信网络, 5G, 6G) and its search words. */
export function industryNamesZh(industry: { zh: string }, synonymsZh: readonly string[] = []): string[] {
  const parts = industry.zh.split(/[（）()/、与和]/).filter((p) => p.length >= 2);
  return [industry.zh, ...parts, ...synonymsZh];
}

export function validateStatements(
  ctx: CheckContext,
  list: unknown,
  file: string,
  industries: ReadonlyMap<string, { zh: string }>,
  synonymsZh: (industryId: string) => readonly string[],
): void {
  const push = (field: string, message: string): void => {
    ctx.issues.push({ file, field, message } satisfies DataIssue);
  };
  if (!Array.isArray(list)) {
    ctx.issues.push({ file, message: 'must be a JSON array of { section, zh, en, industries, fields }' });
    return;
  }
  const seen = new Set<string>();
  list.forEach((entry: unknown, i) => {
    const at = (field: string, message: string): void => push(`[${i}]${field ? `.${field}` : ''}`, message);
    if (!isRecord(entry)) {
      at('', 'a statement must be an object { section, zh, en, industries, fields }');
      return;
    }
    const s: Json = entry;
    const quoted = checkQuote(
      ctx,
      { file, sectionField: `[${i}].section`, quoteField: `[${i}].zh` },
      s.section,
      s.zh,
    );
    const zh = typeof s.zh === 'string' ? s.zh : '';
    if (quoted) {
      const section = ctx.plan.sections.find((x) => x.id === s.section)!;
      const start = ctx.plan.text.indexOf(zh, section.start);
      if (!isWholeSentence(ctx.plan, start, start + zh.length))
        at('zh', `not one whole sentence of the plan: "${zh.slice(0, 30)}"`);
    }
    if (!isNonEmptyString(s.en)) at('en', 'missing English translation');
    const key = `${String(s.section)}|${zh}`;
    if (seen.has(key)) at('', 'the same sentence is listed twice');
    seen.add(key);
    if (!Array.isArray(s.industries) || s.industries.length === 0) {
      at('industries', 'must list the industry ids the sentence names (at least one)');
    } else {
      s.industries.forEach((id: unknown, j) => {
        const industry = typeof id === 'string' ? industries.get(id) : undefined;
        if (!industry) at(`industries[${j}]`, `unknown industry ${JSON.stringify(id)}`);
        else if (zh && !industryNamesZh(industry, synonymsZh(id as string)).some((n) => zh.includes(n)))
          at(
            `industries[${j}]`,
            `the sentence does not name "${industry.zh}" (nor any of its words in synonyms.json)`,
          );
      });
      if (new Set(s.industries).size !== s.industries.length) at('industries', 'an industry is listed twice');
    }
    if (!Array.isArray(s.fields) || !s.fields.every((f) => isNonEmptyString(f)))
      at('fields', 'must be an array of field ids (empty when the sentence names none)');
  });
}

/**
 * src/content/synonyms.json: { industries: { id: { zh: [], en: [] } }, areas: { … }, fields: { … } } with known ids;
 * `fields` may be left out.
 */
export function validateSynonyms(
  list: unknown,
  file: string,
  ids: { industries: ReadonlySet<string>; areas: ReadonlySet<string>; fields: ReadonlySet<string> },
  issues: DataIssue[],
): void {
  if (!isRecord(list)) {
    issues.push({ file, message: 'must be an object { industries: {…}, areas: {…} }' });
    return;
  }
  for (const kind of ['industries', 'areas', 'fields'] as const) {
    const group = list[kind];
    if (kind === 'fields' && group === undefined) continue;
    if (!isRecord(group)) {
      issues.push({ file, field: kind, message: 'must be an object keyed by id' });
      continue;
    }
    for (const [id, words] of Object.entries(group)) {
      if (!ids[kind].has(id)) issues.push({ file, field: `${kind}.${id}`, message: `unknown id "${id}"` });
      for (const lang of ['zh', 'en'] as const) {
        const w = isRecord(words) ? words[lang] : undefined;
        if (!Array.isArray(w) || !w.every((x) => isNonEmptyString(x)))
          issues.push({
            file,
            field: `${kind}.${id}.${lang}`,
            message: 'must be an array of non-empty strings',
          });
      }
    }
  }
}
