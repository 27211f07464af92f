// Checks the hand-written content (areas, industries, links, indicators) against the plan and the geodata: returns every
// problem as a DataIssue naming file, area and field. Used by tests/data/content*.test.ts, check:data and build:data.
import type { DataIssue } from './dataIssue';
import type { AreaKind, GeometryQuality } from '../../src/data/types';
import type { QuotablePlan } from '../plan/types';
import { locateQuote, sectionsContaining } from '../plan/quote';

import { AREA_KIND_ORDER } from '../../src/data/areaKinds';

/** Every valid area kind (the one list lives in areaKinds.ts). */
export const AREA_KINDS: readonly AreaKind[] = AREA_KIND_ORDER;
export const LINK_KINDS = ['jjj', 'national'] as const;
export const COMPARATORS = ['about', 'over', 'at-least', 'exactly', 'below'] as const;
const GEOMETRY_QUALITIES: readonly GeometryQuality[] = ['official', 'approximate', 'point', 'none'];

/** Geodata files whose features are selectable places: each such feature must be an area of the content. */
export const SELECTABLE_GEO_FILES = ['beijing-districts', 'zones', 'jjj-areas', 'national-areas'] as const;

/** China's bounding box (lon 73–136 E, lat 18–54 N): a center outside it is a swapped or mistyped coordinate. */
export const CHINA_BBOX = { minLon: 73, maxLon: 136, minLat: 18, maxLat: 54 } as const;

/** One feature of the geodata as the content check needs it. */
export interface GeoFeatureRef {
  id: string;
  /** File name without directory and extension: "zones". */
  file: string;
  shape: 'polygon' | 'point' | 'line' | 'other';
  selectable: boolean;
  /** properties.geometry_quality, when given. */
  quality?: string;
}

export const CONTENT_FILES = {
  industries: 'src/content/industries.json',
  groups: 'src/content/industry-groups.json',
  links: 'src/content/links.json',
  indicators: 'src/content/indicators.json',
  sectionsEn: 'src/content/sections-en.json',
  areaDir: 'src/content/areas',
} as const;

/** An area file as read from disk: its path (for messages) and its parsed JSON, not yet trusted. */
export interface AreaFile {
  file: string;
  data: unknown;
}

export interface ContentInput {
  plan: QuotablePlan;
  industries: unknown;
  groups: unknown;
  /** Area files with their paths; a bare area object is accepted too (its path is then src/content/areas/<id>.json). */
  areas: ReadonlyArray<AreaFile | unknown>;
  links: unknown;
  indicators: unknown;
  geoIds: ReadonlyArray<GeoFeatureRef>;
  /** Paths used in messages when the content is not read from src/content (fixtures). */
  files?: Partial<Record<'industries' | 'groups' | 'links' | 'indicators', string>>;
}

type Json = Record<string, unknown>;

function isRecord(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isNonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.trim().length > 0;
}

/** Index the features of geodata FeatureCollections, keyed by file base name ("zones"). */
export function geoFeatureRefs(files: Record<string, unknown>): GeoFeatureRef[] {
  const refs: GeoFeatureRef[] = [];
  for (const [name, fc] of Object.entries(files)) {
    const file = name.replace(/^.*\//, '').replace(/\.geojson$/, '');
    if (!isRecord(fc) || !Array.isArray(fc.features)) continue;
    for (const f of fc.features) {
      if (!isRecord(f)) continue;
      const props = isRecord(f.properties) ? f.properties : {};
      const rawId = props.id ?? f.id;
      if (typeof rawId !== 'string' && typeof rawId !== 'number') continue;
      const type = isRecord(f.geometry) ? f.geometry.type : undefined;
      const shape =
        type === 'Polygon' || type === 'MultiPolygon'
          ? 'polygon'
          : type === 'Point' || type === 'MultiPoint'
            ? 'point'
            : type === 'LineString' || type === 'MultiLineString'
              ? 'line'
              : 'other';
      refs.push({
        id: String(rawId),
        file,
        shape,
        selectable: (SELECTABLE_GEO_FILES as readonly string[]).includes(file) && props.selectable !== false,
        quality: typeof props.geometry_quality === 'string' ? props.geometry_quality : undefined,
      });
    }
  }
  return refs;
}

/** The longest prefix of `quote` found verbatim in the plan: tells a content writer where a misquote starts. */
function matchedPrefix(text: string, quote: string): string {
  let lo = 0;
  let hi = quote.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (text.includes(quote.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return quote.slice(0, lo);
}

/** Check that `quote` is verbatim in section `section`; push an issue saying where it really is otherwise. */
function checkQuote(
  plan: QuotablePlan,
  sectionIds: ReadonlySet<string>,
  issues: DataIssue[],
  at: { file: string; feature?: string; sectionField: string; quoteField: string },
  section: unknown,
  quote: unknown,
): boolean {
  const { file, feature } = at;
  if (!isNonEmptyString(section) || !sectionIds.has(section)) {
    issues.push({
      file,
      feature,
      field: at.sectionField,
      message: `unknown plan section ${JSON.stringify(section)} (ids look like "七" or "七.(一)")`,
    });
    return false;
  }
  if (!isNonEmptyString(quote)) {
    issues.push({ file, feature, field: at.quoteField, message: 'quote is missing or empty' });
    return false;
  }
  if (locateQuote(plan, section, quote)) return true;
  const elsewhere = sectionsContaining(plan, quote);
  if (elsewhere.length > 0) {
    issues.push({
      file,
      feature,
      field: at.quoteField,
      message: `quote is in section ${elsewhere.join(', ')}, not in ${section}: "${quote.slice(0, 40)}"`,
    });
  } else {
    const prefix = matchedPrefix(plan.text, quote);
    issues.push({
      file,
      feature,
      field: at.quoteField,
      message:
        `quote not found verbatim in the plan (normalised text): "${quote.slice(0, 40)}"` +
        (prefix.length > 0 ? `; it matches up to "${prefix.slice(-20)}" then differs` : ''),
    });
  }
  return false;
}

function checkUnique(
  items: ReadonlyArray<{ id: unknown; file: string }>,
  issues: DataIssue[],
  what: string,
): void {
  const seen = new Map<string, string>();
  for (const { id, file } of items) {
    if (typeof id !== 'string') continue;
    const first = seen.get(id);
    if (first !== undefined) {
      issues.push({
        file,
        feature: id,
        field: 'id',
        message: `duplicate ${what} id "${id}" (also in ${first})`,
      });
    } else {
      seen.set(id, file);
    }
  }
}

function isLonLat(v: unknown): v is [number, number] {
  return Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number' && Number.isFinite(x));
}

function inChina([lon, lat]: [number, number]): boolean {
  return (
    lon >= CHINA_BBOX.minLon &&
    lon <= CHINA_BBOX.maxLon &&
    lat >= CHINA_BBOX.minLat &&
    lat <= CHINA_BBOX.maxLat
  );
}

/** Validate all content; an empty list means the content is consistent with the plan and the geodata. */
export function validateContent(input: ContentInput): DataIssue[] {
  const issues: DataIssue[] = [];
  const { plan } = input;
  const sectionIds = new Set(plan.sections.map((s) => s.id));

  // --- industry groups and industries
  const groupIds = new Set<string>();
  const groupsFile = input.files?.groups ?? CONTENT_FILES.groups;
  if (!Array.isArray(input.groups)) {
    issues.push({ file: groupsFile, message: 'must be a JSON array of { id, zh, en }' });
  } else {
    input.groups.forEach((g, i) => {
      if (!isRecord(g) || !isNonEmptyString(g.id)) {
        issues.push({ file: groupsFile, field: `[${i}].id`, message: 'group without an id' });
        return;
      }
      groupIds.add(g.id);
      for (const f of ['zh', 'en'] as const) {
        if (!isNonEmptyString(g[f]))
          issues.push({ file: groupsFile, feature: g.id, field: f, message: `missing ${f}` });
      }
    });
    checkUnique(
      input.groups.filter(isRecord).map((g) => ({ id: g.id, file: groupsFile })),
      issues,
      'industry group',
    );
  }

  const industryIds = new Set<string>();
  const industriesFile = input.files?.industries ?? CONTENT_FILES.industries;
  if (!Array.isArray(input.industries)) {
    issues.push({ file: industriesFile, message: 'must be a JSON array of { id, zh, en, group }' });
  } else {
    input.industries.forEach((ind, i) => {
      if (!isRecord(ind) || !isNonEmptyString(ind.id)) {
        issues.push({ file: industriesFile, field: `[${i}].id`, message: 'industry without an id' });
        return;
      }
      industryIds.add(ind.id);
      for (const f of ['zh', 'en'] as const) {
        if (!isNonEmptyString(ind[f]))
          issues.push({ file: industriesFile, feature: ind.id, field: f, message: `missing ${f}` });
      }
      if (!isNonEmptyString(ind.group) || !groupIds.has(ind.group)) {
        issues.push({
          file: industriesFile,
          feature: ind.id,
          field: 'group',
          message: `unknown industry group ${JSON.stringify(ind.group)}`,
        });
      }
    });
    checkUnique(
      input.industries.filter(isRecord).map((x) => ({ id: x.id, file: industriesFile })),
      issues,
      'industry',
    );
  }

  // --- areas
  const areas: Array<{ file: string; a: Json }> = [];
  for (const entry of input.areas) {
    const isFile = isRecord(entry) && typeof entry.file === 'string' && 'data' in entry;
    const data = isFile ? entry.data : entry;
    const file = isFile
      ? (entry.file as string)
      : `${CONTENT_FILES.areaDir}/${isRecord(entry) && typeof entry.id === 'string' ? entry.id : '?'}.json`;
    if (!isRecord(data)) {
      issues.push({ file, message: 'an area file must hold one JSON object' });
      continue;
    }
    if (!isNonEmptyString(data.id)) {
      issues.push({ file, field: 'id', message: 'area without an id' });
      continue;
    }
    areas.push({ file, a: data });
  }
  checkUnique(
    areas.map(({ file, a }) => ({ id: a.id, file })),
    issues,
    'area',
  );
  const areaById = new Map(areas.map(({ a }) => [a.id as string, a]));
  const geoById = new Map<string, GeoFeatureRef[]>();
  for (const ref of input.geoIds) geoById.set(ref.id, [...(geoById.get(ref.id) ?? []), ref]);

  for (const { file, a } of areas) {
    const id = a.id as string;
    const at = (field: string, message: string): void => {
      issues.push({ file, feature: id, field, message });
    };
    const expectedName = `${id}.json`;
    if (!file.endsWith(`/${expectedName}`) && file !== expectedName)
      at('id', `file name should be ${expectedName}`);
    for (const f of ['name_zh', 'name_en'] as const) if (!isNonEmptyString(a[f])) at(f, `missing ${f}`);
    if (!AREA_KINDS.includes(a.kind as AreaKind))
      at('kind', `kind ${JSON.stringify(a.kind)} is not one of ${AREA_KINDS.join(', ')}`);

    if (a.parent !== null && a.parent !== undefined) {
      if (typeof a.parent !== 'string' || !areaById.has(a.parent))
        at('parent', `unknown parent area ${JSON.stringify(a.parent)}`);
      else if (a.parent === id) at('parent', 'an area cannot be its own parent');
    }
    if (a.district !== null && a.district !== undefined) {
      const d = typeof a.district === 'string' ? areaById.get(a.district) : undefined;
      if (!d) at('district', `unknown district area ${JSON.stringify(a.district)}`);
      else if (d.kind !== 'district')
        at('district', `district "${a.district}" is an area of kind ${String(d.kind)}, not a district`);
    }

    const industries = Array.isArray(a.industries) ? a.industries : null;
    if (industries === null) at('industries', 'industries must be an array of industry ids');
    else {
      industries.forEach((ind, i) => {
        if (typeof ind !== 'string' || !industryIds.has(ind))
          at(`industries[${i}]`, `unknown industry ${JSON.stringify(ind)}`);
      });
      if (new Set(industries).size !== industries.length) at('industries', 'an industry is listed twice');
    }

    const tasks = Array.isArray(a.tasks) ? a.tasks : null;
    if (tasks === null) at('tasks', 'tasks must be an array (empty for a place the plan is silent about)');
    const silent = a.plan_silent === true;
    if (a.plan_silent !== undefined && typeof a.plan_silent !== 'boolean')
      at('plan_silent', 'plan_silent must be true or false');
    if (tasks && tasks.length === 0 && !silent)
      at('tasks', 'no task: give the plan sentences about this place, or set plan_silent: true');
    if (tasks && tasks.length > 0 && silent) at('plan_silent', 'plan_silent is true but the area has tasks');

    const seenTasks = new Set<string>();
    (tasks ?? []).forEach((t, i) => {
      if (!isRecord(t)) {
        at(`tasks[${i}]`, 'a task must be an object { section, zh, en }');
        return;
      }
      checkQuote(
        plan,
        sectionIds,
        issues,
        { file, feature: id, sectionField: `tasks[${i}].section`, quoteField: `tasks[${i}].zh` },
        t.section,
        t.zh,
      );
      if (!isNonEmptyString(t.en)) at(`tasks[${i}].en`, 'missing English translation');
      const key = `${String(t.section)}|${String(t.zh)}`;
      if (seenTasks.has(key)) at(`tasks[${i}]`, 'the same task is listed twice');
      seenTasks.add(key);
      if (t.industries !== undefined) {
        if (!Array.isArray(t.industries)) at(`tasks[${i}].industries`, 'must be an array of industry ids');
        else
          t.industries.forEach((ind, j) => {
            if (typeof ind !== 'string' || !industryIds.has(ind))
              at(`tasks[${i}].industries[${j}]`, `unknown industry ${JSON.stringify(ind)}`);
            else if (industries && !industries.includes(ind))
              at(`tasks[${i}].industries[${j}]`, `industry "${ind}" is not in the area's industries`);
          });
      }
    });

    // geometry: what the content expects must exist in the geodata
    const geo = geoById.get(id) ?? [];
    const polygon = geo.find((g) => g.shape === 'polygon');
    const point = geo.find((g) => g.shape === 'point');
    if (a.geometry !== undefined && !GEOMETRY_QUALITIES.includes(a.geometry as GeometryQuality)) {
      at('geometry', `geometry ${JSON.stringify(a.geometry)} is not one of ${GEOMETRY_QUALITIES.join(', ')}`);
    }
    if ((a.geometry === 'official' || a.geometry === 'approximate') && !polygon) {
      at('geometry', `geometry is "${a.geometry}" but no geodata polygon feature has id "${id}"`);
    }
    if (a.geometry === 'official' && polygon?.quality !== undefined && polygon.quality !== 'official') {
      at('geometry', `geometry is "official" but geodata ${polygon.file} says "${polygon.quality}"`);
    }
    if (a.center !== undefined && a.center !== null) {
      if (!isLonLat(a.center)) at('center', 'center must be [lon, lat] numbers');
      else if (!inChina(a.center))
        at('center', `center ${JSON.stringify(a.center)} is outside China's bbox (is it [lon, lat]?)`);
    }
    if (a.geometry === 'point' && !point && !isLonLat(a.center)) {
      at('center', 'a "point" area needs a center [lon, lat] or a geodata point feature with its id');
    }
  }

  // every selectable geodata feature is an area (once there is any content: with no area file at all the content is
  // simply not written yet, which check-data reports on its own)
  const flagged = new Set<string>();
  for (const ref of areas.length > 0 ? input.geoIds : []) {
    if (!ref.selectable || areaById.has(ref.id) || flagged.has(`${ref.file}|${ref.id}`)) continue;
    flagged.add(`${ref.file}|${ref.id}`);
    issues.push({
      file: `geodata/${ref.file}.geojson`,
      feature: ref.id,
      field: 'id',
      message: `selectable feature "${ref.id}" has no area file ${CONTENT_FILES.areaDir}/${ref.id}.json`,
    });
  }

  // --- links
  const linksFile = input.files?.links ?? CONTENT_FILES.links;
  if (!Array.isArray(input.links)) {
    issues.push({ file: linksFile, message: 'must be a JSON array of links' });
  } else {
    input.links.forEach((l, i) => {
      if (!isRecord(l) || !isNonEmptyString(l.id)) {
        issues.push({ file: linksFile, field: `[${i}].id`, message: 'link without an id' });
        return;
      }
      const id = l.id;
      for (const end of ['from', 'to'] as const) {
        if (typeof l[end] !== 'string' || !areaById.has(l[end] as string))
          issues.push({
            file: linksFile,
            feature: id,
            field: end,
            message: `unknown area ${JSON.stringify(l[end])}`,
          });
      }
      if (l.from === l.to)
        issues.push({ file: linksFile, feature: id, field: 'to', message: 'a link must join two areas' });
      if (!(LINK_KINDS as readonly unknown[]).includes(l.kind))
        issues.push({
          file: linksFile,
          feature: id,
          field: 'kind',
          message: `kind must be one of ${LINK_KINDS.join(', ')}`,
        });
      checkQuote(
        plan,
        sectionIds,
        issues,
        { file: linksFile, feature: id, sectionField: 'section', quoteField: 'zh' },
        l.section,
        l.zh,
      );
      if (!isNonEmptyString(l.en))
        issues.push({ file: linksFile, feature: id, field: 'en', message: 'missing English translation' });
    });
    checkUnique(
      input.links.filter(isRecord).map((l) => ({ id: l.id, file: linksFile })),
      issues,
      'link',
    );
  }

  // --- indicators
  const indFile = input.files?.indicators ?? CONTENT_FILES.indicators;
  if (!Array.isArray(input.indicators)) {
    issues.push({ file: indFile, message: 'must be a JSON array of indicators' });
  } else {
    input.indicators.forEach((x, i) => {
      if (!isRecord(x) || !isNonEmptyString(x.id)) {
        issues.push({ file: indFile, field: `[${i}].id`, message: 'indicator without an id' });
        return;
      }
      const id = x.id;
      const at = (field: string, message: string): void => {
        issues.push({ file: indFile, feature: id, field, message });
      };
      for (const f of ['zh', 'en', 'unit'] as const) if (!isNonEmptyString(x[f])) at(f, `missing ${f}`);
      if (typeof x.value !== 'number' || !Number.isFinite(x.value))
        at('value', 'value must be a finite number');
      if (!(COMPARATORS as readonly unknown[]).includes(x.comparator))
        at('comparator', `comparator must be one of ${COMPARATORS.join(', ')}`);
      const quoted = checkQuote(
        plan,
        sectionIds,
        issues,
        { file: indFile, feature: id, sectionField: 'section', quoteField: 'quote' },
        x.section,
        x.quote,
      );
      // the quote must state the value it is the source of
      if (quoted && typeof x.value === 'number' && !String(x.quote).includes(String(x.value))) {
        at('value', `value ${x.value} does not appear in the quote`);
      }
      if (x.baseline !== undefined) {
        const b = x.baseline;
        if (!isRecord(b)) at('baseline', 'baseline must be an object');
        else {
          if (typeof b.value !== 'number' || !Number.isFinite(b.value))
            at('baseline.value', 'value must be a finite number');
          if (typeof b.year !== 'number' || !Number.isInteger(b.year))
            at('baseline.year', 'year must be an integer');
          if (!isNonEmptyString(b.unit)) at('baseline.unit', 'missing unit');
          const ok = checkQuote(
            plan,
            sectionIds,
            issues,
            { file: indFile, feature: id, sectionField: 'baseline.section', quoteField: 'baseline.quote' },
            b.section,
            b.quote,
          );
          if (ok && typeof b.value === 'number' && !String(b.quote).includes(String(b.value)))
            at('baseline.value', `value ${b.value} does not appear in the quote`);
          if (ok && typeof b.year === 'number' && !String(b.quote).includes(String(b.year)))
            at('baseline.year', `year ${b.year} does not appear in the quote`);
        }
      }
      if (x.context !== undefined) {
        if (!Array.isArray(x.context)) at('context', 'context must be an array');
        else
          x.context.forEach((c, j) => {
            if (!isRecord(c)) return at(`context[${j}]`, 'must be an object { section, quote, en }');
            checkQuote(
              plan,
              sectionIds,
              issues,
              {
                file: indFile,
                feature: id,
                sectionField: `context[${j}].section`,
                quoteField: `context[${j}].quote`,
              },
              c.section,
              c.quote,
            );
            if (!isNonEmptyString(c.en)) at(`context[${j}].en`, 'missing English');
          });
      }
    });
    checkUnique(
      input.indicators.filter(isRecord).map((x) => ({ id: x.id, file: indFile })),
      issues,
      'indicator',
    );
  }

  return issues;
}

/** One line per issue: `file › feature › field: message`. */
export function formatIssue(issue: DataIssue): string {
  return (
    [issue.file, issue.feature, issue.field].filter((x) => x !== undefined && x !== '').join(' › ') +
    `: ${issue.message}`
  );
}
