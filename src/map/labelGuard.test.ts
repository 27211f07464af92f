// Tests of the label guard's geometry: which labels could be cut at the canvas edge or drawn under a control.
import { describe, expect, it } from 'vitest';
import { labelsToHide, largestSize, reachBox, textEms, type ScreenLabel } from './labelGuard';
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
const view = {
  mapView: 'beijing' as const,
  zoom: 6,
  language: 'zh' as const,
  width: 800,
  height: 600,
  obstacles: [],
};

describe('labelsToHide', () => {
  it('keeps a label in the middle of the canvas and leaves out one whose anchor is close to an edge', () => {
    expect(labelsToHide([label('mid', 400, 300), label('edge', 790, 300)], view)).toEqual(['edge']);
  });

  it('leaves out a label that could run under a control, and one whose anchor is off the canvas', () => {
    const scaleBar: [number, number, number, number] = [10, 560, 110, 590];
    const hidden = labelsToHide(
      [label('by-scale', 70, 540), label('off', -50, 300), label('mid', 400, 300)],
      {
        ...view,
        obstacles: [scaleBar],
      },
    );
    expect(hidden).toEqual(['by-scale', 'off']);
  });

  it('ignores labels not drawn at this zoom in this view (districts: from 6 in Beijing, 7 beyond)', () => {
    const edge = [label('district-edge', 795, 300, 'districts')];
    expect(labelsToHide(edge, { ...view, zoom: 5.5 })).toEqual([]);
    expect(labelsToHide(edge, { ...view, zoom: 6.5 })).toEqual(['district-edge']);
    expect(labelsToHide(edge, { ...view, mapView: 'region', zoom: 6.5 })).toEqual([]);
    expect(labelsToHide(edge, { ...view, mapView: 'region', zoom: 7.2 })).toEqual(['district-edge']);
    expect(labelsToHide([label('district-edge', 795, 300, 'districts')], { ...view, zoom: 8 })).toEqual([
      'district-edge',
    ]);
  });
});

describe('labelsToHide for the regional context names', () => {
  it('guards them only while they are drawn (regional zooms), like any other label', () => {
    const edge = label('ctx-hebei-chengde', 795, 300, 'context');
    expect(labelsToHide([edge], { ...view, zoom: 6 })).toEqual(['ctx-hebei-chengde']);
    expect(labelsToHide([edge], { ...view, zoom: 9 })).toEqual([]);
    expect(labelsToHide([label('ctx-hebei-baoding', 400, 300, 'context')], view)).toEqual([]);
  });
});

describe('reachBox', () => {
  const districts = LABEL_LAYOUTS.find((l) => l.id === LAYER.labelsDistricts)!;
  const threeCities = LABEL_LAYOUTS.find((l) => l.id === LAYER.labelsThreeCities)!;
  const d = label('d', 100, 100, 'districts');

  it('is centred on the point and reaches the label’s full size plus the offset to each side', () => {
    // zoom 8, zh: one line "天津市" at the layer's largest 12.5 px (3 ems), 3 px margin each side, offset 0.4 em
    const [x1, y1, x2, y2] = reachBox(d, districts, { zoom: 8, language: 'zh' });
    expect(x2 - x1).toBeCloseTo(2 * (3 * 12.5 + 6 + 5));
    expect((x1 + x2) / 2).toBeCloseTo(100);
    expect(y2 - y1).toBeCloseTo(2 * (12.5 * 1.15 + 6 + 5));
  });

  it('holds only the centred label for a layer without offset anchors', () => {
    const [x1, , x2] = reachBox({ ...d, group: 'three-cities' }, threeCities, { zoom: 7, language: 'zh' });
    // the longer line is the English one at 0.78 × 13 px, wrapped at 12 ems
    expect(x2 - x1).toBeCloseTo(12 * 13 * 0.78 + 6);
  });

  it('is one line below zoom 9 and two lines from zoom 9 for district labels', () => {
    const height = (zoom: number) => {
      const [, y1, , y2] = reachBox(d, districts, { zoom, language: 'en' });
      return y2 - y1;
    };
    // the second line (0.78 × 12.5 px, line height 1.15) comes in at zoom 9, on both sides of the point
    expect(height(9) - height(8.9)).toBeCloseTo(2 * 0.78 * 12.5 * 1.15);
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
