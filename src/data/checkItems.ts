// Item-by-item checks of a runtime file at the loader's edge: a list keeps the items it can use, an item keeps the
// fields it can use, and every item or field left out or defaulted is reported as a DataProblem naming file › item ›
// field. Hand-written (a few predicates and one list walker) rather than a schema library: the app JS budget is full.

/** What was wrong with one part of a file and what the loader did about it. */
export interface DataProblem {
  file: string;
  /** The list item (`areas[3] chaoyang`), absent for a top-level part. */
  item?: string;
  field?: string;
  /** `absent`: an optional part is missing; `dropped`: the item was left out; `defaulted`: the field was emptied. */
  action: 'absent' | 'dropped' | 'defaulted';
}

export type Report = (problem: DataProblem) => void;
export type Check = (value: unknown) => boolean;

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
export const isString: Check = (v) => typeof v === 'string';
export const isNumber: Check = (v) => typeof v === 'number' && Number.isFinite(v);
export const isBoolean: Check = (v) => typeof v === 'boolean';
export const isStringList: Check = (v) => Array.isArray(v) && v.every(isString);
export const oneOf =
  (...values: readonly unknown[]): Check =>
  (v) =>
    values.includes(v);
export const orNull =
  (check: Check): Check =>
  (v) =>
    v === null || check(v);

/**
 * The shape of one list item: `required` fields make the item unusable when wrong (it is dropped); `defaults` are
 * replaced by their default when wrong or missing; `optional` fields are removed when wrong.
 */
export interface ItemSpec {
  required: Readonly<Record<string, Check>>;
  defaults?: Readonly<Record<string, readonly [Check, () => unknown]>>;
  optional?: Readonly<Record<string, Check>>;
}

/** `item` as a copy with only the usable fields, or null when a required field is wrong. */
export function checkItem(
  item: unknown,
  spec: ItemSpec,
  where: { file: string; item: string },
  report: Report,
): Record<string, unknown> | null {
  if (!isObject(item)) {
    report({ ...where, action: 'dropped' });
    return null;
  }
  for (const [field, check] of Object.entries(spec.required)) {
    if (!check(item[field])) {
      report({ ...where, field, action: 'dropped' });
      return null;
    }
  }
  const out: Record<string, unknown> = { ...item };
  for (const [field, [check, fallback]] of Object.entries(spec.defaults ?? {})) {
    if (!check(item[field])) {
      report({ ...where, field, action: 'defaulted' });
      out[field] = fallback();
    }
  }
  for (const [field, check] of Object.entries(spec.optional ?? {})) {
    if (field in item && !check(item[field])) {
      report({ ...where, field, action: 'defaulted' });
      delete out[field];
    }
  }
  return out;
}

/** The usable items of `list` (each checked by `spec`, then by `keep` if given), named `name[i] id` in reports. */
export function checkList(
  list: unknown[],
  spec: ItemSpec,
  where: { file: string; name: string },
  report: Report,
  keep?: (item: Record<string, unknown>, at: { file: string; item: string }) => boolean,
): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  list.forEach((raw, i) => {
    const id = isObject(raw) && isString(raw.id) ? ` ${String(raw.id).slice(0, 40)}` : '';
    const at = { file: where.file, item: `${where.name}[${i}]${id}` };
    const item = checkItem(raw, spec, at, report);
    if (item && (!keep || keep(item, at))) out.push(item);
  });
  return out;
}

/** Keeps the first item of each id; later ones are reported and dropped. */
export function uniqueIds(report: Report) {
  const seen = new Set<unknown>();
  return (item: Record<string, unknown>, at: { file: string; item: string }) => {
    if (seen.has(item.id)) {
      report({ ...at, field: 'id', action: 'dropped' });
      return false;
    }
    seen.add(item.id);
    return true;
  };
}
