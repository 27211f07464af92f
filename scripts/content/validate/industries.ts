// industry-groups.json and industries.json: ids, both names, and each industry's group.
import type { DataIssue } from '../dataIssue';
import { checkIdList, checkStrings, isNonEmptyString } from './shared';

/** Validate the industry groups; returns their ids. */
export function validateGroups(groups: unknown, file: string, issues: DataIssue[]): Set<string> {
  return checkIdList(
    groups,
    file,
    issues,
    { arrayOf: '{ id, zh, en }', noun: 'group', uniqueNoun: 'industry group' },
    (g) =>
      checkStrings(g, ['zh', 'en'], (field, message) => issues.push({ file, feature: g.id, field, message })),
  );
}

/** Validate the industries against the group ids; returns the industry ids. */
export function validateIndustries(
  industries: unknown,
  file: string,
  groupIds: ReadonlySet<string>,
  issues: DataIssue[],
): Set<string> {
  return checkIdList(
    industries,
    file,
    issues,
    { arrayOf: '{ id, zh, en, group }', noun: 'industry' },
    (ind) => {
      const at = (field: string, message: string): void => {
        issues.push({ file, feature: ind.id, field, message });
      };
      checkStrings(ind, ['zh', 'en'], at);
      if (!isNonEmptyString(ind.group) || !groupIds.has(ind.group))
        at('group', `unknown industry group ${JSON.stringify(ind.group)}`);
    },
  );
}
