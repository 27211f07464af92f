// Checks the hand-written content (areas, industries, links, indicators, section titles) against the plan and the
// geodata: returns every problem as a DataIssue naming file, area and field. One validator per content file
// (scripts/content/validate/); used by tests/data/content*.test.ts, check:data and build:data.
import type { DataIssue } from './dataIssue';
import { CONTENT_FILES, type ContentInput } from './validate/contract';
import { validateAreas } from './validate/areas';
import { validateIndicators } from './validate/indicators';
import { validateGroups, validateIndustries } from './validate/industries';
import { validateLinks } from './validate/links';
import { validateSectionsEn } from './validate/sections';
import { isRecord, type CheckContext } from './validate/shared';
import { checkFields, type ItemKind } from './validate/fields';

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
    sentences: sentenceBounds(input.plan),
  };
  checkAllFields(input, file, ctx.issues);
  const groupIds = validateGroups(input.groups, file('groups'), ctx.issues);
  const industryIds = validateIndustries(input.industries, file('industries'), groupIds, ctx.issues);
  const areaById = validateAreas(ctx, input.areas, industryIds, input.geoIds);
  validateLinks(ctx, input.links, file('links'), areaById);
  validateIndicators(ctx, input.indicators, file('indicators'));
  if (input.sectionsEn !== undefined) validateSectionsEn(ctx, input.sectionsEn, file('sectionsEn'));
  return ctx.issues;
}

/** Sentence starts and ends of a parsed plan (sections with their sentences); undefined for a bare quotable plan. */
function sentenceBounds(plan: ContentInput['plan']): CheckContext['sentences'] {
  const sentences = plan.sections.flatMap((s) =>
    'sentences' in s && Array.isArray(s.sentences) ? (s.sentences as { start: number; end: number }[]) : [],
  );
  if (sentences.length === 0) return undefined;
  return { starts: new Set(sentences.map((s) => s.start)), ends: new Set(sentences.map((s) => s.end)) };
}

/** The declared fields of every content file (scripts/content/validate/fields.ts). */
function checkAllFields(
  input: ContentInput,
  file: (key: keyof NonNullable<ContentInput['files']>) => string,
  issues: DataIssue[],
): void {
  const list = (value: unknown, kind: ItemKind, at: string) => {
    if (Array.isArray(value))
      value.forEach((item: unknown, i) =>
        checkFields(item, kind, { file: at, feature: idOf(item) ?? `[${i}]` }, issues),
      );
  };
  list(input.groups, 'group', file('groups'));
  list(input.industries, 'industry', file('industries'));
  list(input.links, 'link', file('links'));
  list(input.indicators, 'indicator', file('indicators'));
  for (const entry of input.areas) {
    const isFile = isRecord(entry) && typeof entry.file === 'string' && 'data' in entry;
    const data = isFile ? entry.data : entry;
    const at = isFile ? (entry.file as string) : `${CONTENT_FILES.areaDir}/${idOf(data) ?? '?'}.json`;
    checkFields(data, 'area', { file: at, feature: idOf(data) }, issues);
  }
  if (input.sectionsEn !== undefined)
    checkFields(input.sectionsEn, 'sectionsEn', { file: file('sectionsEn') }, issues);
}

const idOf = (item: unknown): string | undefined =>
  isRecord(item) && typeof item.id === 'string' ? item.id : undefined;

/** One line per issue: `file › feature › field: message`. */
export function formatIssue(issue: DataIssue): string {
  return (
    [issue.file, issue.feature, issue.field].filter((x) => x !== undefined && x !== '').join(' › ') +
    `: ${issue.message}`
  );
}
