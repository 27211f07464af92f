// The runtime files by what they hold, the font manifest's shape, and the error that names a file (and field) the app
// could not fetch, parse or use.

/** The runtime files besides geodata, by what they hold. */
export const DATA_FILES = {
  atlas: 'data/atlas.json',
  plan: 'data/plan.json',
  search: 'data/search.json',
  fontManifest: 'fonts/atlas-labels.json',
} as const;

/** A data file that could not be fetched, parsed or used; `file` (and `field`, where known) are shown to the visitor. */
export class DataLoadError extends Error {
  readonly file: string;
  readonly field: string | undefined;
  readonly reason: string;
  constructor(file: string, reason: string, field?: string) {
    super(`${file}${field ? ` › ${field}` : ''}: ${reason}`);
    this.name = 'DataLoadError';
    this.file = file;
    this.field = field;
    this.reason = reason;
  }
}

/** What to tell the visitor about a failure: the file › field where known, and why. */
export function describeLoadError(error: unknown): { file?: string; reason: string } {
  if (error instanceof DataLoadError)
    return { file: error.field ? `${error.file} › ${error.field}` : error.file, reason: error.reason };
  return { reason: error instanceof Error ? error.message : String(error) };
}

/** What scripts/build-font.ts writes next to the subset font: the files and the code points they cover. */
export interface FontManifest {
  family: string;
  files: { file: string; unicodeRange?: string[] }[];
  codepoints: number[];
}
