// Where main-thread time goes under rapid use: the bench's 200 interactions (scripts/bench/rapidSteps.ts) with the
// CDP sampling profiler on, each sample mapped through the build's source maps to our code (src/), React, MapLibre or
// another library. Prints, per interaction kind, the time by owner and the top self / inclusive functions of our code,
// then every long task with what was on the stack. CPU samples are far less sensitive to a shared machine than wall
// times. Build a sourcemapped copy first:
//   npx vite build --sourcemap --outDir /tmp/dist-sm-rapid && npx tsx scripts/bench/rapidProfile.ts [dir] [--json] [--save=run.json | --load=run.json]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { chromiumLaunchOptions } from '../../tests/e2e/chromium.ts';
import { startStaticServer } from '../lib/static-server.ts';
import { PAGE_PROBE } from './probe.ts';
import { rapidSteps, watchCanvasResizes, type RapidMark } from './rapidSteps.ts';
import { mostlyOwn, type LongFrame, type LongTask } from './longTaskOwners.ts';

const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? '/tmp/dist-sm-rapid';
const asJson = process.argv.includes('--json');

type Owner = 'ours' | 'react' | 'maplibre' | 'lib' | 'gc' | 'program' | 'idle';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const maps = new Map<string, TraceMap | null>();
function traceMapOf(url: string): TraceMap | null {
  if (!maps.has(url)) {
    const file = join(dir, new URL(url).pathname) + '.map';
    maps.set(url, existsSync(file) ? new TraceMap(readFileSync(file, 'utf8')) : null);
  }
  return maps.get(url)!;
}

interface Frame {
  owner: Owner;
  /** "name (source:line)" */
  label: string;
}

function frameOf(cf: CallFrame): Frame {
  if (cf.functionName === '(garbage collector)') return { owner: 'gc', label: 'GC' };
  if (cf.functionName === '(idle)') return { owner: 'idle', label: 'idle' };
  if (!cf.url) return { owner: 'program', label: cf.functionName || '(program)' };
  const tm = cf.url.startsWith('http') ? traceMapOf(cf.url) : null;
  if (!tm) return { owner: 'lib', label: `${cf.functionName} (${cf.url})` };
  const pos = originalPositionFor(tm, { line: cf.lineNumber + 1, column: cf.columnNumber });
  const source = (pos.source ?? '').replace(/^(\.\.\/)+/, '');
  const owner: Owner = /node_modules\/(react|react-dom|scheduler)\//.test(source)
    ? 'react'
    : source.includes('maplibre-gl')
      ? 'maplibre'
      : source.includes('node_modules')
        ? 'lib'
        : /(^|\/)src\//.test(source)
          ? 'ours'
          : 'lib';
  const short = source.replace(/^.*node_modules\//, '').replace(/^.*?(^|\/)src\//, 'src/');
  return { owner, label: `${pos.name ?? (cf.functionName || '(anonymous)')} (${short}:${pos.line})` };
}

interface Run {
  profile: Profile;
  marks: RapidMark[];
  longTasks: { start: number; ms: number }[];
  /** long animation frames with their scripts (what the bench attributes long tasks by) */
  frames?: LongFrame[];
  /** ms of each change of the map canvas's width or height */
  canvasResizes?: LongTask[];
  /** page time just before and after the profiler started, and when the run ended */
  before: number;
  after: number;
  end: number;
}

async function collect(): Promise<Run> {
  const server = await startStaticServer({ '/': dir });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    await page.addInitScript(PAGE_PROBE);
    await page.goto(`${server.url}/`);
    await page.waitForFunction(
      () => typeof (globalThis as { __readyAt?: number }).__readyAt === 'number',
      null,
      {
        timeout: 60_000,
      },
    );
    await page.waitForTimeout(1500);
    await page.evaluate(watchCanvasResizes);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    const before = await page.evaluate(() => performance.now());
    await cdp.send('Profiler.start');
    const after = await page.evaluate(() => performance.now());
    const since = after;
    const marks: RapidMark[] = await page.evaluate(rapidSteps, { from: 0, count: 200 });
    await page.waitForTimeout(300);
    const end = await page.evaluate(() => performance.now());
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const longTasks = (await page.evaluate(
      (t) =>
        (globalThis as unknown as { __longTasks: { start: number; ms: number }[] }).__longTasks.filter(
          (l) => l.start >= t,
        ),
      since,
    )) as { start: number; ms: number }[];

    const frames = (await page.evaluate(
      (t) =>
        (globalThis as unknown as { __longFrames: LongFrame[] }).__longFrames.filter(
          (f) => f.start + f.ms >= t,
        ),
      since,
    )) as LongFrame[];
    const canvasResizes = (await page.evaluate(
      () => (globalThis as unknown as { __canvasResizes: LongTask[] }).__canvasResizes,
    )) as LongTask[];
    return { profile, marks, longTasks, frames, canvasResizes, before, after, end };
  } finally {
    await browser.close();
    await server.close();
  }
}

const load = process.argv.find((a) => a.startsWith('--load='))?.slice(7);
const save = process.argv.find((a) => a.startsWith('--save='))?.slice(7);
const run: Run = load ? JSON.parse(readFileSync(load, 'utf8')) : await collect();
if (save) writeFileSync(save, JSON.stringify(run));
const { profile, marks, longTasks, before, after, end } = run;
const byFrames = run.frames ? mostlyOwn(longTasks, run.frames, run.canvasResizes ?? []) : null;
// profile time (µs, monotonic) → page time (ms since navigation start)
const offset = profile.startTime / 1000 - (before + after) / 2;
const parent = new Map<number, number>();
const byId = new Map<number, ProfileNode>();
for (const n of profile.nodes) {
  byId.set(n.id, n);
  for (const c of n.children ?? []) parent.set(c, n.id);
}
const frames = new Map<number, Frame>();
const frame = (id: number) => {
  if (!frames.has(id)) frames.set(id, frameOf(byId.get(id)!.callFrame));
  return frames.get(id)!;
};
const stacks = new Map<number, Frame[]>();
const stackOf = (id: number): Frame[] => {
  if (!stacks.has(id)) {
    const s: Frame[] = [];
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const f = frame(n);
      if (f.label !== '(root)') s.push(f);
    }
    stacks.set(id, s);
  }
  return stacks.get(id)!;
};

interface Bucket {
  n: number;
  owners: Record<string, number>;
  /** samples whose stack holds any frame of our code */
  oursIncl: number;
  self: Map<string, number>;
  incl: Map<string, number>;
  /** library self time ← the nearest of our frames that led to it */
  callers: Map<string, number>;
}
const bucket = (): Bucket => ({
  n: 0,
  owners: {},
  oursIncl: 0,
  self: new Map(),
  incl: new Map(),
  callers: new Map(),
});
const add = (b: Bucket, stack: Frame[], ms: number) => {
  const top = stack[0] ?? { owner: 'program', label: '(program)' };
  if (top.owner === 'idle') return;
  b.owners[top.owner] = (b.owners[top.owner] ?? 0) + ms;
  if (stack.some((f) => f.owner === 'ours')) b.oursIncl += ms;
  b.self.set(top.label, (b.self.get(top.label) ?? 0) + ms);
  const caller = stack.find((f) => f.owner === 'ours');
  if (top.owner !== 'ours') {
    const key = `${top.label} ← ${caller?.label ?? stack.find((f) => f.owner !== top.owner)?.label ?? '(event loop)'}`;
    b.callers.set(key, (b.callers.get(key) ?? 0) + ms);
  }
  for (const label of new Set(stack.filter((f) => f.owner === 'ours').map((f) => f.label)))
    b.incl.set(label, (b.incl.get(label) ?? 0) + ms);
};
const kinds = new Map<string, Bucket>();
const counts = new Map<string, number>();
for (const m of marks) counts.set(m.kind, (counts.get(m.kind) ?? 0) + 1);
const tasks = longTasks.map((l) => ({ ...l, kind: '', b: bucket() }));
let t = profile.startTime / 1000 - offset;
let mi = 0;
for (let i = 0; i < profile.samples.length; i++) {
  t += profile.timeDeltas[i] / 1000;
  const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
  if (t < marks[0].t || t > end) continue;
  while (mi + 1 < marks.length && marks[mi + 1].t <= t) mi++;
  const stack = stackOf(profile.samples[i]);
  const kind = marks[mi].kind;
  if (!kinds.has(kind)) kinds.set(kind, bucket());
  add(kinds.get(kind)!, stack, ms);
  for (const lt of tasks)
    if (t >= lt.start && t <= lt.start + lt.ms) {
      add(lt.b, stack, ms);
      lt.kind ||= kind;
    }
}
const fmt = (x: number) => x.toFixed(0).padStart(6);
const topOf = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k);
const ownersLine = (b: Bucket) =>
  ['ours', 'react', 'maplibre', 'lib', 'gc', 'program']
    .map((o) => `${o} ${(b.owners[o] ?? 0).toFixed(0)}`)
    .join(' · ');
if (!asJson) {
  console.log(
    `${marks.length} interactions, ${longTasks.length} long tasks, ${longTasks.filter((l) => l.ms > 100).length} over 100 ms, longest ${Math.max(0, ...longTasks.map((l) => l.ms)).toFixed(0)} ms`,
  );
  for (const [kind, b] of [...kinds].sort()) {
    const c = counts.get(kind) ?? 1;
    console.log(
      `\n== ${kind} ×${c}: main thread by owner (ms, self) ${ownersLine(b)}; under our code (incl.) ${b.oursIncl.toFixed(0)} ms, ${(b.oursIncl / c).toFixed(1)} ms each`,
    );
    console.log('  top self:');
    for (const [l, ms] of topOf(b.self, 8)) console.log(`  ${fmt(ms)} ms  ${l}`);
    console.log('  top inclusive of ours:');
    for (const [l, ms] of topOf(b.incl, 8)) console.log(`  ${fmt(ms)} ms  ${l}`);
    console.log('  top library self ← caller:');
    for (const [l, ms] of topOf(b.callers, 5)) console.log(`  ${fmt(ms)} ms  ${l}`);
  }
  console.log('\n== long tasks (start, ms, kind, owner split, top of ours incl., top self)');
  for (const lt of tasks) {
    const ours = topOf(lt.b.incl, 3)
      .map(([l, ms]) => `${l} ${ms.toFixed(0)}`)
      .join('; ');
    const self = topOf(lt.b.callers, 2)
      .map(([l, ms]) => `${l} ${ms.toFixed(0)}`)
      .join('; ');
    console.log(
      `${lt.start.toFixed(0).padStart(7)} ${fmt(lt.ms)} ms ${lt.kind.padEnd(16)} ours-incl ${lt.b.oursIncl.toFixed(0)} | ${ownersLine(lt.b)}\n      ours: ${ours}\n      self: ${self}`,
    );
  }
}
const perKind = Object.fromEntries(
  [...kinds].map(([k, b]) => [
    k,
    {
      count: counts.get(k),
      ours_incl_ms: Math.round(b.oursIncl),
      owners_ms: Object.fromEntries(Object.entries(b.owners).map(([o, v]) => [o, Math.round(v)])),
    },
  ]),
);
console.log(
  JSON.stringify({
    long_tasks: longTasks.length,
    long_tasks_over_100ms: longTasks.filter((l) => l.ms > 100).length,
    longest_ms: Math.round(Math.max(0, ...longTasks.map((l) => l.ms))),
    long_tasks_mostly_ours: tasks.filter((l) => l.b.oursIncl > l.ms / 2).length,
    long_tasks_mostly_ours_over_100ms: tasks.filter((l) => l.ms > 100 && l.b.oursIncl > l.ms / 2).length,
    // by self time: our functions and React's own work, not the library calls made under our frames (a resize)
    long_tasks_mostly_own_js_self_over_100ms: tasks.filter(
      (l) => l.ms > 100 && (l.b.owners.ours ?? 0) + (l.b.owners.react ?? 0) > l.ms / 2,
    ).length,
    longest_own_js_self_ms: Math.round(
      Math.max(0, ...tasks.map((l) => (l.b.owners.ours ?? 0) + (l.b.owners.react ?? 0))),
    ),
    // the bench's cheaper attribution (scripts/bench/longTaskOwners.ts), for comparison
    canvas_size_changes: run.canvasResizes?.length,
    canvas_size_changes_ms: run.canvasResizes && Math.round(run.canvasResizes.reduce((a, b) => a + b.ms, 0)),
    long_tasks_mostly_ours_by_frames: byFrames?.length,
    long_tasks_mostly_ours_by_frames_over_100ms: byFrames?.filter((l) => l.ms > 100).length,
    per_kind: perKind,
  }),
);
