// The shape of atlas.json (the product brief's data contract; its types are in ./types.ts), checked item by item: what
// the app cannot use is dropped or defaulted and reported; only a file without its required lists is refused.
import { isAreaKind } from './areaKinds';
import {
  checkItem,
  checkList,
  isBoolean,
  isNumber,
  isObject,
  isString,
  isStringList,
  oneOf,
  orNull,
  uniqueIds,
  type Check,
  type ItemSpec,
  type Report,
} from './checkItems';
import type { Atlas } from './types';

const isCenter: Check = (v) => Array.isArray(v) && v.length === 2 && v.every(isNumber);
const none = () => null;
const empty = () => [];

const SECTION: ItemSpec = { required: { id: isString, title_zh: isString, title_en: isString } };
const GROUP: ItemSpec = { required: { id: isString, zh: isString, en: isString } };
const INDUSTRY: ItemSpec = { required: { id: isString, zh: isString, en: isString, group: isString } };
const FIELD: ItemSpec = { required: { id: isString, zh: isString, en: isString, industry: isString } };
const TASK: ItemSpec = {
  required: { section: isString, zh: isString, en: isString },
  optional: {
    industries: isStringList,
    fields: isStringList,
    scope: oneOf('partial'),
    scope_note_zh: isString,
    scope_note_en: isString,
  },
};
const GOAL: ItemSpec = {
  required: { id: isString, kind: oneOf('goal', 'status'), section: isString, zh: isString, en: isString },
};
const AREA: ItemSpec = {
  required: { id: isString, name_zh: isString, name_en: isString, kind: isAreaKind },
  defaults: {
    parent: [orNull(isString), none],
    district: [orNull(isString), none],
    industries: [isStringList, empty],
    tasks: [Array.isArray, empty],
    geometry: [oneOf('official', 'approximate', 'point', 'none'), () => 'none'],
    geometry_source: [isString, () => ''],
    area_km2: [orNull(isNumber), none],
    center: [orNull(isCenter), none],
  },
  optional: {
    fields: isStringList,
    plan_silent: isBoolean,
    aliases_zh: isStringList,
    aliases_en: isStringList,
    description_en: isString,
    description_zh: isString,
    geometry_source_zh: isString,
  },
};
const LINK: ItemSpec = {
  required: {
    id: isString,
    from: isString,
    to: isString,
    kind: oneOf('jjj', 'national'),
    section: isString,
    zh: isString,
    en: isString,
  },
};
const QUOTED = { section: isString, quote: isString };
const isBaseline: Check = (v) =>
  isObject(v) &&
  isNumber(v.value) &&
  isString(v.unit) &&
  isNumber(v.year) &&
  isString(v.section) &&
  isString(v.quote);
/** Context figures, each quoted once. */
const isContext: Check = (v) =>
  Array.isArray(v) &&
  v.every((c) => isObject(c) && isString(c.section) && isString(c.quote) && isString(c.en)) &&
  new Set(v.map((c: Record<string, unknown>) => c.quote)).size === v.length;
const INDICATOR: ItemSpec = {
  required: {
    id: isString,
    zh: isString,
    en: isString,
    value: isNumber,
    unit: isString,
    comparator: oneOf('about', 'over', 'at-least', 'exactly', 'below'),
    ...QUOTED,
  },
  optional: {
    excerpt: isBoolean,
    value_words: isString,
    baseline: isBaseline,
    unit_en: isString,
    context: isContext,
  },
};
const STATEMENT: ItemSpec = {
  required: { section: isString, zh: isString, en: isString },
  defaults: { industries: [isStringList, empty], fields: [isStringList, empty] },
};
const isTourQuotes: Check = (v) =>
  Array.isArray(v) && v.every((q) => isObject(q) && isString(q.section) && isString(q.zh) && isString(q.en));
const TOUR_STOP: ItemSpec = {
  required: {
    id: isString,
    title_zh: isString,
    title_en: isString,
    places: isStringList,
    quotes: isTourQuotes,
  },
  optional: { area: isString },
};
const SOURCE: ItemSpec = {
  required: {},
  defaults: { title: [isString, () => ''], file: [isString, () => ''], sha256: [isString, () => ''] },
};

/** The lists the app cannot do without; every other part may be missing (the app works without it and says so). */
export const REQUIRED_ATLAS_LISTS = ['areas', 'links', 'industries', 'sections'] as const;

/** Lists of atlas.json: required ones must be lists (else `refuse`), optional ones default to empty. */
function listOf(
  value: Record<string, unknown>,
  name: string,
  file: string,
  report: Report,
  refuse: (field: string) => never,
): unknown[] {
  const list = value[name];
  if (Array.isArray(list)) return list;
  if ((REQUIRED_ATLAS_LISTS as readonly string[]).includes(name)) refuse(name);
  report({ file, field: name, action: list === undefined ? 'absent' : 'defaulted' });
  return [];
}

/**
 * A well-typed Atlas from `value`: bad items dropped, bad fields defaulted, references to dropped or unknown items
 * removed, each reported. `refuse` is called (and must throw) when a required list is not a list.
 */
export function checkAtlas(
  value: Record<string, unknown>,
  file: string,
  report: Report,
  refuse: (field: string) => never,
): Atlas {
  const list = (name: string, spec: ItemSpec) =>
    checkList(listOf(value, name, file, report, refuse), spec, { file, name }, report, uniqueIds(report));
  const sections = list('sections', SECTION);
  const groups = list('industry_groups', GROUP);
  const industries = list('industries', INDUSTRY);
  const fields = list('fields', FIELD);
  const areas = list('areas', AREA);
  const links = list('links', LINK);
  const indicators = list('indicators', INDICATOR);
  const goals = list('goals', GOAL);
  // statements have no id of their own: each is its sentence
  const statements = checkList(
    listOf(value, 'statements', file, report, refuse),
    STATEMENT,
    { file, name: 'statements' },
    report,
  );
  const tour = list('tour', TOUR_STOP);
  let source: Record<string, unknown> | null = null;
  if (value.source === undefined) report({ file, field: 'source', action: 'absent' });
  else source = checkItem(value.source, SOURCE, { file, item: 'source' }, report);

  // references: an id that names nothing in this file is removed (or the item dropped, for a link's ends)
  const industryIds = new Set(industries.map((i) => i.id));
  const usableFields = fields.filter((field, i) => {
    const ok = industryIds.has(field.industry);
    if (!ok) report({ file, item: `fields[${i}] ${String(field.id)}`, field: 'industry', action: 'dropped' });
    return ok;
  });
  const fieldIds = new Set(usableFields.map((f) => f.id));
  const areaIds = new Set(areas.map((a) => a.id));
  areas.forEach((area, i) => {
    const at = { file, item: `areas[${i}] ${String(area.id)}` };
    const known = (area.industries as string[]).filter((id) => industryIds.has(id));
    if (known.length < (area.industries as string[]).length) {
      report({ ...at, field: 'industries', action: 'defaulted' });
      area.industries = known;
    }
    const areaFields = (area.fields ?? []) as string[];
    const knownFields = areaFields.filter((id) => fieldIds.has(id));
    if (knownFields.length < areaFields.length) {
      report({ ...at, field: 'fields', action: 'defaulted' });
      area.fields = knownFields;
    }
    for (const field of ['parent', 'district'] as const) {
      if (area[field] !== null && !areaIds.has(area[field])) {
        report({ ...at, field, action: 'defaulted' });
        area[field] = null;
      }
    }
    area.tasks = checkList(area.tasks as unknown[], TASK, { file, name: `${at.item} › tasks` }, report);
  });
  const usableLinks = links.filter((link, i) => {
    const ok = areaIds.has(link.from) && areaIds.has(link.to);
    if (!ok) report({ file, item: `links[${i}] ${String(link.id)}`, field: 'from/to', action: 'dropped' });
    return ok;
  });

  return {
    version: 1,
    source: (source ?? { title: '', file: '', sha256: '' }) as unknown as Atlas['source'],
    sections: sections as unknown as Atlas['sections'],
    industry_groups: groups as unknown as Atlas['industry_groups'],
    industries: industries as unknown as Atlas['industries'],
    fields: usableFields as unknown as Atlas['fields'],
    areas: areas as unknown as Atlas['areas'],
    links: usableLinks as unknown as Atlas['links'],
    indicators: indicators as unknown as Atlas['indicators'],
    goals: goals as unknown as Atlas['goals'],
    statements: statements as unknown as Atlas['statements'],
    tour: tour as unknown as Atlas['tour'],
  };
}
