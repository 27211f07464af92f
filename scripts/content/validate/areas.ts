// src/content/areas/*.json: names, kind, parent and district, industries, tasks quoted from the plan, and the geometry
// the area expects in the geodata; then every selectable geodata feature must have an area.
import type { AreaKind, GeometryQuality } from '../../../src/data/types';
import {
  AREA_KINDS,
  CHINA_BBOX,
  CONTENT_FILES,
  GEOMETRY_QUALITIES,
  type AreaFile,
  type GeoFeatureRef,
} from './contract';
import {
  checkQuote,
  checkStrings,
  checkUnique,
  isNonEmptyString,
  isRecord,
  type CheckContext,
  type Json,
} from './shared';

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

/** The area files that hold an object with an id (the others are reported), with their paths. */
function readableAreas(
  entries: ReadonlyArray<AreaFile | unknown>,
  ctx: CheckContext,
): Array<{ file: string; a: Json }> {
  const areas: Array<{ file: string; a: Json }> = [];
  for (const entry of entries) {
    const isFile = isRecord(entry) && typeof entry.file === 'string' && 'data' in entry;
    const data = isFile ? entry.data : entry;
    const file = isFile
      ? (entry.file as string)
      : `${CONTENT_FILES.areaDir}/${isRecord(entry) && typeof entry.id === 'string' ? entry.id : '?'}.json`;
    if (!isRecord(data)) {
      ctx.issues.push({ file, message: 'an area file must hold one JSON object' });
      continue;
    }
    if (!isNonEmptyString(data.id)) {
      ctx.issues.push({ file, field: 'id', message: 'area without an id' });
      continue;
    }
    areas.push({ file, a: data });
  }
  return areas;
}

/** A field of fields.json as the area check needs it: its verbatim term and its industry. */
export type FieldRef = { zh: string; industry: string };

/** What an area is checked against: the areas by id, the industry ids and the fields by id. */
interface AreaRefs {
  areaById: ReadonlyMap<string, Json>;
  industryIds: ReadonlySet<string>;
  fieldById: ReadonlyMap<string, FieldRef>;
}

/** One area: `refs` resolves parent, district, industries and fields; `geo` holds its geodata features. */
function validateArea(
  ctx: CheckContext,
  { file, a }: { file: string; a: Json },
  { areaById, industryIds, fieldById }: AreaRefs,
  geo: readonly GeoFeatureRef[],
): void {
  const id = a.id as string;
  const at = (field: string, message: string): void => {
    ctx.issues.push({ file, feature: id, field, message });
  };
  const expectedName = `${id}.json`;
  if (!file.endsWith(`/${expectedName}`) && file !== expectedName)
    at('id', `file name should be ${expectedName}`);
  checkStrings(a, ['name_zh', 'name_en'], at);
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

  validateTasks(ctx, file, a, industryIds, industries, at);
  validateFieldTags(a, fieldById, at);
  validateGeometry(a, geo, at);
  validateNotes(a, at);
}

/** Han characters: a Chinese note has some. */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;

/** Our note on a place is shown in both languages: the Chinese interface shows description_zh, never the English. */
function validateNotes(a: Json, at: (field: string, message: string) => void): void {
  if (a.description_en !== undefined && a.description_zh === undefined)
    at(
      'description_zh',
      'description_en has no Chinese (description_zh): the Chinese interface would show English',
    );
  if (a.description_zh !== undefined && !(isNonEmptyString(a.description_zh) && HAN.test(a.description_zh)))
    at('description_zh', 'description_zh must be Chinese text');
  if (a.description_zh !== undefined && a.description_en === undefined)
    at('description_en', 'description_zh has no English (description_en)');
}

/**
 * Fields on a task must be named in its sentence and belong to one of its industries; the area's `fields` are exactly
 * those of its tasks. A task marked `scope: "partial"` says, in both languages, how the sentence is only partly about
 * the place.
 */
function validateFieldTags(
  a: Json,
  fieldById: ReadonlyMap<string, FieldRef>,
  at: (field: string, message: string) => void,
): void {
  const areaFields = a.fields === undefined ? [] : a.fields;
  if (!Array.isArray(areaFields)) {
    at('fields', 'fields must be an array of field ids');
    return;
  }
  const onTasks = new Set<string>();
  (Array.isArray(a.tasks) ? a.tasks : []).forEach((t, i) => {
    if (!isRecord(t)) return;
    if (t.scope !== undefined) {
      if (t.scope !== 'partial') at(`tasks[${i}].scope`, 'scope must be "partial" (or left out)');
      for (const note of ['scope_note_zh', 'scope_note_en'])
        if (!isNonEmptyString(t[note])) at(`tasks[${i}].${note}`, `a partial task needs ${note}`);
    } else if (t.scope_note_zh !== undefined || t.scope_note_en !== undefined)
      at(`tasks[${i}].scope`, 'a scope note without scope: "partial"');
    if (t.fields === undefined) return;
    if (!Array.isArray(t.fields)) {
      at(`tasks[${i}].fields`, 'must be an array of field ids');
      return;
    }
    const taskIndustries = Array.isArray(t.industries) ? t.industries : [];
    t.fields.forEach((id, j) => {
      const f = typeof id === 'string' ? fieldById.get(id) : undefined;
      if (!f) return at(`tasks[${i}].fields[${j}]`, `unknown field ${JSON.stringify(id)}`);
      onTasks.add(id as string);
      if (typeof t.zh === 'string' && !t.zh.includes(f.zh))
        at(`tasks[${i}].fields[${j}]`, `the sentence does not name field "${id}" (${f.zh})`);
      if (!taskIndustries.includes(f.industry))
        at(
          `tasks[${i}].fields[${j}]`,
          `field "${id}" is under industry "${f.industry}", which the task does not list`,
        );
      if (!areaFields.includes(id))
        at(`tasks[${i}].fields[${j}]`, `field "${id}" is not in the area's fields`);
    });
  });
  areaFields.forEach((id, i) => {
    if (typeof id !== 'string' || !onTasks.has(id))
      at(`fields[${i}]`, `field ${JSON.stringify(id)} is on none of the area's tasks`);
  });
}

function validateTasks(
  ctx: CheckContext,
  file: string,
  a: Json,
  industryIds: ReadonlySet<string>,
  industries: unknown[] | null,
  at: (field: string, message: string) => void,
): void {
  const id = a.id as string;
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
      ctx,
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
}

/** What the content expects of the geometry must exist in the geodata. */
function validateGeometry(
  a: Json,
  geo: readonly GeoFeatureRef[],
  at: (field: string, message: string) => void,
): void {
  const id = a.id as string;
  const polygon = geo.find((g) => g.shape === 'polygon');
  const point = geo.find((g) => g.shape === 'point');
  if (a.geometry !== undefined && !GEOMETRY_QUALITIES.includes(a.geometry as GeometryQuality)) {
    at('geometry', `geometry ${JSON.stringify(a.geometry)} is not one of ${GEOMETRY_QUALITIES.join(', ')}`);
  }
  if (a.kind === 'district' && !polygon) {
    at('geometry', `a district needs its boundary: no geodata polygon feature has id "${id}"`);
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

/**
 * Validate the area files and check that every selectable geodata feature is an area (once there is any content: with
 * no area file at all the content is simply not written yet, which check-data reports on its own). Returns the areas
 * by id, for the links.
 */
export function validateAreas(
  ctx: CheckContext,
  entries: ReadonlyArray<AreaFile | unknown>,
  industryIds: ReadonlySet<string>,
  geoIds: ReadonlyArray<GeoFeatureRef>,
  fieldById: ReadonlyMap<string, FieldRef> = new Map(),
): Map<string, Json> {
  const areas = readableAreas(entries, ctx);
  checkUnique(
    areas.map(({ file, a }) => ({ id: a.id, file })),
    ctx.issues,
    'area',
  );
  const areaById = new Map(areas.map(({ a }) => [a.id as string, a]));
  const geoById = new Map<string, GeoFeatureRef[]>();
  for (const ref of geoIds) geoById.set(ref.id, [...(geoById.get(ref.id) ?? []), ref]);

  for (const area of areas)
    validateArea(ctx, area, { areaById, industryIds, fieldById }, geoById.get(area.a.id as string) ?? []);

  const flagged = new Set<string>();
  for (const ref of areas.length > 0 ? geoIds : []) {
    if (!ref.selectable || areaById.has(ref.id) || flagged.has(`${ref.file}|${ref.id}`)) continue;
    flagged.add(`${ref.file}|${ref.id}`);
    ctx.issues.push({
      file: `geodata/${ref.file}.geojson`,
      feature: ref.id,
      field: 'id',
      message: `selectable feature "${ref.id}" has no area file ${CONTENT_FILES.areaDir}/${ref.id}.json`,
    });
  }
  return areaById;
}
