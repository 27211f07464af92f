// A legend swatch as inline SVG: a filled area with a solid edge, a dot, a solid or a long-dashed outline, or an
// area crossed by a link arc. The saved picture draws the same shapes (src/map/picture.ts).
import type { LegendSwatchStyle } from './legend';
import { base } from '../data/palette';

export const SWATCH_WIDTH = 26;
export const SWATCH_HEIGHT = 14;
/** Dash pattern of an approximate outline (px): long enough to read as dashed at swatch size. */
export const SWATCH_DASH = [5, 3] as const;

export function LegendSwatch({ style, colour }: { style: LegendSwatchStyle; colour: string }) {
  const w = SWATCH_WIDTH;
  const h = SWATCH_HEIGHT;
  return (
    <svg
      className={`legend-swatch legend-swatch-${style}`}
      width={w}
      height={h}
      viewBox={`0 0 ${w} ${h}`}
      aria-hidden="true"
      focusable="false"
    >
      {style === 'fill' && (
        <rect
          x="1"
          y="1"
          width={w - 2}
          height={h - 2}
          rx="2"
          fill={colour}
          stroke={colour}
          strokeWidth="1.5"
        />
      )}
      {style === 'dot' && (
        <circle cx={h / 2} cy={h / 2} r={h / 2 - 2} fill={colour} stroke={base.halo} strokeWidth="1" />
      )}
      {style === 'solid' && (
        <rect x="1.5" y="1.5" width={w - 3} height={h - 3} fill="none" stroke={colour} strokeWidth="2" />
      )}
      {style === 'dashed' && (
        <rect
          x="1.5"
          y="1.5"
          width={w - 3}
          height={h - 3}
          fill="none"
          stroke={colour}
          strokeWidth="2"
          strokeDasharray={SWATCH_DASH.join(' ')}
        />
      )}
      {style === 'area-arc' && (
        <>
          <rect x="1" y="1" width={w - 2} height={h - 2} rx="2" fill={colour} fillOpacity="0.3" />
          <path
            d={`M2 ${h - 2} Q${w / 2} -4 ${w - 2} ${h - 2}`}
            fill="none"
            stroke={colour}
            strokeWidth="2"
          />
        </>
      )}
    </svg>
  );
}
