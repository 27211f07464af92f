// Mutations of a JSON document for fault tests: drop a key, null it, give it the wrong type, or blow a list up.
import fc from 'fast-check';

export type JsonPath = (string | number)[];
export type Mutation =
  | { kind: 'drop'; path: JsonPath }
  | { kind: 'set'; path: JsonPath; value: unknown }
  | { kind: 'huge'; path: JsonPath; copies: number };

/** Every path to a value inside `doc` (objects and arrays included), depth-first. */
export function pathsOf(doc: unknown, prefix: JsonPath = []): JsonPath[] {
  const out: JsonPath[] = [prefix];
  if (Array.isArray(doc)) doc.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (typeof doc === 'object' && doc !== null)
    for (const [k, v] of Object.entries(doc)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

/** A wrong value of another type than JSON's usual one at a place: null, a string, a number, an object, a list. */
const WRONG_VALUES: unknown[] = [null, '', 'x', 0, -1, 1e308, true, {}, [], [null], { id: 1 }, '<img src=x>'];

/** fast-check arbitrary: 1–3 mutations at paths of `doc` (the root's own path excluded). */
export function mutationsOf(doc: unknown): fc.Arbitrary<Mutation[]> {
  const paths = pathsOf(doc).slice(1);
  const lists = paths.filter((p) => Array.isArray(get(doc, p)));
  const path = fc.nat(paths.length - 1).map((i) => paths[i]);
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    path.map((p) => ({ kind: 'drop' as const, path: p })),
    fc
      .tuple(path, fc.constantFrom(...WRONG_VALUES))
      .map(([p, value]) => ({ kind: 'set' as const, path: p, value })),
    fc
      .tuple(fc.nat(lists.length - 1), fc.constantFrom(100, 2_000))
      .map(([i, copies]) => ({ kind: 'huge' as const, path: lists[i], copies })),
  );
  return fc.array(mutation, { minLength: 1, maxLength: 3 });
}

function get(doc: unknown, path: JsonPath): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | null)?.[k], doc);
}

/** A deep copy of `doc` with `mutations` applied (a path a previous mutation removed is skipped). */
export function applyMutations(doc: unknown, mutations: readonly Mutation[]): unknown {
  const copy = structuredClone(doc);
  for (const m of mutations) {
    const parent = get(copy, m.path.slice(0, -1)) as Record<string | number, unknown> | null;
    const key = m.path[m.path.length - 1];
    if (typeof parent !== 'object' || parent === null || !(key in parent)) continue;
    if (m.kind === 'drop') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (m.kind === 'set') parent[key] = structuredClone(m.value);
    else {
      const list = parent[key];
      if (Array.isArray(list) && list.length > 0)
        parent[key] = Array.from({ length: m.copies }, (_, i) => structuredClone(list[i % list.length]));
    }
  }
  return copy;
}
