// Framing a place: the smallest view that holds it, a zoom that suits that view, and which URL hashes are a camera.
import { describe, expect, it } from 'vitest';
import {
  fittedZoom,
  framingFor,
  viewContaining,
  viewOfCamera,
  viewOfCameraOn,
  paddingBeside,
  shiftClearOfFoot,
} from './framing';
import { cameraOfHash, isCameraHash } from '../store/cameraHash';
import { VIEW_BOUNDS, type Bbox } from './views';

describe('viewContaining', () => {
  it.each<[string, Bbox, string]>([
    ['海淀区', [116.05, 39.9, 116.4, 40.16], 'beijing'],
    ['雄安 (Hebei)', [115.8, 38.8, 116.2, 39.2], 'region'],
    ['天津', [116.7, 38.55, 118.05, 40.25], 'region'],
    ['上海 (a point)', [121.47, 31.23, 121.47, 31.23], 'china'],
    ['乌鲁木齐, west of every view but China', [87.6, 43.8, 87.6, 43.8], 'china'],
  ])('%s → %s', (_name, bbox, view) => {
    expect(viewContaining(bbox)).toBe(view);
  });
});

describe('viewOfCamera', () => {
  // the zooms at which each view's bounds fit a map of about 1000 × 700 px
  const fitted = { beijing: 8.6, region: 6.9, china: 3.4 };
  const tiananmen: [number, number] = [116.39, 39.9];
  it.each<[string, [number, number], number, string]>([
    ['the Beijing view as it opens', tiananmen, 8.6, 'beijing'],
    ['a street in Beijing', tiananmen, 13, 'beijing'],
    ['a little zoomed out from Beijing', tiananmen, 8.0, 'beijing'],
    ['zoomed out to Hebei around Beijing', tiananmen, 7.2, 'region'],
    ['zoomed out to the whole country', tiananmen, 3.6, 'china'],
    ['close on 雄安, outside Beijing', [115.95, 39.0], 10, 'region'],
    ['close on Shanghai', [121.47, 31.23], 9, 'china'],
  ])('%s: %s', (_what, center, zoom, view) => {
    expect(viewOfCamera(center, zoom, fitted)).toBe(view);
  });
});

describe('a camera known before the map exists', () => {
  it('fits bounds as MapLibre does: the whole world in 512 px at zoom 0, one zoom more per doubling', () => {
    expect(fittedZoom([-180, -10, 180, 10], 512 + 32, 10_000, 16)).toBeCloseTo(0);
    expect(fittedZoom([-180, -10, 180, 10], 1024 + 32, 10_000, 16)).toBeCloseTo(1);
    // the maps of a 1280 × 800 window (998 × 687 px) and of a phone (390 × 464): the zooms MapLibre's
    // cameraForBounds fits the three views at there, read in Chromium
    expect(fittedZoom(VIEW_BOUNDS.beijing, 998, 687, 16)).toBeCloseTo(7.7613, 3);
    expect(fittedZoom(VIEW_BOUNDS.region, 998, 687, 16)).toBeCloseTo(5.7588, 3);
    expect(fittedZoom(VIEW_BOUNDS.china, 998, 687, 16)).toBeCloseTo(2.9276, 3);
    expect(fittedZoom(VIEW_BOUNDS.beijing, 390, 464, 16)).toBeCloseTo(6.9122, 3);
  });

  it.each<[string, string, number, number, string]>([
    ['the national view on a desktop', '#2.93/28.4/104.3', 998, 687, 'china'],
    ['the regional view on a desktop', '#5.76/39.3/116.6', 998, 687, 'region'],
    ['Beijing on a phone, zoomed out a little below a desktop', '#6.9/40.2/116.4', 390, 464, 'beijing'],
    ['the same camera on a desktop: Hebei around Beijing', '#6.9/40.2/116.4', 998, 687, 'region'],
  ])('the view of a link’s camera: %s', (_what, hash, width, height, view) => {
    expect(viewOfCameraOn(cameraOfHash(hash)!, width, height)).toBe(view);
  });
});

describe('framingFor', () => {
  it('keeps a closer zoom for a point in Beijing, and zooms out for a point elsewhere in China', () => {
    expect(framingFor([116.31, 39.98, 116.31, 39.98], 13)).toEqual({
      view: 'beijing',
      kind: 'point',
      center: [116.31, 39.98],
      zoom: 13,
    });
    expect(framingFor([116.31, 39.98, 116.31, 39.98], 8)).toMatchObject({ zoom: 11 });
    expect(framingFor([121.47, 31.23, 121.47, 31.23], 9)).toMatchObject({ view: 'china', zoom: 5 });
  });

  it('fits a shape with the closest zoom its view allows', () => {
    expect(framingFor([115.8, 38.8, 116.2, 39.2], 9)).toEqual({
      view: 'region',
      kind: 'bounds',
      bounds: [115.8, 38.8, 116.2, 39.2],
      maxZoom: 8.5,
    });
  });
});

describe('isCameraHash', () => {
  it.each<[string, boolean]>([
    ['#9/40.3/116.6', true],
    ['#9.52/40.3/116.6/0/0', true],
    ['9/40.3/116.6', true],
    ['', false],
    ['#', false],
    ['#foo', false],
    ['#9/40.3', false],
    ['#9/400/116.6', false], // latitude out of range
    ['#9/40.3/abc', false],
    ['#9//116.6', false],
    ['#99/40/116', false],
  ])('%j → %s', (hash, expected) => {
    expect(isCameraHash(hash)).toBe(expected);
  });
});

describe('paddingBeside: framing beside the tour card', () => {
  const map = { left: 300, top: 100, right: 1300, bottom: 800 };
  it('keeps the plain padding when nothing covers the map', () => {
    expect(paddingBeside(map, null)).toEqual({ top: 48, right: 48, bottom: 48, left: 48 });
  });
  it('frames right of a card on the left, and above a card along the bottom', () => {
    expect(paddingBeside(map, { left: 310, top: 152, right: 710, bottom: 700 }).left).toBe(434);
    const phone = { left: 0, top: 60, right: 390, bottom: 524 };
    expect(paddingBeside(phone, { left: 0, top: 300, right: 390, bottom: 524 })).toEqual({
      top: 48,
      right: 48,
      bottom: 248,
      left: 48,
    });
  });
  it('falls back to the plain padding when the card leaves too little room', () => {
    expect(paddingBeside(map, { left: 310, top: 152, right: 1250, bottom: 700 }).left).toBe(48);
  });
});

describe('framing above a phone sheet', () => {
  // 390 × 844: the map under the header, the open panel's sheet fixed to the screen's foot over the map's lower part
  const map = { left: 0, top: 90, right: 390, bottom: 554 };
  const sheet = { left: 0, top: 439, right: 390, bottom: 844 };
  const collapsed = { left: 0, top: 806, right: 390, bottom: 844 };

  it('frames a place from the list above the sheet, and plainly when the sheet is folded below the map', () => {
    expect(paddingBeside(map, sheet).bottom).toBe(554 - 439 + 24);
    expect(paddingBeside(map, collapsed).bottom).toBe(48);
  });
  it('pans a tapped place that the sheet now hides up to a padding above it', () => {
    expect(shiftClearOfFoot(500, map, sheet)).toBe(500 - (439 - 48));
  });
  it('leaves the map alone when the tapped place is clear of the sheet or nothing covers the map', () => {
    expect(shiftClearOfFoot(300, map, sheet)).toBe(0);
    expect(shiftClearOfFoot(500, map, collapsed)).toBe(0);
    expect(shiftClearOfFoot(500, map, null)).toBe(0);
    // a card in a column on the left (a wide screen's tour card) is not across the foot
    expect(shiftClearOfFoot(500, map, { left: 0, top: 100, right: 150, bottom: 554 })).toBe(0);
  });
  it('never pans the place above the top of the map when the sheet leaves little room', () => {
    expect(shiftClearOfFoot(540, map, { left: 0, top: 150, right: 390, bottom: 844 })).toBe(540 - (90 + 48));
  });
});
