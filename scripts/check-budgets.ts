// `npm run check:budgets`: fails when the built app exceeds a size budget (run after `npm run build`).
import { existsSync } from 'node:fs';
import { measureBuild } from './lib/sizes.ts';
import { budgetsFromEnv, checkBudgets } from './lib/budgets.ts';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(dist)) {
  console.error(`check:budgets: ${dist}/ does not exist — run \`npm run build\` first`);
  process.exit(1);
}
const sizes = measureBuild(dist);
const { results, errors } = checkBudgets(sizes, budgetsFromEnv(process.env));
for (const r of results) {
  console.log(
    `${r.ok ? 'ok  ' : 'FAIL'} ${r.budget.label.padEnd(50)} ${String(r.actualKb).padStart(7)} kB / ${r.budget.limitKb} kB`,
  );
}
console.log(
  `info MapLibre chunk (gzip)                                  ${String(sizes.maplibre_gzip_kb).padStart(7)} kB  (${sizes.maplibre_chunk ?? 'none'})`,
);
if (errors.length) {
  for (const e of errors) console.error(`check:budgets: ${e}`);
  process.exit(1);
}
console.log('check:budgets: all budgets met');
