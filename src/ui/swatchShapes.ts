// The shapes of every legend swatch as data, in swatch pixels, that LegendSwatch.tsx renders as SVG: one table
// instead of one hand-written element per style.
import type { LegendSwatchStyle } from './legend';

export const SWATCH_WIDTH = 26;
export const SWATCH_HEIGHT = 14;
/** Dash pattern of an approximate outline (px): long enough to read as dashed at swatch size. */
export const SWATCH_DASH = [5, 3] as const;

/** A stroke in the entry's colour, or in the halo colour (a light ring that sets a dot off the map). */
export interface SwatchStroke {
  width: number;
  halo?: boolean;
  dash?: readonly number[];
}

/** One part of a swatch: a rectangle inset from the swatch's edge, a dot, or a link arc across the swatch. */
export type SwatchPart =
  | {
      shape: 'rect';
      inset: number;
      radius?: number;
      /** Fill opacity in the entry's colour; no fill when absent. */
      fill?: number;
      stroke?: SwatchStroke;
    }
  | { shape: 'dot'; inset: number; stroke: SwatchStroke }
  | { shape: 'arc'; stroke: SwatchStroke };

export const SWATCH_PARTS: Readonly<Record<LegendSwatchStyle, readonly SwatchPart[]>> = {
  // a filled area with a solid edge
  fill: [{ shape: 'rect', inset: 1, radius: 2, fill: 1, stroke: { width: 1.5 } }],
  dot: [{ shape: 'dot', inset: 2, stroke: { width: 1, halo: true } }],
  // an official (solid) or approximate (long-dashed) outline
  solid: [{ shape: 'rect', inset: 1.5, stroke: { width: 2 } }],
  dashed: [{ shape: 'rect', inset: 1.5, stroke: { width: 2, dash: SWATCH_DASH } }],
  // an area crossed by a link arc
  'area-arc': [
    { shape: 'rect', inset: 1, radius: 2, fill: 0.3 },
    { shape: 'arc', stroke: { width: 2 } },
  ],
};

/** The arc's path in a swatch of width `w`, height `h`: from the bottom-left corner, bowed up, to the bottom-right. */
export const arcPoints = (w: number, h: number) => ({
  from: [2, h - 2] as const,
  control: [w / 2, -4] as const,
  to: [w - 2, h - 2] as const,
});
