// sections-en.json: our English section titles, { title, sections: { [section id]: title } }, keyed by plan section ids.
import { isNonEmptyString, isRecord, type CheckContext } from './shared';

export function validateSectionsEn(ctx: CheckContext, sectionsEn: unknown, file: string): void {
  const at = (field: string | undefined, message: string, feature?: string): void => {
    ctx.issues.push({ file, feature, field, message });
  };
  if (!isRecord(sectionsEn) || !isRecord(sectionsEn.sections)) {
    at(undefined, 'must be a JSON object { title, sections: { [section id]: English title } }');
    return;
  }
  if (!isNonEmptyString(sectionsEn.title)) at('title', 'missing title');
  for (const [id, title] of Object.entries(sectionsEn.sections)) {
    if (!ctx.sectionIds.has(id)) at('sections', `unknown plan section ${JSON.stringify(id)}`, id);
    else if (!isNonEmptyString(title)) at('sections', 'missing English title', id);
  }
}
