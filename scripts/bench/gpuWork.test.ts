import { describe, expect, it } from 'vitest';
import { gpuWorkOf, medianGpuWork, navigationTs, type TraceEvent } from './gpuWork.ts';

const GPU = { pid: 2, tid: 20 };
const OTHER = { pid: 1, tid: 10 };
const meta: TraceEvent[] = [
  { name: 'thread_name', ph: 'M', ...GPU, ts: 0, args: { name: 'CrGpuMain' } },
  { name: 'thread_name', ph: 'M', ...OTHER, ts: 0, args: { name: 'CrRendererMain' } },
];
const task = (at: number, ms: number, where = GPU): TraceEvent => ({
  name: 'ThreadControllerImpl::RunTask',
  ph: 'X',
  ...where,
  ts: at * 1000,
  dur: ms * 1000,
});
const present = (at: number, ms: number): TraceEvent => ({
  name: 'SkiaOutputSurfaceImplOnGpu::SwapBuffers',
  ph: 'X',
  ...GPU,
  ts: at * 1000,
  dur: ms * 1000,
});

describe('gpuWorkOf', () => {
  it("counts the GPU main thread's frames and tasks from the start until the idle moment", () => {
    const events = [
      ...meta,
      task(50, 10), // before the load started: left out
      task(100, 40),
      present(110, 30),
      task(200, 60),
      task(210, 20), // nested in the one before: counted once
      present(220, 25),
      task(300, 5, OTHER), // another thread
      task(1080, 40), // still running at the idle moment: counts up to it
      task(1200, 50), // after the idle moment
      present(1210, 30),
    ];
    expect(gpuWorkOf(events, 100_000, 1000)).toEqual({ frames: 2, presentMs: 55, busyMs: 120, loadMs: 1000 });
  });
});

describe('navigationTs', () => {
  it("is the first request for the page's document, whatever its query", () => {
    const send = (ts: number, url: string): TraceEvent => ({
      name: 'ResourceSendRequest',
      ph: 'I',
      ...OTHER,
      ts,
      args: { data: { url } },
    });
    const events = [
      send(900, 'http://x/assets/a.js'),
      send(700, 'http://x/?lang=en'),
      send(800, 'http://x/'),
    ];
    expect(navigationTs(events, 'http://x/?lang=en')).toBe(700);
    expect(navigationTs(events, 'http://x/other.html')).toBeNull();
  });
});

describe('medianGpuWork', () => {
  it('takes each figure’s median', () => {
    const w = (frames: number, ms: number) => ({ frames, presentMs: ms, busyMs: 2 * ms, loadMs: 3 * ms });
    expect(medianGpuWork([w(10, 100), w(30, 300), w(20, 200)])).toEqual(w(20, 200));
  });
});
