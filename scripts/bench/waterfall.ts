// The load waterfall: when each phase of a page load starts and ends (ms from navigation start), from the browser's
// resource timings and the moments the page probe recorded; and the median waterfall over several loads.
import { summarize } from '../lib/stats.ts';

/** One entry of the page's resource timing (what the probe reads from performance.getEntriesByType('resource')). */
export interface ResourceTime {
  name: string;
  startTime: number;
  responseEnd: number;
}

/**
 * What one page load recorded: the HTML's arrival, every resource, and its moments (name → ms): the probe's, and the
 * first of each User Timing mark the page made (src/data/loadMarks.ts; the reference pages mark their map's construction).
 */
export interface LoadTimings {
  htmlEnd: number;
  resources: ResourceTime[];
  moments: Record<string, number>;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * The phases in load order, each with how it is found: resources by URL, or a moment (`from` a first moment when the
 * phase is a span between two).
 */
export const PHASES = [
  { id: 'html', label: 'HTML received' },
  {
    id: 'app_js',
    label: 'entry JS downloaded → run',
    resources: /\/assets\/index-[^/]*\.js$|\/lib\/maplibre-gl\.mjs$/,
    moment: 'script_run',
  },
  { id: 'atlas_json', label: 'atlas.json downloaded', resources: /\/data\/atlas\.json$/ },
  {
    id: 'map_module',
    label: 'map module downloaded',
    resources: /\/assets\/(MapView|maplibre)-[^/]*\.js$|\/lib\/maplibre-gl\.mjs$/,
  },
  { id: 'worker', label: 'map worker downloaded', resources: /maplibre-gl-worker[^/]*\.mjs$/ },
  { id: 'geodata', label: 'geodata files downloaded', resources: /\.geojson$/ },
  { id: 'font', label: 'label font downloaded', resources: /\.woff2$/ },
  { id: 'atlas_checked', label: 'atlas.json parsed and checked', moment: 'atlas-checked' },
  { id: 'geodata_checked', label: 'geodata parsed and checked', moment: 'geodata-checked' },
  { id: 'map_code', label: 'map module run', moment: 'map-code-run' },
  { id: 'map_created', label: 'map constructed', from: 'map-construct', moment: 'map_created' },
  { id: 'style_loaded', label: 'style loaded', moment: 'style_loaded' },
  { id: 'first_render', label: 'first map frame', moment: 'first_render' },
  { id: 'idle', label: 'map idle (all drawn)', moment: 'idle' },
  { id: 'text_panel', label: 'text panel painted', moment: 'text_panel' },
] as const satisfies readonly {
  id: string;
  label: string;
  resources?: RegExp;
  moment?: string;
  from?: string;
}[];

export type PhaseId = (typeof PHASES)[number]['id'];
export type Waterfall = Partial<Record<PhaseId, Span>>;

/**
 * One load's waterfall. A resource phase spans from its first matching request's start to its last one's end (a
 * phase with a moment ends at the later of the two); a moment-only phase is the moment itself, or spans from its `from`
 * moment when the page recorded one. Missing ones are left out.
 */
export function waterfallOf(t: LoadTimings): Waterfall {
  const out: Waterfall = { html: { start: 0, end: t.htmlEnd } };
  for (const phase of PHASES) {
    if (phase.id === 'html') continue;
    const re = 'resources' in phase ? phase.resources : undefined;
    const matched = re ? t.resources.filter((r) => re.test(new URL(r.name, 'http://x').pathname)) : [];
    const moment = 'moment' in phase ? t.moments[phase.moment] : undefined;
    if (matched.length > 0) {
      const start = Math.min(...matched.map((r) => r.startTime));
      // an entry can report no response end (0) for a script a worker fetched: it counts as ending when it started
      const end = Math.max(...matched.map((r) => Math.max(r.responseEnd, r.startTime)), moment ?? -Infinity);
      out[phase.id] = { start, end };
    } else if (moment !== undefined && !re) {
      const from = 'from' in phase ? t.moments[phase.from] : undefined;
      out[phase.id] = { start: from !== undefined && from <= moment ? from : moment, end: moment };
    }
  }
  return out;
}

/**
 * Median start and median duration of each phase over several loads (a phase only some loads had uses those loads);
 * end = start + duration, so a phase never ends before it starts.
 */
export function medianWaterfall(runs: Waterfall[]): Waterfall {
  const out: Waterfall = {};
  for (const { id } of PHASES) {
    const spans = runs.map((w) => w[id]).filter((s): s is Span => s !== undefined);
    if (spans.length === 0) continue;
    const start = summarize(spans.map((s) => s.start)).median;
    out[id] = { start, end: start + summarize(spans.map((s) => s.end - s.start)).median };
  }
  return out;
}

/**
 * The phases that bound `until` (e.g. idle): walking back from it, each step takes the phase that ended last before
 * the current one started. What is on this path is what makes the load as long as it is.
 */
export function criticalPath(w: Waterfall, until: PhaseId = 'idle'): PhaseId[] {
  const path: PhaseId[] = [];
  let current = w[until];
  if (!current) return path;
  path.push(until);
  for (;;) {
    let best: PhaseId | null = null;
    for (const { id } of PHASES) {
      const span = w[id];
      if (!span || path.includes(id) || span.end > current.start + 1e-9) continue;
      if (best === null || span.end > w[best]!.end) best = id;
    }
    if (best === null) break;
    path.unshift(best);
    current = w[best]!;
  }
  return path;
}

/** Rows for the printed table: phase, then start–end of each page's median waterfall. */
export function waterfallRows(pages: Record<string, Waterfall>): string[] {
  const names = Object.keys(pages);
  const cell = (s: Span | undefined) =>
    s ? `${s.start.toFixed(0).padStart(6)}–${s.end.toFixed(0).padEnd(6)}` : '—'.padStart(7).padEnd(13);
  const rows = [`${'phase'.padEnd(32)} ${names.map((n) => n.padEnd(13)).join(' ')}`];
  for (const { id, label } of PHASES) {
    if (names.every((n) => !pages[n][id])) continue;
    rows.push(`${label.padEnd(32)} ${names.map((n) => cell(pages[n][id])).join(' ')}`);
  }
  return rows;
}

/** The JSON form: phase → [start, end] rounded to ms, per page. */
export function waterfallJson(w: Waterfall): Record<string, [number, number]> {
  return Object.fromEntries(
    Object.entries(w).map(([id, s]) => [id, [Math.round(s.start), Math.round(s.end)]]),
  );
}
