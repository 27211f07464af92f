// atlas.json / atlas.csv assembly on the fixture: computed geometry, area, label point, CSV rows.
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';
import { readContent } from '../../scripts/lib/readContent';
import {
  atlasCsvRows,
  buildAtlasFromContent,
  computeGeometry,
  CSV_HEADER,
  labelPoint,
} from '../../scripts/lib/buildAtlas';
import type { ContentArea } from '../../src/data/types';
import { encodeCsv, parseCsv } from '../../src/data/csv';

const ROOT = new URL('../..', import.meta.url).pathname;
const fx = readContent(ROOT, {
  contentDir: 'tests/fixtures/plan-content/content',
  geodataDir: 'tests/fixtures/plan-content/geodata',
});
const atlas = buildAtlasFromContent(fx);
const byId = (id: string) => atlas.areas.find((a) => a.id === id)!;

describe('buildAtlas', () => {
  it('records the plan source with the seed sha256', () => {
    expect(atlas.source.title).toBe('北京市“十四五”时期国际科技创新中心建设规划');
    expect(atlas.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('orders areas by kind (three cities first), then id', () => {
    expect(atlas.areas.map((a) => a.id)).toEqual(['zgc-science-city', 'haidian', 'xiongan']);
  });

  it('takes geometry quality and source from the geodata polygon and computes area and center', () => {
    const zgc = byId('zgc-science-city');
    expect(zgc.geometry).toBe('official');
    expect(zgc.geometry_source).toBe('fixture: 海淀区 boundary');
    // 0.15° × 0.15° at ~40°N ≈ 12.8 km × 16.7 km ≈ 213 km²
    expect(zgc.area_km2).toBeGreaterThan(205);
    expect(zgc.area_km2).toBeLessThan(220);
    expect(zgc.area_km2! * 10).toBe(Math.round(zgc.area_km2! * 10));
    expect(zgc.center).toEqual([116.275, 39.975]);
  });

  it('uses the content center for a point area without geodata and marks it a point', () => {
    expect(byId('xiongan')).toMatchObject({ geometry: 'point', area_km2: null, center: [115.93, 39.02] });
  });

  it('marks an undeclared polygon quality as approximate and a place with nothing as none', () => {
    const f: Feature = {
      type: 'Feature',
      properties: { id: 'x' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      },
    };
    const area = { id: 'x' } as ContentArea;
    expect(computeGeometry(area, [{ file: 'zones', feature: f }]).geometry).toBe('approximate');
    expect(computeGeometry(area, [])).toMatchObject({ geometry: 'none', center: null, area_km2: null });
  });

  it('puts the label point of a U-shaped polygon inside it (its centroid is not)', () => {
    const u: Feature<Polygon> = {
      type: 'Feature',
      properties: {},
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [3, 0],
            [3, 3],
            [2, 3],
            [2, 1],
            [1, 1],
            [1, 3],
            [0, 3],
            [0, 0],
          ],
        ],
      },
    };
    expect(booleanPointInPolygon(labelPoint(u), u)).toBe(true);
  });

  it('copies the English section titles and labels the preamble', () => {
    expect(atlas.sections[0]).toEqual({ id: 'preamble', title_zh: '前言', title_en: 'Preamble' });
    expect(atlas.sections.find((s) => s.id === '七.(一)')?.title_zh).toBe('加快建设“三城一区”主平台');
  });
});

describe('atlas.csv rows', () => {
  const rows = atlasCsvRows(atlas);
  const column = (name: (typeof CSV_HEADER)[number]) => CSV_HEADER.indexOf(name);
  const cell = (row: readonly unknown[], name: (typeof CSV_HEADER)[number]) => row[column(name)];

  it('has one row per area × task, and one row for a silent area', () => {
    expect(rows).toHaveLength(2 + 1 + 1);
    const haidian = rows.filter((r) => r[0] === 'haidian');
    expect(haidian).toHaveLength(1);
    expect(haidian[0].slice(0, 4)).toEqual(['haidian', '海淀区', 'Haidian District', 'district']);
    expect(haidian[0].slice(4).every((c) => c === '')).toBe(true);
  });

  it('names every industry beside its id, in both languages, and the section beside its id', () => {
    const zgc = rows.find((r) => r[0] === 'zgc-science-city')!;
    expect(cell(zgc, 'industries')).toBe('ai;quantum');
    const industries = atlas.industries.filter((i) => i.id === 'ai' || i.id === 'quantum');
    expect(cell(zgc, 'industries_zh')).toBe(industries.map((i) => i.zh).join('、'));
    expect(cell(zgc, 'industries_en')).toBe(industries.map((i) => i.en).join('; '));
    expect(cell(zgc, 'industries_en')).not.toMatch(/\bai\b/);
    expect(cell(zgc, 'section_title_zh')).toBe(
      atlas.sections.find((s) => s.id === cell(zgc, 'section'))?.title_zh,
    );
    expect(cell(zgc, 'section_title_zh')).not.toBe('');
  });

  it('joins industries with ; and round-trips through the CSV encoder', () => {
    const parsed = parseCsv(encodeCsv(CSV_HEADER, rows));
    expect(parsed[0]).toEqual([...CSV_HEADER]);
    expect(parsed[2][column('task_zh')]).toBe(
      '围绕人工智能、量子信息、区块链等重点方向，实现更多“从 0到 1”原始创新，加快战略高技术突破，深度链接全球创新资源，营造一流创新创业文化，打造科技创新出发地、原始创新策源地和自主创新主阵地，力争率先建成国际一流科学城。',
    );
  });
});

describe('atlas.json contract', () => {
  it('passes the app loader boundary check after a JSON round trip', async () => {
    const { parseAtlas } = await import('../../src/data/checkFiles');
    const parsed = parseAtlas(JSON.parse(JSON.stringify(atlas)));
    expect(parsed.areas).toHaveLength(3);
    expect(parsed.industry_groups).toEqual([{ id: 'digital', zh: '数字', en: 'Digital' }]);
  });
});
