// What the virtualised matrix draws: its body as a list of equal-height lines (kind headers and area rows), and the
// window of lines and columns a scroll position shows, widened by a margin.
import type { AreaKind } from '../../data/areaKinds';
import type { Matrix } from '../../data/matrix';

/** A body line: the header of a kind's rows, or the row at `row` in `Matrix.rows`. */
export type MatrixLine = { kind: AreaKind; group: number } | { row: number };

/** The matrix body top to bottom: each kind's header, then its rows (rows alone once a sort mixes the kinds). */
export function matrixLines(matrix: Pick<Matrix, 'rows' | 'rowGroups'>): MatrixLine[] {
  if (matrix.rowGroups.length === 0) return matrix.rows.map((_, row) => ({ row }));
  const lines: MatrixLine[] = [];
  matrix.rowGroups.forEach((g, group) => {
    lines.push({ kind: g.kind, group });
    for (let row = g.start; row < g.start + g.count; row++) lines.push({ row });
  });
  return lines;
}

/** Items `start` (inclusive) to `end` (exclusive). */
export interface Span {
  start: number;
  end: number;
}

/**
 * The items of a run of `count` items of `size` px each that a viewport of `viewport` px, scrolled `offset` px into
 * the run, shows, plus `margin` items on each side; both ends snapped outwards to a multiple of `step`, so a scroll
 * of a few pixels keeps the same window (and the same rendered rows).
 */
export function windowOf(
  offset: number,
  viewport: number,
  size: number,
  count: number,
  margin: number,
  step = 8,
): Span {
  if (count <= 0 || size <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, offset) / size) - margin;
  const last = Math.ceil((Math.max(0, offset) + Math.max(0, viewport)) / size) + margin;
  const start = Math.min(Math.max(0, Math.floor(first / step) * step), count);
  const end = Math.max(Math.min(count, Math.ceil(last / step) * step), start);
  return { start, end };
}
