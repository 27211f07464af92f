// atlas.json built from the real content and geodata: computed geometry is plausible for every area.
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { readContent } from '../../scripts/lib/readContent';
import { atlasCsvRows, buildAtlasFromContent, CSV_HEADER, indexGeodata } from '../../scripts/lib/buildAtlas';
import { CHINA_BBOX } from '../../scripts/content/validateContent';

const ROOT = new URL('../..', import.meta.url).pathname;
const content = readContent(ROOT);
const atlas = buildAtlasFromContent(content);
const geo = indexGeodata(content.geodata);
const polygonOf = (id: string) =>
  geo
    .get(id)
    ?.map((s) => s.feature)
    .find((f) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon') as
    Feature<Polygon | MultiPolygon> | undefined;

describe('atlas built from the real content', () => {
  it('has one atlas area per area file', () => {
    expect(atlas.areas).toHaveLength(content.areas.length);
  });

  it('gives every drawn area a center inside China', () => {
    for (const a of atlas.areas.filter((x) => x.geometry !== 'none')) {
      const [lon, lat] = a.center!;
      expect(lon, a.id).toBeGreaterThanOrEqual(CHINA_BBOX.minLon);
      expect(lon, a.id).toBeLessThanOrEqual(CHINA_BBOX.maxLon);
      expect(lat, a.id).toBeGreaterThanOrEqual(CHINA_BBOX.minLat);
      expect(lat, a.id).toBeLessThanOrEqual(CHINA_BBOX.maxLat);
    }
  });

  it('puts the center of every polygon area inside its polygon', () => {
    for (const a of atlas.areas.filter((x) => x.geometry === 'official' || x.geometry === 'approximate')) {
      expect(booleanPointInPolygon(a.center!, polygonOf(a.id)!), a.id).toBe(true);
    }
  });

  it('computes a real surface for every polygon (≥ 1 km²) and matches the official figure the geodata states', () => {
    for (const a of atlas.areas.filter((x) => x.area_km2 !== null)) {
      expect(a.area_km2!, `${a.id} area_km2`).toBeGreaterThanOrEqual(1);
      const official = (polygonOf(a.id)?.properties as { official_area_km2?: number } | null)
        ?.official_area_km2;
      if (typeof official === 'number') {
        expect(
          Math.abs(a.area_km2! - official) / official,
          `${a.id}: ${a.area_km2} vs ${official} km²`,
        ).toBeLessThan(0.15);
      }
    }
  });

  it('lists every task once in the CSV rows, plus one row per silent area', () => {
    const tasks = atlas.areas.reduce((n, a) => n + a.tasks.length, 0);
    const silent = atlas.areas.filter((a) => a.tasks.length === 0).length;
    expect(atlasCsvRows(atlas)).toHaveLength(tasks + silent);
  });

  it('names in the CSV every industry, field and district by its name, never by its id', () => {
    const at = (name: (typeof CSV_HEADER)[number]) => CSV_HEADER.indexOf(name);
    const ids = new Set([...atlas.industries, ...(atlas.fields ?? []), ...atlas.areas].map((x) => x.id));
    const rows = atlasCsvRows(atlas);
    let districts = 0;
    for (const row of rows) {
      for (const column of [
        'industries_zh',
        'industries_en',
        'fields_zh',
        'fields_en',
        'district_zh',
      ] as const)
        for (const name of String(row[at(column)]).split(/、|; /).filter(Boolean))
          expect(ids.has(name), `${row[0]} ${column}: ${name}`).toBe(false);
      if (row[at('district')] !== '') {
        districts++;
        expect(row[at('district_zh')], String(row[0])).toMatch(/区$/);
      }
    }
    expect(districts).toBeGreaterThan(20);
    expect(rows.filter((r) => r[at('task_zh')] !== '').every((r) => r[at('section_title_zh')] !== '')).toBe(
      true,
    );
  });
});
