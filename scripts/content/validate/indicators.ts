// indicators.json: names and unit, a value with its comparator stated in the quoted plan sentence, an optional baseline
// (value and year in its quote) and optional context quotes.
import { COMPARATORS } from './contract';
import {
  checkIdList,
  checkQuote,
  checkStrings,
  isNonEmptyString,
  isRecord,
  type CheckContext,
  type Json,
} from './shared';

function validateBaseline(
  ctx: CheckContext,
  file: string,
  id: string,
  b: unknown,
  at: (field: string, message: string) => void,
): void {
  if (!isRecord(b)) return at('baseline', 'baseline must be an object');
  if (typeof b.value !== 'number' || !Number.isFinite(b.value))
    at('baseline.value', 'value must be a finite number');
  if (typeof b.year !== 'number' || !Number.isInteger(b.year)) at('baseline.year', 'year must be an integer');
  if (!isNonEmptyString(b.unit)) at('baseline.unit', 'missing unit');
  const ok = checkQuote(
    ctx,
    { file, feature: id, sectionField: 'baseline.section', quoteField: 'baseline.quote' },
    b.section,
    b.quote,
    b.excerpt,
  );
  if (ok && typeof b.value === 'number' && !String(b.quote).includes(String(b.value)))
    at('baseline.value', `value ${b.value} does not appear in the quote`);
  if (ok && typeof b.year === 'number' && !String(b.quote).includes(String(b.year)))
    at('baseline.year', `year ${b.year} does not appear in the quote`);
}

function validateIndicator(ctx: CheckContext, file: string, x: Json & { id: string }): void {
  const id = x.id;
  const at = (field: string, message: string): void => {
    ctx.issues.push({ file, feature: id, field, message });
  };
  checkStrings(x, ['zh', 'en', 'unit'], at);
  if (typeof x.value !== 'number' || !Number.isFinite(x.value)) at('value', 'value must be a finite number');
  if (!(COMPARATORS as readonly unknown[]).includes(x.comparator))
    at('comparator', `comparator must be one of ${COMPARATORS.join(', ')}`);
  const quoted = checkQuote(
    ctx,
    { file, feature: id, sectionField: 'section', quoteField: 'quote' },
    x.section,
    x.quote,
    x.excerpt,
  );
  // the quote must state the value it is the source of: as a number, or in the words `value_words` gives (首位 = 1)
  if (x.value_words !== undefined) {
    if (!isNonEmptyString(x.value_words)) at('value_words', 'value_words must be the words of the quote');
    else if (quoted && !String(x.quote).includes(x.value_words))
      at('value_words', `"${x.value_words}" does not appear in the quote`);
  } else if (quoted && typeof x.value === 'number' && !String(x.quote).includes(String(x.value))) {
    at('value', `value ${x.value} does not appear in the quote`);
  }
  if (x.baseline !== undefined) validateBaseline(ctx, file, id, x.baseline, at);
  if (x.context !== undefined) {
    if (!Array.isArray(x.context)) at('context', 'context must be an array');
    else
      x.context.forEach((c, j) => {
        if (!isRecord(c)) return at(`context[${j}]`, 'must be an object { section, quote, en, zh }');
        checkQuote(
          ctx,
          { file, feature: id, sectionField: `context[${j}].section`, quoteField: `context[${j}].quote` },
          c.section,
          c.quote,
          c.excerpt,
        );
        if (!isNonEmptyString(c.en)) at(`context[${j}].en`, 'missing English');
        if (!isNonEmptyString(c.zh))
          at(`context[${j}].zh`, 'missing Chinese (the Chinese interface shows it)');
      });
  }
}

/** goals.json: the plan's goals stated in words (二.(三)) and where it says Beijing stood (一.(二)), each quoted. */
export function validateGoals(ctx: CheckContext, goals: unknown, file: string): void {
  checkIdList(goals, file, ctx.issues, { arrayOf: '{ id, kind, section, zh, en }', noun: 'goal' }, (g) => {
    const at = (field: string, message: string): void => {
      ctx.issues.push({ file, feature: g.id, field, message });
    };
    if (g.kind !== 'goal' && g.kind !== 'status') at('kind', 'kind must be "goal" or "status"');
    checkQuote(ctx, { file, feature: g.id, sectionField: 'section', quoteField: 'zh' }, g.section, g.zh);
    checkStrings(g, ['en'], at);
  });
}

export function validateIndicators(ctx: CheckContext, indicators: unknown, file: string): void {
  checkIdList(indicators, file, ctx.issues, { arrayOf: 'indicators', noun: 'indicator' }, (x) =>
    validateIndicator(ctx, file, x),
  );
}
