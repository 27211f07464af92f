// The item-by-item checks of the runtime JSON files (atlas.json, plan.json, search.json, the font manifest): what the
// app cannot use is dropped or defaulted and reported; a file it cannot use at all is a DataLoadError naming file ›
// field. Used by the one loader, src/data/load.ts.
import type { PlanDoc } from '../plan/types';
import type { SearchEntry } from './search';
import type { Atlas } from './types';
import { checkAtlas } from './checkAtlas';
import { checkList, isObject, isString, isStringList, type Report } from './checkItems';
import { DATA_FILES, DataLoadError, type FontManifest } from './dataFiles';

/** atlas.json checked item by item (src/data/checkAtlas.ts); a file without its required lists is refused. */
export function parseAtlas(
  value: unknown,
  file: string = DATA_FILES.atlas,
  report: Report = () => {},
): Atlas {
  if (!isObject(value)) throw new DataLoadError(file, 'not a JSON object');
  if (value.version !== 1)
    throw new DataLoadError(file, `unsupported version ${String(value.version)}`, 'version');
  return checkAtlas(value, file, report, (field) => {
    throw new DataLoadError(file, 'not a list', field);
  });
}

/** plan.json (the reader's text and section offsets): a section without id, offsets within the text or sentences is dropped. */
export function parsePlanDoc(
  value: unknown,
  file: string = DATA_FILES.plan,
  report: Report = () => {},
): PlanDoc {
  if (!isObject(value)) throw new DataLoadError(file, 'not a JSON object');
  if (typeof value.text !== 'string') throw new DataLoadError(file, 'not a string', 'text');
  if (!Array.isArray(value.sections)) throw new DataLoadError(file, 'not a list', 'sections');
  const length = value.text.length;
  const offset = (n: unknown) => typeof n === 'number' && n >= 0 && n <= length;
  const sections = checkList(
    value.sections,
    {
      required: {
        id: isString,
        start: offset,
        end: offset,
        text_start: offset,
        text_end: offset,
        sentences: Array.isArray,
      },
      defaults: {
        title_zh: [isString, () => ''],
        title_en: [isString, () => ''],
        parent: [(v) => v === null || isString(v), () => null],
      },
    },
    { file, name: 'sections' },
    report,
  );
  const lines = Array.isArray(value.lines) ? value.lines : [];
  if (!Array.isArray(value.lines)) report({ file, field: 'lines', action: 'defaulted' });
  return { ...value, lines, sections } as unknown as PlanDoc;
}

const SEARCH_ENTRY = {
  required: {
    type: (v: unknown) => v === 'area' || v === 'industry' || v === 'field' || v === 'link',
    id: isString,
    label_zh: isString,
    label_en: isString,
    names_zh: isStringList,
    names_en: isStringList,
    pinyin: (v: unknown) => Array.isArray(v) && v.every(isStringList),
  },
  defaults: { kind: [(v: unknown) => v === null || isString(v), () => null] as const },
};

/** search.json (names with their precomputed pinyin): an entry that cannot be searched is dropped. */
export function parseSearchEntries(
  value: unknown,
  file: string = DATA_FILES.search,
  report: Report = () => {},
): SearchEntry[] {
  if (!Array.isArray(value)) throw new DataLoadError(file, 'not a list');
  const entries = checkList(value, SEARCH_ENTRY, { file, name: '' }, report, (entry, at) => {
    const ok = (entry.pinyin as unknown[]).length === (entry.names_zh as unknown[]).length;
    if (!ok) report({ ...at, field: 'pinyin', action: 'dropped' });
    return ok;
  });
  return entries as unknown as SearchEntry[];
}

export function parseFontManifest(
  value: unknown,
  file: string = DATA_FILES.fontManifest,
  report: Report = () => {},
): FontManifest {
  if (!isObject(value) || typeof value.family !== 'string' || !Array.isArray(value.files)) {
    throw new DataLoadError(file, 'not a font manifest');
  }
  const files = checkList(
    value.files,
    { required: { file: isString }, optional: { unicodeRange: isStringList } },
    { file, name: 'files' },
    report,
  );
  const codepoints = Array.isArray(value.codepoints) ? value.codepoints.filter(Number.isInteger) : [];
  return { family: value.family, files, codepoints } as unknown as FontManifest;
}
