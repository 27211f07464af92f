// Tests of the one loader: every failure names the file (and the field) that failed; each file is fetched once.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  DataLoadError,
  GEO_FILES,
  createLoader,
  dataUrl,
  loadGeoCollections,
  parseFeatureCollection,
  type FetchLike,
} from './load';
import { parseAtlas, parsePlanDoc, parseSearchEntries } from './checkFiles';
import type { DataProblem } from './checkItems';

const loadAtlas = (fetchImpl: FetchLike) => createLoader(fetchImpl).atlas();

const fixture: unknown = JSON.parse(readFileSync('tests/fixtures/atlas-mini.json', 'utf8'));

const respond =
  (table: Record<string, unknown>): FetchLike =>
  async (url) => {
    const key = Object.keys(table).find((k) => url.endsWith(k));
    if (!key) return { ok: false, status: 404, statusText: 'Not Found', json: async () => null };
    return { ok: true, status: 200, statusText: 'OK', json: async () => table[key] };
  };

describe('dataUrl', () => {
  it('prefixes the base with exactly one slash', () => {
    expect(dataUrl('data/atlas.json', './')).toBe('./data/atlas.json');
    expect(dataUrl('data/atlas.json', '/atlas')).toBe('/atlas/data/atlas.json');
  });
});

describe('loadAtlas', () => {
  it('returns the parsed atlas', async () => {
    const atlas = await loadAtlas(respond({ 'data/atlas.json': fixture }));
    expect(atlas.areas.map((a) => a.id)).toContain('haidian');
  });

  it('names the file on an HTTP error', async () => {
    const err = await loadAtlas(respond({})).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DataLoadError);
    expect((err as DataLoadError).file).toBe('data/atlas.json');
    expect((err as DataLoadError).reason).toBe('HTTP 404 Not Found');
  });

  it('names the file on a network failure', async () => {
    const err = await loadAtlas(async () => {
      throw new TypeError('Failed to fetch');
    }).catch((e: unknown) => e);
    expect((err as DataLoadError).message).toBe('data/atlas.json: Failed to fetch');
  });

  it('rejects an atlas without areas, naming file › field', () => {
    expect(() => parseAtlas({ version: 1, areas: null, links: [], industries: [], sections: [] })).toThrow(
      'data/atlas.json › areas: not a list',
    );
  });

  it('drops the area that lacks its names and names it, keeping the others', () => {
    const atlas = {
      version: 1,
      areas: [{ id: 'a', name_zh: 'x', name_en: 'y', kind: 'district' }, { id: 'b' }],
      links: [],
    };
    const problems: DataProblem[] = [];
    const parsed = parseAtlas({ ...atlas, industries: [], sections: [] }, undefined, (p) => problems.push(p));
    expect(parsed.areas.map((a) => a.id)).toEqual(['a']);
    expect(problems).toContainEqual({
      file: 'data/atlas.json',
      item: 'areas[1] b',
      field: 'name_zh',
      action: 'dropped',
    });
  });

  describe('fields', () => {
    const base = {
      version: 1,
      links: [],
      sections: [],
      industries: [{ id: 'ic', zh: '集成电路', en: 'Integrated circuits', group: 'manufacturing' }],
      fields: [{ id: 'new-memory', zh: '新型存储器', en: 'New-type memory', industry: 'ic' }],
    };
    const area = (fields: unknown) => ({
      id: 'etdz',
      name_zh: '北京经济技术开发区',
      name_en: 'BDA',
      kind: 'three-cities-one-district',
      fields,
    });

    it('accepts fields under known industries and areas that list them', () => {
      expect(parseAtlas({ ...base, areas: [area(['new-memory'])] }).fields?.[0].zh).toBe('新型存储器');
    });

    it('drops a field under an unknown industry and names it', () => {
      const fields = [{ ...base.fields[0], industry: 'chips' }];
      const problems: unknown[] = [];
      const atlas = parseAtlas({ ...base, fields, areas: [] }, 'data/atlas.json', (p) => problems.push(p));
      expect(atlas.fields).toEqual([]);
      expect(problems).toContainEqual({
        file: 'data/atlas.json',
        item: 'fields[0] new-memory',
        field: 'industry',
        action: 'dropped',
      });
    });

    it('removes an unknown field from the area that lists it and names the area', () => {
      const problems: unknown[] = [];
      const atlas = parseAtlas(
        { ...base, areas: [area(['graphene', 'new-memory'])] },
        'data/atlas.json',
        (p) => problems.push(p),
      );
      expect(atlas.areas[0].fields).toEqual(['new-memory']);
      expect(problems).toContainEqual({
        file: 'data/atlas.json',
        item: 'areas[0] etdz',
        field: 'fields',
        action: 'defaulted',
      });
    });
  });
});

describe('parsePlanDoc', () => {
  const doc = {
    text: '一二三四',
    sections: [{ id: '一', start: 0, end: 4, text_start: 1, text_end: 4, sentences: [] }],
  };

  it('accepts a document whose section offsets lie within the text', () => {
    expect(parsePlanDoc(doc).sections[0].id).toBe('一');
  });

  it.each<[string, unknown, string]>([
    ['no text', { ...doc, text: null }, 'data/plan.json › text: not a string'],
    ['no sections', { ...doc, sections: {} }, 'data/plan.json › sections: not a list'],
  ])('rejects %s', (_name, value, message) => {
    expect(() => parsePlanDoc(value)).toThrow(message);
  });

  it('drops a section whose offset lies past the end of the text, naming it', () => {
    const problems: DataProblem[] = [];
    const bad = {
      ...doc,
      sections: [
        { ...doc.sections[0], end: 99 },
        { ...doc.sections[0], id: '二' },
      ],
    };
    expect(parsePlanDoc(bad, undefined, (p) => problems.push(p)).sections.map((s) => s.id)).toEqual(['二']);
    expect(problems.filter((p) => p.action === 'dropped')).toEqual([
      { file: 'data/plan.json', item: 'sections[0] 一', field: 'end', action: 'dropped' },
    ]);
  });
});

describe('parseSearchEntries', () => {
  const entry = {
    type: 'area',
    id: 'haidian',
    label_zh: '海淀区',
    label_en: 'Haidian District',
    kind: 'district',
    names_zh: ['海淀区'],
    names_en: ['Haidian District'],
    pinyin: [['hai', 'dian', 'qu']],
  };

  it('accepts entries with one pinyin list per Chinese name', () => {
    expect(parseSearchEntries([entry])).toHaveLength(1);
  });

  it('drops an entry it cannot use, naming it, and keeps the others', () => {
    const problems: DataProblem[] = [];
    const parsed = parseSearchEntries(
      [entry, { ...entry, pinyin: [] }, { ...entry, id: 7 }],
      undefined,
      (p) => problems.push(p),
    );
    expect(parsed).toEqual([entry]);
    expect(problems).toEqual([
      { file: 'data/search.json', item: '[1] haidian', field: 'pinyin', action: 'dropped' },
      { file: 'data/search.json', item: '[2]', field: 'id', action: 'dropped' },
    ]);
    expect(() => parseSearchEntries({ entries: [] })).toThrow('data/search.json: not a list');
  });
});

describe('loadGeoCollections', () => {
  const empty = { type: 'FeatureCollection', features: [] };

  const allBut = (missing: string) =>
    Object.fromEntries(
      Object.values(GEO_FILES)
        .filter((f) => f !== missing)
        .map((f) => [`data/geo/${f}.geojson`, empty]),
    );

  it('draws without a missing context file and names it', async () => {
    const { collections, failures } = await loadGeoCollections(respond(allBut('water')));
    expect(failures.map((f) => f.file)).toEqual(['data/geo/water.geojson']);
    expect(collections.water.features).toEqual([]);
    expect(collections.districts.type).toBe('FeatureCollection');
  });

  it('rejects, naming the file, when an essential file is missing', async () => {
    const err = await loadGeoCollections(respond(allBut('beijing-districts'))).catch((e: unknown) => e);
    expect((err as DataLoadError).file).toBe('data/geo/beijing-districts.geojson');
  });

  it('rejects a file that is not a FeatureCollection', async () => {
    const err = await loadGeoCollections(respond({ '.geojson': { type: 'Feature' } })).catch(
      (e: unknown) => e,
    );
    expect((err as DataLoadError).reason).toBe('not a GeoJSON FeatureCollection');
  });
});

describe('parseFeatureCollection', () => {
  const square = {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 0],
      ],
    ],
  };
  const feature = (id: string, geometry: unknown) => ({ type: 'Feature', properties: { id }, geometry });

  it('keeps every drawable feature and drops, by index and id, each one that is not', () => {
    const { collection, dropped } = parseFeatureCollection(
      {
        type: 'FeatureCollection',
        features: [
          feature('a', square),
          feature('b', null),
          feature('c', { type: 'Polygon', coordinates: 'x' }),
          feature('d', { type: 'Circle', coordinates: [0, 0] }),
          feature('e', { type: 'Point', coordinates: [116.4, Number.NaN] }),
          null,
          feature('f', { type: 'Point', coordinates: [116.4, 39.9] }),
        ],
      },
      'data/geo/zones.geojson',
    );
    expect(collection.features.map((f) => f.properties?.id)).toEqual(['a', 'f']);
    expect(dropped).toEqual([
      { index: 1, id: 'b', problem: 'no geometry' },
      { index: 2, id: 'c', problem: 'bad Polygon coordinates' },
      { index: 3, id: 'd', problem: 'unknown geometry type Circle' },
      { index: 4, id: 'e', problem: 'bad Point coordinates' },
      { index: 5, id: null, problem: 'not a Feature' },
    ]);
  });

  it('names the files whose features were dropped when loading the geodata', async () => {
    const bad = { type: 'FeatureCollection', features: [feature('x', null), feature('y', square)] };
    const files = Object.fromEntries(
      Object.values(GEO_FILES).map((f) => [
        `data/geo/${f}.geojson`,
        f === 'zones' ? bad : { type: 'FeatureCollection', features: [] },
      ]),
    );
    const { dropped, collections } = await loadGeoCollections(respond(files));
    expect(dropped).toEqual([
      { file: 'data/geo/zones.geojson', features: [{ index: 0, id: 'x', problem: 'no geometry' }] },
    ]);
    expect(collections.zones.features).toHaveLength(1);
  });
});

describe('createLoader', () => {
  const counting =
    (calls: string[], ok = true) =>
    (url: string) => {
      calls.push(url);
      return Promise.resolve({
        ok,
        status: ok ? 200 : 503,
        statusText: '',
        json: () => Promise.resolve({ type: 'FeatureCollection', features: [] }),
      });
    };

  it('fetches each geodata file once, however often the map and the startup ask', async () => {
    const calls: string[] = [];
    const loader = createLoader(counting(calls));
    const early = loader.geo(); // startup, alongside atlas.json
    const first = await loader.geo(); // the map
    expect(first).toBe(await early);
    expect(first.failures).toEqual([]);
    expect(calls).toHaveLength(Object.keys(GEO_FILES).length);
    expect(new Set(calls).size).toBe(Object.keys(GEO_FILES).length);
  });

  it('forgets a failed download, so asking again tries again', async () => {
    const calls: string[] = [];
    let ok = false;
    const loader = createLoader((url) => counting(calls, ok)(url));
    await expect(loader.fontManifest()).rejects.toThrow('fonts/atlas-labels.json: HTTP 503');
    ok = true;
    await expect(loader.fontManifest()).rejects.toThrow('not a font manifest');
    expect(calls).toHaveLength(2);
  });
});
