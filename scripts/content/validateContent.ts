// Checks the hand-written content (areas, industries, links, indicators, section titles, the tour) against the plan and the
// geodata: returns every problem as a DataIssue naming file, area and field. One validator per content file
// (scripts/content/validate/); used by tests/data/content*.test.ts, check:data and build:data.
import type { DataIssue } from './dataIssue';
import { CONTENT_FILES, type ContentInput } from './validate/contract';
import { validateAreas } from './validate/areas';
import { validateFields } from './validate/planFields';
import { validateGoals, validateIndicators } from './validate/indicators';
import { validateGroups, validateIndustries } from './validate/industries';
import { validateLinks } from './validate/links';
import { validateSectionsEn } from './validate/sections';
import { validateStatements, validateSynonyms } from './validate/statements';
import { checkTranslations, validateGlossary, type Translation } from './validate/glossary';
import type { AreaFile } from './validate/contract';
import { isRecord, type CheckContext } from './validate/shared';
import { validateTour } from './validate/tour';
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
  const fieldById =
    input.fields === undefined
      ? new Map()
      : validateFields(input.fields, file('fields'), input.plan, industryIds, ctx.issues);
  const areaById = validateAreas(ctx, input.areas, industryIds, input.geoIds, fieldById);
  validateLinks(ctx, input.links, file('links'), areaById);
  validateIndicators(ctx, input.indicators, file('indicators'));
  if (input.goals !== undefined) validateGoals(ctx, input.goals, file('goals'));
  if (input.sectionsEn !== undefined) validateSectionsEn(ctx, input.sectionsEn, file('sectionsEn'));
  const industries = new Map(
    (Array.isArray(input.industries) ? input.industries : [])
      .filter(
        (x): x is { id: string; zh: string } =>
          isRecord(x) && typeof x.id === 'string' && typeof x.zh === 'string',
      )
      .map((x) => [x.id, x]),
  );
  if (input.synonyms !== undefined)
    validateSynonyms(
      input.synonyms,
      file('synonyms'),
      { industries: industryIds, areas: new Set(areaById.keys()), fields: new Set(fieldById.keys()) },
      ctx.issues,
    );
  const synonymsZh = (id: string): string[] => {
    const words =
      isRecord(input.synonyms) && isRecord(input.synonyms.industries)
        ? input.synonyms.industries[id]
        : undefined;
    return isRecord(words) && Array.isArray(words.zh)
      ? words.zh.filter((w): w is string => typeof w === 'string')
      : [];
  };
  if (input.statements !== undefined)
    validateStatements(ctx, input.statements, file('statements'), industries, synonymsZh);
  if (input.glossary !== undefined)
    checkTranslations(
      validateGlossary(input.glossary, file('glossary'), ctx.issues),
      translationsOf(input, file),
      ctx.issues,
    );
  if (input.tour !== undefined) validateTour(ctx, input.tour, file('tour'), areaById);
  return ctx.issues;
}

/** Every English text of the content with the Chinese it translates ('' for our own notes and names). */
function translationsOf(
  input: ContentInput,
  file: (key: 'links' | 'statements' | 'indicators' | 'goals' | 'tour' | 'industries' | 'fields') => string,
): Translation[] {
  const out: Translation[] = [];
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const str = (v: unknown): string => (typeof v === 'string' ? v : '');
  for (const entry of input.areas) {
    const areaFile =
      isRecord(entry) && 'data' in entry && typeof entry.file === 'string'
        ? (entry as unknown as AreaFile)
        : null;
    const a = areaFile ? areaFile.data : entry;
    if (!isRecord(a)) continue;
    const at = {
      file: areaFile ? areaFile.file : `${CONTENT_FILES.areaDir}/${str(a.id)}.json`,
      feature: str(a.id),
    };
    out.push({ ...at, field: 'name_en', zh: str(a.name_zh), en: str(a.name_en) });
    if (a.description_en !== undefined)
      out.push({ ...at, field: 'description_en', zh: '', en: str(a.description_en) });
    list(a.tasks).forEach((t, i) => {
      if (!isRecord(t)) return;
      out.push({ ...at, field: `tasks[${i}].en`, zh: str(t.zh), en: str(t.en) });
      if (t.scope_note_en !== undefined)
        out.push({ ...at, field: `tasks[${i}].scope_note_en`, zh: '', en: str(t.scope_note_en) });
    });
  }
  list(input.links).forEach((l, i) => {
    if (isRecord(l))
      out.push({ file: file('links'), feature: str(l.id), field: `[${i}].en`, zh: str(l.zh), en: str(l.en) });
  });
  list(input.statements).forEach((s, i) => {
    if (isRecord(s)) out.push({ file: file('statements'), field: `[${i}].en`, zh: str(s.zh), en: str(s.en) });
  });
  list(input.indicators).forEach((x, i) => {
    if (!isRecord(x)) return;
    out.push({ file: file('indicators'), feature: str(x.id), field: `[${i}].en`, zh: '', en: str(x.en) });
    list(x.context).forEach((c, j) => {
      if (isRecord(c))
        out.push({
          file: file('indicators'),
          feature: str(x.id),
          field: `[${i}].context[${j}].en`,
          zh: '',
          en: str(c.en),
        });
    });
  });
  // the goals, the tour's quotes and the names of industries and fields translate the plan's words too
  list(input.goals).forEach((g, i) => {
    if (isRecord(g))
      out.push({ file: file('goals'), feature: str(g.id), field: `[${i}].en`, zh: str(g.zh), en: str(g.en) });
  });
  list(input.tour).forEach((stop, i) => {
    if (!isRecord(stop)) return;
    list(stop.quotes).forEach((q, j) => {
      if (isRecord(q))
        out.push({
          file: file('tour'),
          feature: str(stop.id),
          field: `[${i}].quotes[${j}].en`,
          zh: str(q.zh),
          en: str(q.en),
        });
    });
  });
  for (const key of ['industries', 'fields'] as const)
    list(input[key]).forEach((x, i) => {
      if (isRecord(x))
        out.push({ file: file(key), feature: str(x.id), field: `[${i}].en`, zh: str(x.zh), en: str(x.en) });
    });
  return out;
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
  list(input.fields, 'field', file('fields'));
  list(input.goals, 'goal', file('goals'));
  list(input.statements, 'statement', file('statements'));
  list(input.tour, 'tourStop', file('tour'));
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
