// Checks the hand-written content (areas, industries, links, indicators, section titles) against the plan and the
// geodata: returns every problem as a DataIssue naming file, area and field. One validator per content file
// (scripts/content/validate/); used by tests/data/content*.test.ts, check:data and build:data.
import type { DataIssue } from './dataIssue';
import { CONTENT_FILES, type ContentInput } from './validate/contract';
import { validateAreas } from './validate/areas';
import { validateFields } from './validate/fields';
import { validateGoals, validateIndicators } from './validate/indicators';
import { validateGroups, validateIndustries } from './validate/industries';
import { validateLinks } from './validate/links';
import { validateSectionsEn } from './validate/sections';
import type { CheckContext } from './validate/shared';

export {
  AREA_KINDS,
  CHINA_BBOX,
  COMPARATORS,
  CONTENT_FILES,
  LINK_KINDS,
  SELECTABLE_GEO_FILES,
  geoFeatureRefs,
  type AreaFile,
  type ContentInput,
  type GeoFeatureRef,
} from './validate/contract';

/** Validate all content; an empty list means the content is consistent with the plan and the geodata. */
export function validateContent(input: ContentInput): DataIssue[] {
  const file = (key: keyof NonNullable<ContentInput['files']>): string =>
    input.files?.[key] ?? CONTENT_FILES[key];
  const ctx: CheckContext = {
    plan: input.plan,
    sectionIds: new Set(input.plan.sections.map((s) => s.id)),
    issues: [],
  };
  const groupIds = validateGroups(input.groups, file('groups'), ctx.issues);
  const industryIds = validateIndustries(input.industries, file('industries'), groupIds, ctx.issues);
  const fieldById =
    input.fields === undefined
      ? new Map()
      : validateFields(input.fields, file('fields'), input.plan, industryIds, ctx.issues);
  const areaById = validateAreas(ctx, input.areas, industryIds, input.geoIds, fieldById);
  validateLinks(ctx, input.links, file('links'), areaById);
  validateIndicators(ctx, input.indicators, file('indicators'));
  if (input.goals !== undefined) validateGoals(ctx, input.goals, file('goals'));
  if (input.sectionsEn !== undefined) validateSectionsEn(ctx, input.sectionsEn, file('sectionsEn'));
  return ctx.issues;
}

/** One line per issue: `file › feature › field: message`. */
export function formatIssue(issue: DataIssue): string {
  return (
    [issue.file, issue.feature, issue.field].filter((x) => x !== undefined && x !== '').join(' › ') +
    `: ${issue.message}`
  );
}
