// The saved picture's layout: title band above the map at its full size, the legend in a band under the map (none of
// the map covered), scale bar and wrapped attribution below; text wraps within the width.
import { describe, expect, it } from 'vitest';
import { layoutPicture, pictureFileName, wrapText, type PictureInput } from './picture';

/** A monospace stand-in for canvas text metrics: every character is 0.6 em wide (CJK 1 em), bold a tenth wider. */
const measure = (text: string, size: number, bold = false) =>
  [...text].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? size : size * 0.6), 0) *
  (bold ? 1.1 : 1);

const input = (over: Partial<PictureInput> = {}): PictureInput => ({
  mapWidth: 800,
  mapHeight: 600,
  title: '北京市“十四五”时期国际科技创新中心建设规划',
  subtitle: '中关村科学城',
  date: '制图日期：2026年1月15日',
  attribution: '行政区划：Apache ECharts 地图数据（Apache-2.0）｜湖泊 © OpenStreetMap 贡献者',
  legendTitle: '图例',
  legend: [
    { label: '中关村科学城', swatch: 'fill', colour: '#006EEC' },
    { label: '虚线边界：示意范围，非官方边界', swatch: 'dashed', colour: '#4d4a44' },
  ],
  scale: { width: 90, label: '10 km' },
  ...over,
});

describe('layoutPicture', () => {
  it('puts the map at full size between the title band and the footer', () => {
    const l = layoutPicture(input(), measure);
    expect(l.width).toBe(800);
    expect(l.map).toEqual({ x: 0, y: l.header.height, width: 800, height: 600 });
    expect(l.legendBox!.y).toBe(l.header.height + 600);
    expect(l.footer.y).toBe(l.legendBox!.y + l.legendBox!.height);
    expect(l.height).toBe(l.footer.y + l.footer.height);
    expect(l.header.height).toBeGreaterThan(30);
    const title = l.text.find((t) => t.text.startsWith('北京市'))!;
    expect(title.bold).toBe(true);
    expect(title.y).toBeLessThan(l.header.height);
    expect(l.text.find((t) => t.text === '中关村科学城' && t.y < l.map.y)).toBeTruthy();
    expect(l.text.find((t) => t.text.startsWith('制图日期'))?.align).toBe('right');
  });

  it('keeps the title clear of the date, measured in the bold it is drawn in', () => {
    const l = layoutPicture(
      input({
        title: 'Places and tasks of the 14th Five-Year Plan for the International Science and Technology',
      }),
      measure,
    );
    const date = l.text.find((t) => t.align === 'right')!;
    const dateLeft = date.x - measure(date.text, date.size);
    for (const line of l.text.filter((t) => t.bold && t.y < l.map.y))
      expect(line.x + measure(line.text, line.size, true)).toBeLessThan(dateLeft);
  });

  it('gives a narrow picture a smaller title over the whole width, the date under it', () => {
    const title =
      'Places and tasks of the 14th Five-Year Plan for the International Science and Technology Innovation Center';
    const l = layoutPicture(input({ mapWidth: 390, title, date: 'Made on 3 December 2026' }), measure);
    const titleLines = l.text.filter((t) => t.bold && t.y < l.map.y);
    expect(titleLines.length).toBeLessThanOrEqual(4);
    expect(titleLines.map((t) => t.text).join(' ')).toBe(title);
    const date = l.text.find((t) => t.text.startsWith('Made on'))!;
    expect(date.align ?? 'left').toBe('left');
    expect(date.y).toBeGreaterThan(Math.max(...titleLines.map((t) => t.y)));
    for (const t of l.text.filter((t) => t.y < l.map.y))
      expect(t.x + measure(t.text, t.size, t.bold)).toBeLessThanOrEqual(390 - 14);
    // the Chinese title still fits beside the date in two lines
    const zh = layoutPicture(input({ mapWidth: 390 }), measure);
    expect(zh.text.filter((t) => t.bold && t.y < zh.map.y)).toHaveLength(2);
    expect(zh.text.find((t) => t.text.startsWith('制图日期'))?.align).toBe('right');
  });

  it('draws the legend in a band under the map, in as many columns as fit, covering none of the map', () => {
    const legend = Array.from({ length: 9 }, (_, i) => ({
      label: `Legend entry number ${i + 1}`,
      swatch: 'fill' as const,
      colour: '#006EEC',
    }));
    for (const mapWidth of [360, 800, 1200]) {
      const l = layoutPicture(input({ mapWidth, legend }), measure);
      const box = l.legendBox!;
      expect(box.y).toBeGreaterThanOrEqual(l.map.y + l.map.height);
      expect(l.swatches).toHaveLength(9);
      for (const s of l.swatches) {
        expect(s.y).toBeGreaterThan(box.y);
        expect(s.y + s.height).toBeLessThanOrEqual(box.y + box.height);
      }
      for (const t of l.text.filter((t) => t.text.startsWith('Legend entry')))
        expect(t.x + measure(t.text, t.size)).toBeLessThanOrEqual(mapWidth);
      // the wider the picture, the more columns and the shorter the band
      const columns = new Set(l.swatches.map((s) => s.x)).size;
      expect(columns).toBe(mapWidth === 360 ? 1 : mapWidth === 800 ? 3 : 5);
    }
    expect(layoutPicture(input({ legend: [] }), measure).legendBox).toBeNull();
  });

  it('puts the scale bar and the attribution in the footer, wrapped on a narrow map', () => {
    const l = layoutPicture(input({ mapWidth: 360 }), measure);
    expect(l.scaleBar).toMatchObject({ width: 90, label: { text: '10 km' } });
    expect(l.scaleBar!.y).toBeGreaterThan(l.footer.y);
    const attribution = l.text.filter((t) => t.y > l.footer.y);
    expect(attribution.length).toBeGreaterThan(1);
    for (const t of attribution) expect(t.x + measure(t.text, t.size)).toBeLessThanOrEqual(360);
    expect(l.footer.y + l.footer.height).toBeGreaterThan(Math.max(...attribution.map((t) => t.y)));
    expect(layoutPicture(input({ scale: null }), measure).scaleBar).toBeNull();
  });
});

describe('wrapText', () => {
  it('breaks at spaces in English and between CJK characters', () => {
    expect(wrapText('one two three four', 55, 10, measure)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('北京市国际科技', 30, 10, measure)).toEqual(['北京市', '国际科', '技']);
    expect(wrapText('', 100, 10, measure)).toEqual([]);
  });

  it('names the file by day, minute and what the picture shows', () => {
    const at = new Date(2026, 0, 5, 9, 7);
    expect(pictureFileName(at)).toBe('beijing-innovation-atlas-2026-01-05-0907.png');
    expect(pictureFileName(at, ['zgc-science-city'])).toBe(
      'beijing-innovation-atlas-2026-01-05-0907-zgc-science-city.png',
    );
    // two pictures of different views, or made a minute apart, differ
    expect(pictureFileName(at, ['ai'])).not.toBe(pictureFileName(at, ['ic']));
    expect(pictureFileName(new Date(2026, 0, 5, 9, 8))).not.toBe(pictureFileName(at));
    // a long filter names its first three, and how many more; nothing unsafe reaches the name
    expect(pictureFileName(at, ['ai', 'ic', 'quantum', 'nev', 'biomedicine'])).toBe(
      'beijing-innovation-atlas-2026-01-05-0907-ai-ic-quantum-and-2-more.png',
    );
    expect(pictureFileName(at, ['../A b/c'])).toBe('beijing-innovation-atlas-2026-01-05-0907-a-b-c.png');
  });
});
