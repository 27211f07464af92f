// Our notes have Chinese for the Chinese interface: an area's description_en needs a description_zh, and every
// boundary source the atlas shows needs its entry in geometry-sources-zh.json (and no entry goes unused).
import { describe, expect, it } from 'vitest';
import { readContent, type ContentOnDisk } from '../../scripts/lib/readContent';
import { buildAtlasFromContent } from '../../scripts/lib/buildAtlas';
import { validateGeometrySourcesZh } from '../../scripts/lib/geometrySourcesZh';
import { formatIssue, validateContent } from '../../scripts/content/validateContent';

const ROOT = new URL('../..', import.meta.url).pathname;
const fixture = readContent(ROOT, {
  contentDir: 'tests/fixtures/plan-content/content',
  geodataDir: 'tests/fixtures/plan-content/geodata',
});
type Json = Record<string, unknown>;
const copy = (): ContentOnDisk => ({
  ...structuredClone({ ...fixture, plan: undefined }),
  plan: fixture.plan,
});
const areaOf = (c: ContentOnDisk, id: string) =>
  c.areas.find((f) => (f.data as Json).id === id)!.data as Json;

describe('Chinese for our notes', () => {
  it('names an English note without Chinese, and a Chinese note that is not Chinese', () => {
    const c = copy();
    areaOf(c, 'haidian').description_en = 'A district.';
    areaOf(c, 'xiongan').description_en = 'A new area.';
    areaOf(c, 'xiongan').description_zh = 'A new area.';
    expect(validateContent(c).map(formatIssue)).toEqual([
      expect.stringMatching(/areas\/haidian\.json › haidian › description_zh: description_en has no Chinese/),
      expect.stringMatching(
        /areas\/xiongan\.json › xiongan › description_zh: description_zh must be Chinese/,
      ),
    ]);
  });

  it('names the area whose boundary source has no Chinese, and an entry no area uses', () => {
    expect(validateGeometrySourcesZh(fixture)).toEqual([]);
    const c = copy();
    const zh = (c.geometrySourcesZh as { zh: Record<string, string> }).zh;
    delete zh['fixture: 海淀区 boundary'];
    zh['an old source'] = '旧来源';
    expect(validateGeometrySourcesZh(c).map(formatIssue)).toEqual([
      'tests/fixtures/plan-content/content/areas/zgc-science-city.json › zgc-science-city › geometry_source: boundary source has no Chinese in src/content/geometry-sources-zh.json: "fixture: 海淀区 boundary"',
      'src/content/geometry-sources-zh.json › zh["an old source…"]: no area has this boundary source',
    ]);
  });

  it('writes the Chinese source and note into atlas.json', () => {
    const c = copy();
    Object.assign(areaOf(c, 'haidian'), { description_en: 'A district.', description_zh: '一个区。' });
    const haidian = buildAtlasFromContent(c).areas.find((a) => a.id === 'haidian')!;
    expect([haidian.geometry_source_zh, haidian.description_zh]).toEqual(['测试数据', '一个区。']);
  });
});
