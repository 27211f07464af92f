// fields.json: the plan's own specific fields under the coarse industries ({ id, zh, en, industry }); `zh` is verbatim
// in the plan, so a field is always the plan's word, never ours.
import type { DataIssue } from '../dataIssue';
import type { QuotablePlan } from '../../plan/types';
import { checkIdList, checkStrings, isNonEmptyString } from './shared';

/** Validate the fields against the plan and the industry ids; returns each field's term and industry by id. */
export function validateFields(
  fields: unknown,
  file: string,
  plan: QuotablePlan,
  industryIds: ReadonlySet<string>,
  issues: DataIssue[],
): Map<string, { zh: string; industry: string }> {
  const byId = new Map<string, { zh: string; industry: string }>();
  checkIdList(fields, file, issues, { arrayOf: '{ id, zh, en, industry }', noun: 'field' }, (f) => {
    const at = (field: string, message: string): void => {
      issues.push({ file, feature: f.id, field, message });
    };
    checkStrings(f, ['zh', 'en'], at);
    if (isNonEmptyString(f.zh) && !plan.text.includes(f.zh))
      at('zh', `field term "${f.zh}" is not verbatim in the plan`);
    if (!isNonEmptyString(f.industry) || !industryIds.has(f.industry))
      at('industry', `unknown industry ${JSON.stringify(f.industry)}`);
    // the filter reads industry and field ids as one set of tags
    if (industryIds.has(f.id)) at('id', `field id "${f.id}" is also an industry id`);
    if (isNonEmptyString(f.zh) && isNonEmptyString(f.industry))
      byId.set(f.id, { zh: f.zh, industry: f.industry });
  });
  return byId;
}
