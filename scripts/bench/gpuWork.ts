// What the browser's GPU process did during a page load, up to the map's first idle: how busy its main thread was,
// and how much of that went to presenting frames. With a software renderer (SwiftShader) that thread also executes
// every WebGL call of the map (its shader compiles included) and rasterises the page, so a page that makes it present
// more, or more expensive, frames waits longer for its map. Read from a Chrome trace of one load.
import type { Browser } from '@playwright/test';
import { summarize } from '../lib/stats.ts';

/** One trace event, as far as this module reads it. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { url?: string } };
}

export interface GpuWork {
  /** Frames the GPU process presented (SwapBuffers) between navigation and the map's idle. */
  frames: number;
  /** Time those presentations took on its main thread, ms (with SwiftShader: the draws they wait for, and a read-back). */
  presentMs: number;
  /** Time its main thread was busy in all, ms. */
  busyMs: number;
  /** The load itself: navigation → the map's idle, ms. */
  loadMs: number;
}

/** The median of each figure over several loads (frames rounded). */
export function medianGpuWork(list: readonly GpuWork[]): GpuWork {
  const median = (values: number[]) => summarize(values).median;
  return {
    frames: Math.round(median(list.map((w) => w.frames))),
    presentMs: median(list.map((w) => w.presentMs)),
    busyMs: median(list.map((w) => w.busyMs)),
    loadMs: median(list.map((w) => w.loadMs)),
  };
}

const PRESENT = 'SkiaOutputSurfaceImplOnGpu::SwapBuffers';
const TASK = 'ThreadControllerImpl::RunTask';

/**
 * The GPU process' work from `startTs` (µs, trace clock) to `startTs + untilMs`: the thread named CrGpuMain, its
 * tasks for the busy time.
 */
export function gpuWorkOf(events: readonly TraceEvent[], startTs: number, untilMs: number): GpuWork {
  const gpuThreads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrGpuMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const endTs = startTs + untilMs * 1000;
  const within = (e: TraceEvent) =>
    e.ph === 'X' && gpuThreads.has(`${e.pid}:${e.tid}`) && e.ts >= startTs && e.ts < endTs;
  // a slice still running at the idle moment counts up to it
  const sum = (list: TraceEvent[]) =>
    list.reduce((total, e) => total + Math.min(e.ts + (e.dur ?? 0), endTs) - e.ts, 0) / 1000;
  const presents = events.filter((e) => e.name === PRESENT && within(e));
  // a task's nested tasks (a nested run loop) are inside it: only the outermost count
  const tasks: TraceEvent[] = [];
  let taskEnd = -Infinity;
  for (const e of events.filter((x) => x.name === TASK && within(x)).sort((a, b) => a.ts - b.ts)) {
    if (e.ts < taskEnd) continue;
    tasks.push(e);
    taskEnd = e.ts + (e.dur ?? 0);
  }
  return { frames: presents.length, presentMs: sum(presents), busyMs: sum(tasks), loadMs: untilMs };
}

/** The trace time (µs) of the request for the page's document: the load's start, within a millisecond or two. */
export function navigationTs(events: readonly TraceEvent[], url: string): number | null {
  const path = new URL(url).pathname;
  const sends = events
    .filter((e) => e.name === 'ResourceSendRequest' && e.args?.data?.url)
    .filter((e) => new URL(e.args!.data!.url!).pathname === path)
    .sort((a, b) => a.ts - b.ts);
  return sends[0]?.ts ?? null;
}

/**
 * Loads `url` once in a fresh context with tracing on and `initScript` (the bench's page probe, which sets
 * `__readyAt`, ms from navigation start, when the map is first idle), and returns the GPU process' work until then.
 */
export async function traceGpuWork(
  browser: Browser,
  url: string,
  options: { initScript: string; viewport: { width: number; height: number } },
): Promise<GpuWork | null> {
  const context = await browser.newContext({ viewport: options.viewport, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.addInitScript(options.initScript);
    await browser.startTracing(page, { categories: ['toplevel', 'viz', 'gpu', 'devtools.timeline'] });
    await page.goto(url);
    await page.waitForFunction(
      () => typeof (globalThis as unknown as { __readyAt?: number }).__readyAt === 'number',
      null,
      { timeout: 120_000 },
    );
    const idle = await page.evaluate(() => (globalThis as unknown as { __readyAt: number }).__readyAt);
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString()) as {
      traceEvents: TraceEvent[];
    };
    const start = navigationTs(traceEvents, url);
    return start === null ? null : gpuWorkOf(traceEvents, start, idle);
  } finally {
    await context.close();
  }
}
