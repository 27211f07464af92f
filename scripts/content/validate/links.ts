// links.json: two known areas, a link kind, and the plan sentence the link comes from.
import { LINK_KINDS } from './contract';
import { checkIdList, checkQuote, isNonEmptyString, type CheckContext, type Json } from './shared';

export function validateLinks(
  ctx: CheckContext,
  links: unknown,
  file: string,
  areaById: ReadonlyMap<string, Json>,
): void {
  checkIdList(links, file, ctx.issues, { arrayOf: 'links', noun: 'link' }, (l) => {
    const at = (field: string, message: string): void => {
      ctx.issues.push({ file, feature: l.id, field, message });
    };
    for (const end of ['from', 'to'] as const) {
      if (typeof l[end] !== 'string' || !areaById.has(l[end] as string))
        at(end, `unknown area ${JSON.stringify(l[end])}`);
    }
    if (l.from === l.to) at('to', 'a link must join two areas');
    if (!(LINK_KINDS as readonly unknown[]).includes(l.kind))
      at('kind', `kind must be one of ${LINK_KINDS.join(', ')}`);
    checkQuote(ctx, { file, feature: l.id, sectionField: 'section', quoteField: 'zh' }, l.section, l.zh);
    if (!isNonEmptyString(l.en)) at('en', 'missing English translation');
  });
}
