// Cuts a stretch of plan text into segments at every mark boundary (place links, highlights, search hits) for rendering.

/** A marked range [start, end) of the text; `key` tells the renderer what it is. */
export interface TextMark {
  start: number;
  end: number;
  kind: 'place' | 'target' | 'passage' | 'hit' | 'hit-current' | 'attached';
  /** Area id of a place link; index of a search hit; index of an attached sentence. */
  ref?: string | number;
}

export interface TextSegment {
  start: number;
  end: number;
  /** The marks covering the whole segment. */
  marks: TextMark[];
}

/** Segments of [from, to) in order; each carries the marks covering it (a mark partly outside is clipped). */
export function segmentText(from: number, to: number, marks: readonly TextMark[]): TextSegment[] {
  const inside = marks.filter((m) => m.end > from && m.start < to && m.end > m.start);
  const cuts = new Set<number>([from, to]);
  for (const m of inside) {
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    segments.push({ start, end, marks: inside.filter((m) => m.start <= start && m.end >= end) });
  }
  return segments;
}

/** Every occurrence of `query` in [from, to) of `text`, case-insensitive for Latin letters, at most `limit`. */
export function findAll(
  text: string,
  query: string,
  from: number,
  to: number,
  limit = 1000,
): [number, number][] {
  if (query === '') return [];
  const hay = text.slice(from, to).toLowerCase();
  const needle = query.toLowerCase();
  const out: [number, number][] = [];
  let at = hay.indexOf(needle);
  while (at >= 0 && out.length < limit) {
    out.push([from + at, from + at + needle.length]);
    at = hay.indexOf(needle, at + needle.length);
  }
  return out;
}

/** Paragraph ranges of a section's own text: a paragraph ends after each sentence ending in 。 (or ！/？). */
export function paragraphRanges(
  textStart: number,
  textEnd: number,
  sentences: readonly [number, number][],
  text: string,
): [number, number][] {
  if (textEnd <= textStart) return [];
  const out: [number, number][] = [];
  let start = textStart;
  for (const [, end] of sentences) {
    if (end <= start || end > textEnd) continue;
    if (/[。！？]\s*$/.test(text.slice(end - 2, end))) {
      out.push([start, end]);
      start = end;
    }
  }
  if (start < textEnd) out.push([start, textEnd]);
  return out;
}
