// Tests of the label guard's geometry: which labels could be cut at the canvas edge or drawn under a control.
import { describe, expect, it } from 'vitest';
import { anchorBox, guardLabels, largestSize, textEms, type GuardView, type ScreenLabel } from './labelGuard';
import { LABEL_LAYOUTS } from './layers';
import { LAYER } from './layerIds';

const label = (id: string, x: number, y: number, group: ScreenLabel['group'] = 'jjj'): ScreenLabel => ({
  id,
  group,
  name_zh: '天津市',
  name_en: 'Tianjin Municipality',
  short_en: 'Tianjin Municipality',
  x,
  y,
});
/** The labels the guard does anything to: leaves out, or keeps at some anchors only. */
const touched = (labels: ScreenLabel[], v: GuardView) => {
  const { hidden, anchors } = guardLabels(labels, v);
  return [...hidden, ...Object.keys(anchors)];
};
const view = {
  mapView: 'beijing' as const,
  zoom: 6,
  language: 'zh' as const,
  width: 800,
  height: 600,
  obstacles: [],
};

describe('guardLabels: what it touches', () => {
  it('keeps a label in the middle of the canvas, leaves out one in a corner where no side of its point fits', () => {
    const { hidden, anchors } = guardLabels(
      [label('mid', 400, 300), label('corner', 798, 2), label('edge', 790, 300)],
      view,
    );
    expect(hidden).toEqual(['corner']);
    // 10 px from the right edge, the label still fits to the left of its point
    expect(anchors).toEqual({ edge: ['right'] });
  });

  it('keeps a label clear of a control, and leaves out one whose point is off the canvas', () => {
    const scaleBar: [number, number, number, number] = [10, 560, 110, 590];
    const { hidden, anchors } = guardLabels(
      [label('by-scale', 70, 540), label('off', -50, 300), label('mid', 400, 300)],
      { ...view, obstacles: [scaleBar] },
    );
    expect(hidden).toEqual(['off']);
    // above its point, clear of the scale bar below it
    expect(anchors).toEqual({ 'by-scale': ['bottom'] });
  });

  it('ignores labels not drawn at this zoom in this view (districts: from 6 in Beijing, 7 beyond)', () => {
    const edge = [label('district-edge', 795, 300, 'districts')];
    expect(touched(edge, { ...view, zoom: 5.5 })).toEqual([]);
    expect(touched(edge, { ...view, zoom: 6.5 })).toEqual(['district-edge']);
    expect(touched(edge, { ...view, mapView: 'region', zoom: 6.5 })).toEqual([]);
    expect(touched(edge, { ...view, mapView: 'region', zoom: 7.2 })).toEqual(['district-edge']);
    expect(touched(edge, { ...view, zoom: 8 })).toEqual(['district-edge']);
  });
});

describe('guardLabels for the regional context names', () => {
  it('guards them only while they are drawn (regional zooms), like any other label', () => {
    const edge = label('ctx-hebei-chengde', 795, 300, 'context');
    expect(touched([edge], { ...view, zoom: 6 })).toEqual(['ctx-hebei-chengde']);
    expect(touched([edge], { ...view, zoom: 9 })).toEqual([]);
    expect(touched([label('ctx-hebei-baoding', 400, 300, 'context')], view)).toEqual([]);
  });
});

describe('guardLabels: anchors', () => {
  it('moves a label near an edge to the sides of its point that keep it whole, rather than leaving it out', () => {
    // a 京津冀 label (regional zoom) 60 px from the right edge: it fits to the left of its point (anchor right), not centred or right
    const { hidden, anchors } = guardLabels([label('near-edge', 740, 300), label('mid', 400, 300)], {
      ...view,
      language: 'en',
      zoom: 5.5,
    });
    expect(hidden).toEqual([]);
    expect(anchors['mid']).toBeUndefined();
    expect(anchors['near-edge']).toEqual(['right']);
  });

  it('keeps the anchors in the order the layer tries them, and leaves out a label whose point is off the canvas', () => {
    // a district label (centre first) 5 px below the top edge: only the anchors that put it below its point fit
    const { anchors, hidden } = guardLabels(
      [label('top-edge', 400, 5, 'districts'), label('off', -5, 300, 'districts')],
      { ...view, zoom: 8 },
    );
    expect(anchors['top-edge']).toEqual(['top', 'top-left', 'top-right']);
    // beside its point the label would fit, but its place is off the map
    expect(hidden).toEqual(['off']);
  });
});

describe('anchorBox', () => {
  const districts = LABEL_LAYOUTS.find((l) => l.id === LAYER.labelsDistricts)!;
  const d = label('d', 100, 100, 'districts');
  // zoom 8, zh: one line "天津市" at the layer's largest 12.5 px (3 ems), 3 px margin each side, offset 0.4 em + 2 px
  const w = 3 * 12.5 + 6;
  const h = 12.5 * 1.15 + 6;
  const r = 0.4 * 12.5 + 2;
  const at = (anchor: Parameters<typeof anchorBox>[3]) =>
    anchorBox(d, districts, { zoom: 8, language: 'zh' }, anchor);

  it('is centred on the point at the centre anchor', () => {
    const [x1, y1, x2, y2] = at('center');
    expect([x1 + x2, y1 + y2].map((v) => v / 2)).toEqual([100, 100]);
    expect(x2 - x1).toBeCloseTo(w);
    expect(y2 - y1).toBeCloseTo(h);
  });

  it('lies beside the point at the offset, on the side the anchor names the label’s edge for', () => {
    // top: the label's top edge is at the point, so it lies below
    expect(at('top')[1]).toBeCloseTo(100 + r);
    expect(at('bottom')[3]).toBeCloseTo(100 - r);
    expect(at('left')[0]).toBeCloseTo(100 + r);
    expect(at('right')[2]).toBeCloseTo(100 - r);
    const [x1, y1] = at('top-left');
    expect([x1, y1].map((v) => v - 100)).toEqual([
      expect.closeTo(r / Math.SQRT2),
      expect.closeTo(r / Math.SQRT2),
    ]);
  });

  it('is one line below zoom 9 and two lines from zoom 9 for district labels', () => {
    const height = (zoom: number) => {
      const [, y1, , y2] = anchorBox(d, districts, { zoom, language: 'en' }, 'center');
      return y2 - y1;
    };
    // the second line (0.78 × 12.5 px, line height 1.15) comes in at zoom 9
    expect(height(9) - height(8.9)).toBeCloseTo(0.78 * 12.5 * 1.15);
  });
});

describe('largestSize and textEms', () => {
  it("takes the largest size of a layer's stops", () => {
    const stops = [
      [7, 9],
      [9, 11],
    ] as const;
    expect(largestSize(stops)).toBe(11);
    expect(largestSize(12)).toBe(12);
  });

  it('counts a CJK character as one em and a Latin one as less', () => {
    expect(textEms('海淀区')).toBe(3);
    expect(textEms('Haidian')).toBeLessThan(7);
  });
});
