// The `scale` entry of `npm run bench`'s JSON line: from the output of a `bench:scale` run, each figure's time at the
// largest size measured and its growth exponent (log-log slope), with the size of that atlas.

/** What `bench:scale` prints last: figures per size (null where a figure was not measured) and their slopes. */
export interface ScaleRun {
  sizes: number[];
  figures: Record<string, (number | null)[]>;
  slopes: Record<string, number | null>;
  counts: { k: number; areas: number; industries: number; tasks: number }[];
}

export interface ScaleSummary {
  /** The largest size (k×), whose figures these are. */
  size: number;
  areas: number;
  industries: number;
  sentences: number;
  /** ms of our JS at `size`× and the slope over all sizes, per figure. */
  figures: Record<string, { ms: number | null; slope: number | null }>;
}

const isRun = (v: unknown): v is ScaleRun => {
  const r = v as Partial<ScaleRun> | null;
  return (
    typeof r === 'object' &&
    r !== null &&
    Array.isArray(r.sizes) &&
    r.sizes.length > 0 &&
    typeof r.figures === 'object' &&
    r.figures !== null &&
    Object.values(r.figures).every((f) => Array.isArray(f) && f.length === r.sizes!.length) &&
    typeof r.slopes === 'object' &&
    r.slopes !== null &&
    Array.isArray(r.counts)
  );
};

/**
 * The summary of a `bench:scale` run from its standard output (its last line is the JSON object); throws, saying
 * what is wrong, when that line is missing or not a scale run.
 */
export function scaleSummary(stdout: string): ScaleSummary {
  const last = stdout.trim().split('\n').pop() ?? '';
  let run: unknown;
  try {
    run = JSON.parse(last);
  } catch {
    throw new Error(`bench:scale did not end with a JSON line: ${JSON.stringify(last.slice(0, 120))}`);
  }
  if (!isRun(run)) throw new Error('bench:scale’s JSON line has no sizes, figures, slopes and counts');
  const at = run.sizes.indexOf(Math.max(...run.sizes));
  const counts = run.counts.find((c) => c.k === run.sizes[at]);
  return {
    size: run.sizes[at],
    areas: counts?.areas ?? 0,
    industries: counts?.industries ?? 0,
    sentences: counts?.tasks ?? 0,
    figures: Object.fromEntries(
      Object.entries(run.figures).map(([name, ms]) => [
        name,
        { ms: ms[at], slope: run.slopes[name] ?? null },
      ]),
    ),
  };
}
