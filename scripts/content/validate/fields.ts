// Strict field checks of the content files, driven by one declaration per kind of item: which fields it may have
// (an unknown or misspelt one such as `alias_zh` is rejected), which of them are English (no HTML, no spreadsheet
// formula, no Chinese characters), and which nested lists hold items of another declared kind. A new file or field
// is one line here.
import type { DataIssue } from '../dataIssue';
import { isRecord, type Json } from './shared';

export interface ItemFields {
  /** Every field the item may have. */
  fields: readonly string[];
  /** Fields holding English text (a string or a list of strings). */
  english?: readonly string[];
  /** Fields holding one nested item (an object) or a list of them, by the kind of item declared in CONTENT_FIELDS. */
  nested?: Readonly<Record<string, string>>;
}

export const CONTENT_FIELDS = {
  area: {
    fields: [
      'id',
      'name_zh',
      'name_en',
      'kind',
      'parent',
      'district',
      'industries',
      'fields',
      'tasks',
      'plan_silent',
      'aliases_zh',
      'aliases_en',
      'description_en',
      'description_zh',
      'geometry',
      'geometry_source',
      'center',
    ],
    english: ['name_en', 'aliases_en', 'description_en'],
    nested: { tasks: 'task' },
  },
  task: {
    fields: ['section', 'zh', 'en', 'industries', 'fields', 'scope', 'scope_note_zh', 'scope_note_en'],
    english: ['en', 'scope_note_en'],
  },
  field: { fields: ['id', 'zh', 'en', 'industry'], english: ['en'] },
  goal: { fields: ['id', 'kind', 'section', 'zh', 'en'], english: ['en'] },
  statement: { fields: ['section', 'zh', 'en', 'industries', 'fields'], english: ['en'] },
  tourStop: {
    fields: ['id', 'title_zh', 'title_en', 'places', 'area', 'quotes'],
    english: ['title_en'],
    nested: { quotes: 'tourQuote' },
  },
  tourQuote: { fields: ['section', 'zh', 'en'], english: ['en'] },
  industry: { fields: ['id', 'zh', 'en', 'group'], english: ['en'] },
  group: { fields: ['id', 'zh', 'en'], english: ['en'] },
  link: { fields: ['id', 'from', 'to', 'kind', 'section', 'zh', 'en'], english: ['en'] },
  indicator: {
    fields: [
      'id',
      'zh',
      'en',
      'value',
      'unit',
      'unit_en',
      'comparator',
      'section',
      'quote',
      'excerpt',
      'value_words',
      'baseline',
      'context',
    ],
    english: ['en', 'unit_en'],
    nested: { baseline: 'baseline', context: 'context' },
  },
  baseline: { fields: ['value', 'unit', 'year', 'section', 'quote', 'excerpt'] },
  context: { fields: ['section', 'quote', 'excerpt', 'en', 'zh'], english: ['en'] },
  sectionsEn: { fields: ['_comment', 'title', 'sections'], english: ['_comment', 'title'] },
  geometrySourcesZh: { fields: ['_comment', 'zh'], english: ['_comment'] },
} as const satisfies Record<string, ItemFields>;

export type ItemKind = keyof typeof CONTENT_FIELDS;
const isItemKind = (kind: string): kind is ItemKind => kind in CONTENT_FIELDS;

/** Markup a browser or a rich-text viewer would interpret: a tag, a comment or an HTML entity. */
const HTML = /<\/?[a-z!][^>]*>|&(#\d+|#x[\da-f]+|[a-z]+);/i;
/** OWASP's CSV-injection leads: a cell starting with these is evaluated by a spreadsheet. */
const FORMULA = /^[=+\-@\t\r]/;
/** Han characters, CJK punctuation and full-width forms: Chinese text has no place in an English field ... */
const CHINESE = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/** ... except as a gloss of the plan's own term, in brackets or quotes ("援藏", (生态涵养区)), or a section id. */
const SECTION_ID = /section [一二三四五六七八九十]+(\.\([一二三四五六七八九十]+\))?/g;
const GLOSS = /\([^()]*\)|（[^（）]*）|"[^"]*"|“[^”]*”/g;

/** Why `text` cannot stand in an English field, or null. */
export function englishProblem(text: string): string | null {
  if (HTML.test(text)) return 'contains HTML markup';
  if (FORMULA.test(text)) return 'starts like a spreadsheet formula (=, +, -, @, tab)';
  const han = CHINESE.exec(text.replace(SECTION_ID, '').replace(GLOSS, ''));
  if (han) return `contains Chinese text ("${han[0]}") in an English field`;
  return null;
}

/** Every unknown field and every unusable English text of `item` (and of its nested items), as issues at `where`. */
export function checkFields(
  item: unknown,
  kind: ItemKind,
  where: { file: string; feature?: string; path?: string },
  issues: DataIssue[],
): void {
  if (!isRecord(item)) return;
  const spec: ItemFields = CONTENT_FIELDS[kind];
  const field = (name: string) => (where.path ? `${where.path}.${name}` : name);
  const push = (name: string, message: string) =>
    issues.push({ file: where.file, feature: where.feature, field: name, message });
  for (const name of Object.keys(item)) {
    if (!spec.fields.includes(name))
      push(field(name), `unknown field "${name}" (a ${kind} has ${spec.fields.join(', ')})`);
  }
  for (const name of spec.english ?? []) {
    const value: unknown = (item as Json)[name];
    const texts: unknown[] = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    texts.forEach((text, i) => {
      const problem = typeof text === 'string' ? englishProblem(text) : null;
      if (problem) push(Array.isArray(value) ? `${field(name)}[${i}]` : field(name), problem);
    });
  }
  for (const [name, nestedKind] of Object.entries(spec.nested ?? {})) {
    if (!isItemKind(nestedKind))
      throw new Error(`CONTENT_FIELDS.${kind}.nested.${name}: unknown kind ${nestedKind}`);
    const value = (item as Json)[name];
    if (Array.isArray(value))
      value.forEach((v, i) => checkFields(v, nestedKind, { ...where, path: `${field(name)}[${i}]` }, issues));
    else checkFields(value, nestedKind, { ...where, path: field(name) }, issues);
  }
}
