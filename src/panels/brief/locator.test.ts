// The brief's locator: Beijing's districts projected into the SVG box, the area's centre inside Beijing's outline.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { readContent } from '../../../scripts/lib/readContent';
import { buildAtlasFromContent } from '../../../scripts/lib/buildAtlas';
import { buildLocator } from './locator';

// the committed geodata and the atlas as the build makes it (no build needed to run this test)
const districts = JSON.parse(readFileSync('geodata/beijing-districts.geojson', 'utf8')) as FeatureCollection;
const atlas = buildAtlasFromContent(readContent(process.cwd()));

describe('buildLocator', () => {
  it('fits Beijing in the width, taller than wide (cos-of-latitude scaling), one path per district', () => {
    const l = buildLocator(districts, new Set(['haidian']), null, 200);
    expect(l.width).toBe(200);
    expect(l.shapes).toHaveLength(16);
    // Beijing spans ~1.9° of latitude and ~2.4° of longitude at 40°N: about 1.0 high per 1 wide
    expect(l.height / l.width).toBeGreaterThan(0.9);
    expect(l.height / l.width).toBeLessThan(1.3);
    expect(l.shapes.filter((s) => s.highlighted)).toHaveLength(1);
    const nums = l.shapes.flatMap((s) => s.d.match(/-?\d+(\.\d+)?/g)!.map(Number));
    expect(Math.min(...nums)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...nums)).toBeLessThanOrEqual(Math.max(l.width, l.height) + 0.1);
  });

  it('places every Beijing area centre inside the outline box', () => {
    const inBeijing = atlas.areas.filter((a) => a.center && a.kind !== 'jjj' && a.kind !== 'national');
    expect(inBeijing.length).toBeGreaterThan(30);
    for (const a of inBeijing) {
      const { marker, width, height } = buildLocator(districts, new Set([a.id]), a.center, 150);
      expect(marker!.x, a.id).toBeGreaterThanOrEqual(0);
      expect(marker!.x, a.id).toBeLessThanOrEqual(width);
      expect(marker!.y, a.id).toBeGreaterThanOrEqual(0);
      expect(marker!.y, a.id).toBeLessThanOrEqual(height);
    }
  });

  it('draws nothing without districts', () => {
    expect(buildLocator({ type: 'FeatureCollection', features: [] }, new Set(), [116, 40])).toMatchObject({
      height: 0,
      shapes: [],
      marker: null,
    });
  });
});
