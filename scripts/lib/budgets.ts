// The size budgets CI enforces (the product brief's quality bars); each can be lowered by an env var to see the check fail.
import type { BuildSizes } from './sizes.ts';

export interface Budget {
  key: 'app_js_first_load_gzip_kb' | 'app_js_gzip_kb' | 'geodata_gzip_kb' | 'font_kb' | 'atlas_json_gzip_kb';
  label: string;
  limitKb: number;
}

export const BUDGETS: Budget[] = [
  // the brief's 120 kB bar is what every visit pays before it can use the app: the entry, the map module and what
  // they import (React alone is 67 kB of it). Panels, the tour, sharing and Save image are chunks loaded on first use;
  // all of them together may add 30 kB (0.15 s at 1.6 Mbit/s), so the sum of all app JS is capped too.
  { key: 'app_js_first_load_gzip_kb', label: 'app JS a visit loads first, no MapLibre (gzip)', limitKb: 120 },
  { key: 'app_js_gzip_kb', label: 'all app JS incl. lazy parts, no MapLibre (gzip)', limitKb: 150 },
  { key: 'geodata_gzip_kb', label: 'all geodata (gzip)', limitKb: 300 },
  { key: 'font_kb', label: 'label font subset(s), all files', limitKb: 400 },
  // atlas.json stands between the HTML and the first text panel (the store is made from it). 120 kB gz is what the
  // whole plan would take if every one of its sentences were attributed once, with its translation (plan.json, the
  // Chinese text alone, is 47 kB gz): content can deepen to the plan's full extent, but a format that repeats
  // sentences or carries more than the panels show would fail. At 1.6 Mbit/s it is 0.6 s of download.
  { key: 'atlas_json_gzip_kb', label: 'atlas.json (gzip)', limitKb: 120 },
];

/** Budgets with overrides from the environment, e.g. BUDGET_APP_JS_GZIP_KB=10. */
export function budgetsFromEnv(env: Record<string, string | undefined>): Budget[] {
  return BUDGETS.map((b) => {
    const raw = env[`BUDGET_${b.key.toUpperCase()}`];
    const n = raw === undefined ? NaN : Number(raw);
    return Number.isFinite(n) && n > 0 ? { ...b, limitKb: n } : b;
  });
}

export interface BudgetResult {
  budget: Budget;
  actualKb: number;
  ok: boolean;
}

export function checkBudgets(
  sizes: BuildSizes,
  budgets: Budget[],
): { results: BudgetResult[]; errors: string[] } {
  const results = budgets.map((budget) => ({
    budget,
    actualKb: sizes[budget.key],
    ok: sizes[budget.key] <= budget.limitKb,
  }));
  const errors = results
    .filter((r) => !r.ok)
    .map((r) => `${r.budget.label}: ${r.actualKb} kB exceeds the budget of ${r.budget.limitKb} kB`);
  if (!sizes.maplibre_chunk)
    errors.push('MapLibre is not in a chunk of its own (no assets/maplibre-*.js in dist)');
  return { results, errors };
}
