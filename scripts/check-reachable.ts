// `npm run check:reachable`: every module under src/ must be loaded by the browser, i.e. reachable by imports from
// src/main.tsx. Tests (*.test.*) and test helpers (src/**/testing.tsx) are exempt; build-only code lives in scripts/.
// Walks static, re-export and dynamic imports of relative paths (ts.preProcessFile); prints the unreachable modules and exits 1 if any.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ENTRY = 'src/main.tsx';
const MODULE_EXT = /\.(ts|tsx|js|jsx|mjs)$/;
const EXEMPT = [/\.test\.[jt]sx?$/, /(^|\/)testing\.tsx?$/, /\.d\.ts$/];

/** Relative specifiers of the static, re-export, side-effect and dynamic imports of `source` (comments ignored). */
export function importSpecifiers(source: string): string[] {
  return ts
    .preProcessFile(source, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((s) => s.startsWith('./') || s.startsWith('../'));
}

/** The file a relative specifier names: as written, or with a module extension, or as a folder's index. */
function resolveModule(fromFile: string, spec: string): string | null {
  const base = resolve(dirname(fromFile), spec);
  const candidates = [
    base,
    ...['.ts', '.tsx', '.js', '.jsx'].map((e) => base + e),
    ...['index.ts', 'index.tsx', 'index.js'].map((i) => join(base, i)),
  ];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

function listModules(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listModules(path));
    else if (MODULE_EXT.test(name)) out.push(path);
  }
  return out;
}

/** Modules of `srcDir` (absolute paths) not reachable from `entry`, tests and test helpers left out. */
export function unreachableModules(root: string, srcDir = 'src', entry = ENTRY): string[] {
  const seen = new Set<string>();
  const queue = [resolve(root, entry)];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    if (!MODULE_EXT.test(file)) continue;
    for (const spec of importSpecifiers(readFileSync(file, 'utf8'))) {
      const target = resolveModule(file, spec);
      if (target && !seen.has(target)) queue.push(target);
    }
  }
  return listModules(resolve(root, srcDir))
    .filter((f) => !seen.has(f))
    .map((f) => relative(root, f).split('\\').join('/'))
    .filter((f) => !EXEMPT.some((re) => re.test(f)))
    .sort();
}

const isMain =
  process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename ?? '');
if (isMain) {
  const unreachable = unreachableModules(process.cwd());
  for (const f of unreachable)
    console.log(`${f}: not imported by the browser (from ${ENTRY}); move it to scripts/`);
  console.log(
    unreachable.length === 0
      ? `check:reachable: every module in src/ is reachable from ${ENTRY}`
      : `\ncheck:reachable: ${unreachable.length} module(s) in src/ the browser never loads`,
  );
  process.exit(unreachable.length > 0 ? 1 : 0);
}
