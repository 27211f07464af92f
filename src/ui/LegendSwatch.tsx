// A legend swatch as inline SVG, drawn from the swatch table (swatchShapes.ts).
import type { LegendSwatchStyle } from './legend';
import { base } from '../data/palette';
import {
  SWATCH_HEIGHT as h,
  SWATCH_PARTS,
  SWATCH_WIDTH as w,
  arcPoints,
  type SwatchPart,
  type SwatchStroke,
} from './swatchShapes';

const strokeProps = (stroke: SwatchStroke | undefined, colour: string) =>
  stroke
    ? {
        stroke: stroke.halo ? base.halo : colour,
        strokeWidth: String(stroke.width),
        ...(stroke.dash ? { strokeDasharray: stroke.dash.join(' ') } : {}),
      }
    : {};

function Part({ part, colour }: { part: SwatchPart; colour: string }) {
  switch (part.shape) {
    case 'rect':
      return (
        <rect
          x={String(part.inset)}
          y={String(part.inset)}
          width={w - 2 * part.inset}
          height={h - 2 * part.inset}
          {...(part.radius ? { rx: String(part.radius) } : {})}
          fill={part.fill === undefined ? 'none' : colour}
          {...(part.fill !== undefined && part.fill < 1 ? { fillOpacity: String(part.fill) } : {})}
          {...strokeProps(part.stroke, colour)}
        />
      );
    case 'dot':
      return (
        <circle
          cx={h / 2}
          cy={h / 2}
          r={h / 2 - part.inset}
          fill={colour}
          {...strokeProps(part.stroke, colour)}
        />
      );
    case 'arc': {
      const { from, control, to } = arcPoints(w, h);
      return (
        <path
          d={`M${from.join(' ')} Q${control.join(' ')} ${to.join(' ')}`}
          fill="none"
          {...strokeProps(part.stroke, colour)}
        />
      );
    }
  }
}

export function LegendSwatch({ style, colour }: { style: LegendSwatchStyle; colour: string }) {
  return (
    <svg
      className={`legend-swatch legend-swatch-${style}`}
      width={w}
      height={h}
      viewBox={`0 0 ${w} ${h}`}
      aria-hidden="true"
      focusable="false"
    >
      {SWATCH_PARTS[style].map((part, i) => (
        <Part key={i} part={part} colour={colour} />
      ))}
    </svg>
  );
}
