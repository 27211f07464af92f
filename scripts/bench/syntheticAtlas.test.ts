// Synthetic atlases: k copies with unique ids whose references stay inside their copy, the same every time.
import { describe, expect, it } from 'vitest';
import { buildAtlasFromContent } from '../lib/buildAtlas.ts';
import { readContent } from '../lib/readContent.ts';
import { buildAtlasIndex } from '../../src/data/atlasIndex.ts';
import { filterAreas } from '../../src/data/industryFilter.ts';
import { copyId, scaleAtlas, scaleSearchEntries } from './syntheticAtlas.ts';

const atlas = buildAtlasFromContent(readContent(process.cwd()));

describe('scaleAtlas', () => {
  const k = 3;
  const scaled = scaleAtlas(atlas, k);
  it('multiplies places, industries, sentences and links by k', () => {
    const tasks = (a: typeof atlas) => a.areas.reduce((n, x) => n + x.tasks.length, 0);
    expect(scaled.areas).toHaveLength(atlas.areas.length * k);
    expect(scaled.industries).toHaveLength(atlas.industries.length * k);
    expect(scaled.links).toHaveLength(atlas.links.length * k);
    expect(tasks(scaled)).toBe(tasks(atlas) * k);
  });
  it('keeps ids unique and every reference inside its own copy', () => {
    const ids = new Set(scaled.areas.map((a) => a.id));
    expect(ids.size).toBe(scaled.areas.length);
    const industries = new Set(scaled.industries.map((i) => i.id));
    for (const a of scaled.areas) {
      if (a.parent) expect(ids.has(a.parent)).toBe(true);
      for (const i of a.industries) expect(industries.has(i)).toBe(true);
      const copy = a.id.split('~')[1];
      for (const i of a.industries) expect(i.split('~')[1]).toBe(copy);
    }
    for (const l of scaled.links) expect(ids.has(l.from) && ids.has(l.to)).toBe(true);
  });
  it('is the original at 1× and the same at every call', () => {
    expect(scaleAtlas(atlas, 1)).toEqual(atlas);
    expect(JSON.stringify(scaleAtlas(atlas, 2))).toBe(JSON.stringify(scaleAtlas(atlas, 2)));
  });
  it('gives each copy the same filter results as the original', () => {
    const industry = atlas.industries[0].id;
    const once = filterAreas(atlas, { industries: [industry], match: 'any' }).length;
    const inCopy = filterAreas(scaled, { industries: [copyId(industry, 2)], match: 'any' });
    expect(inCopy).toHaveLength(once);
    expect(inCopy.every((r) => r.area.id.endsWith('~2'))).toBe(true);
    expect(buildAtlasIndex(scaled).childrenById.size).toBe(buildAtlasIndex(atlas).childrenById.size * k);
  });
  it('refuses a scale that is not a whole number of copies', () => {
    expect(() => scaleAtlas(atlas, 0)).toThrow(/whole number/);
    expect(() => scaleAtlas(atlas, 1.5)).toThrow(/whole number/);
  });
});

it('scaleSearchEntries keeps each name and its pinyin side by side', () => {
  const entries = [
    {
      type: 'area' as const,
      id: 'a',
      label_zh: '海淀区',
      label_en: 'Haidian',
      kind: null,
      names_zh: ['海淀区'],
      names_en: ['Haidian'],
      pinyin: [['hai', 'dian', 'qu']],
    },
  ];
  const scaled = scaleSearchEntries(entries, 2);
  expect(scaled.map((e) => e.id)).toEqual(['a', 'a~1']);
  expect(scaled[1].names_zh).toEqual(['海淀区 1']);
  expect(scaled[1].pinyin).toEqual([['hai', 'dian', 'qu', '1']]);
});
