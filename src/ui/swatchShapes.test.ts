// The swatch table: solid and dashed outlines differ only by the dash, and every legend style has something to draw.
import { describe, expect, it } from 'vitest';
import { SWATCH_DASH, SWATCH_PARTS } from './swatchShapes';

describe('SWATCH_PARTS', () => {
  it('draws every legend style with at least one part', () => {
    for (const [style, parts] of Object.entries(SWATCH_PARTS)) expect(parts.length, style).toBeGreaterThan(0);
  });

  it('dashes the approximate outline and only it, on the same rectangle as the official one', () => {
    const [solid] = SWATCH_PARTS.solid;
    const [dashed] = SWATCH_PARTS.dashed;
    expect(dashed.stroke?.dash).toEqual(SWATCH_DASH);
    expect(solid.stroke?.dash).toBeUndefined();
    expect({ ...dashed, stroke: { ...dashed.stroke, dash: undefined } }).toEqual({
      ...solid,
      stroke: { ...solid.stroke, dash: undefined },
    });
    const dashedElsewhere = Object.entries(SWATCH_PARTS).filter(
      ([style, parts]) => style !== 'dashed' && parts.some((p) => p.stroke?.dash),
    );
    expect(dashedElsewhere).toEqual([]);
  });
});
