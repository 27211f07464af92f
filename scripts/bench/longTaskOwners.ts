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

/** The ms of the app's own scripts (not MapLibre's) that ran inside the task, by the frames' script timings. */
export function ownMsIn(task: LongTask, frames: readonly LongFrame[]): number {
  let ms = 0;
  const end = task.start + task.ms;
  for (const frame of frames) {
    if (frame.start > end || frame.start + frame.ms < task.start) continue;
    for (const s of frame.scripts) {
      if (isMapLibreScript(s.url)) continue;
      // the part of the script that falls inside the task
      ms += Math.max(0, Math.min(end, s.start + s.ms) - Math.max(task.start, s.start));
    }
  }
  return ms;
}

/** The long tasks in which the app's own scripts ran for more than half the task. */
export const mostlyOwn = (tasks: readonly LongTask[], frames: readonly LongFrame[]): LongTask[] =>
  tasks.filter((t) => ownMsIn(t, frames) > t.ms / 2);
