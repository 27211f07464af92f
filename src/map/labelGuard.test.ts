// Tests of the label guard's geometry: which labels could be cut at the canvas edge or drawn under a control.
import { describe, expect, it } from 'vitest';
import { candidateBoxes, labelsToHide, sizeAt, textEms, type ScreenLabel } from './labelGuard';
import { LABEL_LAYOUTS } from './layers';
import { LAYER } from './layerIds';

const label = (id: string, x: number, y: number, group = 'jjj'): ScreenLabel => ({
  id,
  group,
  name_zh: '天津市',
  name_en: 'Tianjin Municipality',
  short_en: 'Tianjin Municipality',
  x,
  y,
});
const view = { zoom: 6, language: 'zh' as const, width: 800, height: 600, obstacles: [] };

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

  it('ignores labels of layers not drawn at this zoom (district labels start at zoom 7)', () => {
    expect(labelsToHide([label('district-edge', 795, 300, 'districts')], { ...view, zoom: 6 })).toEqual([]);
    expect(labelsToHide([label('district-edge', 795, 300, 'districts')], { ...view, zoom: 8 })).toEqual([
      'district-edge',
    ]);
  });
});

describe('candidateBoxes', () => {
  const districts = LABEL_LAYOUTS.find((l) => l.id === LAYER.labelsDistricts)!;
  it('tries every anchor of a centre-first layer, the first box centred on the point', () => {
    const boxes = candidateBoxes(label('d', 100, 100, 'districts'), districts, { zoom: 8, language: 'zh' });
    expect(boxes).toHaveLength(9);
    const [x1, y1, x2, y2] = boxes[0];
    expect((x1 + x2) / 2).toBeCloseTo(100);
    expect((y1 + y2) / 2).toBeCloseTo(100);
  });

  it('is one line below zoom 9 and two lines from zoom 9 for district labels', () => {
    const height = (zoom: number) => {
      const [, y1, , y2] = candidateBoxes(label('d', 100, 100, 'districts'), districts, {
        zoom,
        language: 'en',
      })[0];
      return y2 - y1;
    };
    // the second line (0.78 × 11 px, line height 1.15) comes in at zoom 9
    expect(height(9) - height(8.9)).toBeGreaterThan(9);
  });
});

describe('sizeAt and textEms', () => {
  it('interpolates size stops linearly and clamps outside them', () => {
    const stops = [
      [7, 9],
      [9, 11],
    ] as const;
    expect(sizeAt(stops, 6)).toBe(9);
    expect(sizeAt(stops, 8)).toBe(10);
    expect(sizeAt(stops, 12)).toBe(11);
    expect(sizeAt(12, 3)).toBe(12);
  });

  it('counts a CJK character as one em and a Latin one as less', () => {
    expect(textEms('海淀区')).toBe(3);
    expect(textEms('Haidian')).toBeLessThan(7);
  });
});
