// Shortlist export: CSV escaping (quotes, commas, newlines, Chinese, BOM), GeoJSON features and the JSON document.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fixture from '../../tests/fixtures/atlas-logic.json';
import type { Area, Atlas } from './types';
import { parseCsv } from './csv';
import { filterAreas, type FilterResult } from './industryFilter';
import {
  RESULTS_CSV_COLUMNS,
  resultsToCsv,
  resultsToGeoJson,
  resultsToJson,
  type ResultsJson,
} from './exportResults';

const atlas = fixture as Atlas;
const aiResults = filterAreas(atlas, { industries: ['ai'], match: 'any' });

/** A made-up area whose text holds every character CSV must escape. */
const hostileArea: Area = {
  ...atlas.areas.find((a) => a.id === 'chaoyang')!,
  id: 'x,"y"',
  name_zh: '朝阳区，"引号"',
  name_en: 'Chaoyang, "quoted"\r\nnext line',
};
const hostile: FilterResult = {
  area: hostileArea,
  matchedIndustries: ['ai'],
  matchedFields: [],
  reasons: [
    {
      task: {
        section: '七.(一)',
        zh: '第一行\n第二行，"引"',
        en: ' leading space, trailing ',
        industries: ['ai'],
      },
      industries: ['ai'],
      fields: [],
    },
  ],
};

describe('resultsToCsv', () => {
  it('starts with a UTF-8 BOM and the fixed header, and ends each record with CRLF', () => {
    const csv = resultsToCsv(aiResults, 'zh', atlas);
    expect(
      csv.startsWith('\uFEFFarea_id,name_zh,name_en,kind,industries,section,task_zh,task_en,fields\r\n'),
    ).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('writes one row per plan sentence, with the industries in the chosen language', () => {
    const rows = parseCsv(resultsToCsv(aiResults, 'zh', atlas));
    expect(rows[0]).toEqual([...RESULTS_CSV_COLUMNS]);
    expect(rows.slice(1).map((r) => [r[0], r[4], r[5], r[6].slice(0, 6)])).toEqual([
      ['zgc-science-city', '人工智能', '七.(一)', '围绕人工智能'],
      ['zgc-science-city', '人工智能', '七.(一)', '聚焦战略性新'],
      ['future-science-city', '人工智能', '七.(一)', '“生命谷”布'],
      ['chaoyang', '人工智能', '七.(一)', '朝阳区聚焦人'],
    ]);
    const en = parseCsv(
      resultsToCsv(filterAreas(atlas, { industries: ['ai', 'digital-economy'], match: 'all' }), 'en', atlas),
    );
    expect(en[1][4]).toBe('Artificial intelligence; Digital economy');
    const zh = parseCsv(
      resultsToCsv(filterAreas(atlas, { industries: ['ai', 'digital-economy'], match: 'all' }), 'zh', atlas),
    );
    expect(zh[1][4]).toBe('人工智能、数字经济');
  });

  it('keeps the plan’s sentences exactly (the “ ” quotes and the 双“1+1” of 北京经济技术开发区)', () => {
    const results = filterAreas(atlas, { industries: ['ic'], match: 'any' });
    const rows = parseCsv(resultsToCsv(results, 'zh', atlas));
    expect(rows[1][6]).toBe(results[0].reasons[0].task.zh);
    expect(rows[1][6]).toContain('双“1+1”工程');
  });

  it('quotes fields with commas, double quotes, CR/LF and edge spaces, and reads back exactly', () => {
    const csv = resultsToCsv([hostile], 'zh', atlas);
    expect(csv).toContain('"x,""y"""');
    expect(csv).toContain('"朝阳区，""引号"""');
    expect(csv).toContain('"Chaoyang, ""quoted""\r\nnext line"');
    expect(csv).toContain('"第一行\n第二行，""引"""');
    expect(csv).toContain('" leading space, trailing "');
    expect(parseCsv(csv)[1]).toEqual([
      'x,"y"',
      '朝阳区，"引号"',
      'Chaoyang, "quoted"\r\nnext line',
      'district',
      '人工智能',
      '七.(一)',
      '第一行\n第二行，"引"',
      ' leading space, trailing ',
      '',
    ]);
  });

  it('writes one row with empty task columns for a result with no sentence, and unknown industry ids as ids', () => {
    const bare: FilterResult = {
      area: hostileArea,
      matchedIndustries: ['ai', 'not-in-atlas'],
      matchedFields: [],
      reasons: [],
    };
    expect(parseCsv(resultsToCsv([bare], 'en', atlas))[1].slice(4)).toEqual([
      'Artificial intelligence; not-in-atlas',
      '',
      '',
      '',
      '',
    ]);
  });

  it('names the chosen fields a sentence carries, in the chosen language', () => {
    const withFields = {
      ...atlas,
      fields: [
        {
          id: 'digital-consumer-tech',
          zh: '数字消费科技',
          en: 'Digital consumer technology',
          industry: 'digital-economy',
        },
      ],
      areas: atlas.areas.map((a) =>
        a.id === 'chaoyang'
          ? {
              ...a,
              fields: ['digital-consumer-tech'],
              tasks: a.tasks.map((t) => ({ ...t, fields: ['digital-consumer-tech'] })),
            }
          : a,
      ),
    };
    const results = filterAreas(withFields, {
      industries: [],
      fields: ['digital-consumer-tech'],
      match: 'any',
    });
    expect(results.map((r) => r.area.id)).toEqual(['chaoyang']);
    const rows = parseCsv(resultsToCsv(results, 'en', withFields));
    expect(rows[1].at(-1)).toBe('Digital consumer technology');
    expect(JSON.parse(resultsToJson(results, atlas)).results[0].matched_fields).toEqual([
      'digital-consumer-tech',
    ]);
  });

  it('an empty shortlist is just the header', () => {
    expect(parseCsv(resultsToCsv([], 'zh', atlas))).toEqual([[...RESULTS_CSV_COLUMNS]]);
  });

  it('round-trips any text through parseCsv (formula-like text comes back with its neutralising quote)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (zh, en) => {
        const r: FilterResult = {
          ...hostile,
          reasons: [{ ...hostile.reasons[0], task: { section: '七', zh, en } }],
        };
        const row = parseCsv(resultsToCsv([r], 'zh', atlas))[1];
        const asWritten = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
        expect([row[6], row[7]]).toEqual([asWritten(zh), asWritten(en)]);
      }),
    );
  });
});

describe('resultsToGeoJson', () => {
  it('gives one point feature per result at the area center, with the tasks as properties', () => {
    const fc1 = resultsToGeoJson(aiResults, atlas);
    expect(fc1.type).toBe('FeatureCollection');
    expect(fc1.features.map((f) => [f.id, f.geometry])).toEqual([
      ['zgc-science-city', { type: 'Point', coordinates: [116.31, 39.98] }],
      ['future-science-city', { type: 'Point', coordinates: [116.43, 40.1] }],
      ['chaoyang', { type: 'Point', coordinates: [116.44, 39.95] }],
    ]);
    const chaoyang = fc1.features[2].properties;
    expect(chaoyang).toMatchObject({
      area_id: 'chaoyang',
      name_zh: '朝阳区',
      kind: 'district',
      geometry_quality: 'official',
      geometry_from: 'center',
      matched_industries: ['ai'],
      matched_industries_zh: '人工智能',
      matched_industries_en: 'Artificial intelligence',
    });
    expect(chaoyang.tasks).toEqual([
      {
        section: '七.(一)',
        zh: atlas.areas[4].tasks[0].zh,
        en: atlas.areas[4].tasks[0].en,
        industries: ['ai'],
        fields: [],
      },
    ]);
  });

  it('uses a looked-up geometry when there is one, and keeps a result with no location as geometry null', () => {
    const polygon = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [116.4, 39.9],
          [116.5, 39.9],
          [116.5, 40],
          [116.4, 39.9],
        ],
      ],
    };
    const platform = atlas.areas.find((a) => a.id === 'huairou-national-science-center')!;
    const results: FilterResult[] = [
      { area: platform, matchedIndustries: [], matchedFields: [], reasons: [] },
      ...aiResults.filter((r) => r.area.id === 'chaoyang'),
    ];
    const out = resultsToGeoJson(results, atlas, (id) => (id === 'chaoyang' ? polygon : undefined));
    expect(out.features[0]).toMatchObject({ geometry: null, properties: { geometry_from: 'none' } });
    expect(out.features[1]).toMatchObject({ geometry: polygon, properties: { geometry_from: 'lookup' } });
  });

  it('is plain JSON (survives stringify/parse unchanged)', () => {
    const out = resultsToGeoJson(aiResults, atlas);
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });
});

describe('resultsToJson', () => {
  it('carries the plan source, the query, a translation note and the sentences', () => {
    const text = resultsToJson(aiResults, atlas, { industries: ['ai'], match: 'any', url: '?ind=ai' });
    const doc = JSON.parse(text) as ResultsJson;
    expect(doc.source).toEqual(atlas.source);
    expect(doc.query).toEqual({ industries: ['ai'], match: 'any', url: '?ind=ai' });
    expect(doc.note).toMatch(/translation/);
    expect(doc.results.map((r) => [r.area_id, r.tasks.length])).toEqual([
      ['zgc-science-city', 2],
      ['future-science-city', 1],
      ['chaoyang', 1],
    ]);
    expect(doc.results[2].tasks[0].zh).toBe(atlas.areas[4].tasks[0].zh);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('is deterministic (no timestamps): the same shortlist gives the same bytes', () => {
    expect(resultsToJson(aiResults, atlas)).toBe(resultsToJson(aiResults, atlas));
    expect((JSON.parse(resultsToJson([], atlas)) as ResultsJson).results).toEqual([]);
  });
});
