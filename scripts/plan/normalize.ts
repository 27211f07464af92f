// THE one normalisation of the plan's PDF-extracted text (trim lines, drop empty ones, join with no separator) and the
// map from normalised offsets back to original line numbers. Every quote in the content is checked against its output.
import type { LineStart, NormalizedPlan } from './types';

/**
 * Normalise the plan's raw text. The PDF breaks lines mid-sentence, puts blank lines between lines and starts some
 * lines with a page-break space: trim each line, drop empty lines, join the rest with no separator (Chinese prose has
 * no spaces between words). Spaces inside a line ("保持在 6%左右") are kept as they are.
 */
export function normalizePlan(raw: string): NormalizedPlan {
  const rawLines = raw.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const lines: LineStart[] = [];
  let text = '';
  rawLines.forEach((rawLine, index) => {
    const line = rawLine.trim();
    if (line === '') return;
    lines.push({ offset: text.length, line: index + 1 });
    text += line;
  });
  return { text, lines };
}

/** The index into `lines` of the kept line containing normalised offset `offset` (binary search); -1 before the text. */
export function lineIndexAt(lines: ReadonlyArray<LineStart>, offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid].offset <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The 1-based original line number holding normalised offset `offset`, or null when outside the text. */
export function originalLineAt(
  plan: { text: string; lines: ReadonlyArray<LineStart> },
  offset: number,
): number | null {
  if (offset < 0 || offset >= plan.text.length) return null;
  const index = lineIndexAt(plan.lines, offset);
  return index < 0 ? null : plan.lines[index].line;
}

/** The original line range [first, last] that a normalised range [start, end) spans, or null when empty/outside. */
export function originalLineRange(
  plan: { text: string; lines: ReadonlyArray<LineStart> },
  start: number,
  end: number,
): [number, number] | null {
  if (end <= start) return null;
  const first = originalLineAt(plan, start);
  const last = originalLineAt(plan, end - 1);
  return first === null || last === null ? null : [first, last];
}
