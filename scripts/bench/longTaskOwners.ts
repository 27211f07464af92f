// Whose a long task is, from the long animation frames' script timings (each script named by the file that defined
// it): the app's own chunks (our code, with React and the small libraries bundled in) or MapLibre's chunk. Cheap
// enough to run inside the bench; scripts/bench/rapidProfile.ts gives the per-function picture from a CPU profile.

export interface LongTask {
  start: number;
  ms: number;
}

export interface LongFrame {
  start: number;
  ms: number;
  scripts: { start: number; ms: number; url: string }[];
}

/** A script defined in MapLibre's chunks (its main-thread bundle or its worker). */
export const isMapLibreScript = (url: string): boolean =>
  /\/maplibre[-.][^/]*$/.test(url) || url.includes('/maplibre-gl');

const overlap = (task: LongTask, from: number, ms: number) =>
  Math.max(0, Math.min(task.start + task.ms, from + ms) - Math.max(task.start, from));

/**
 * The ms of the app's own scripts (not MapLibre's) that ran inside the task, by the frames' script timings, less the
 * canvas reallocations (`excluded`) inside it: the GPU process's time, whoever called it.
 */
export function ownMsIn(
  task: LongTask,
  frames: readonly LongFrame[],
  excluded: readonly LongTask[] = [],
): number {
  let ms = 0;
  const end = task.start + task.ms;
  for (const frame of frames) {
    if (frame.start > end || frame.start + frame.ms < task.start) continue;
    for (const s of frame.scripts) {
      if (isMapLibreScript(s.url)) continue;
      // the part of the script that falls inside the task
      ms += overlap(task, s.start, s.ms);
    }
  }
  for (const x of excluded) ms -= overlap(task, x.start, x.ms);
  return Math.max(0, ms);
}

/** The long tasks in which the app's own scripts (canvas reallocations aside) ran for more than half the task. */
export const mostlyOwn = (
  tasks: readonly LongTask[],
  frames: readonly LongFrame[],
  excluded: readonly LongTask[] = [],
): LongTask[] => tasks.filter((t) => ownMsIn(t, frames, excluded) > t.ms / 2);
