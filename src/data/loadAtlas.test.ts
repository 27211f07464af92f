// Tests of the browser-side loaders: every failure names the file that failed.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  DataLoadError,
  dataUrl,
  loadAtlas,
  loadGeoCollections,
  preloadGeoCollections,
  takeGeoCollections,
  parseAtlas,
  type FetchLike,
} from './loadAtlas';

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

  it('rejects an atlas without areas', () => {
    expect(() => parseAtlas({ version: 1, areas: null, links: [], industries: [], sections: [] })).toThrow(
      /field "areas"/,
    );
  });
});

describe('loadGeoCollections', () => {
  const empty = { type: 'FeatureCollection', features: [] };

  const allBut = (missing: string) =>
    Object.fromEntries(
      [
        'china-provinces',
        'region-context',
        'national-areas',
        'jjj-areas',
        'beijing-districts',
        'beijing-outline',
        'zones',
        'water',
      ]
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

describe('preloadGeoCollections / takeGeoCollections', () => {
  it('hands the preloaded download to the map once, then loads afresh', async () => {
    const calls: string[] = [];
    const counting = (url: string) => {
      calls.push(url);
      return Promise.resolve({
        ok: true,
        status: 200,
        statusText: 'OK',
        json: () => Promise.resolve({ type: 'FeatureCollection', features: [] }),
      });
    };
    preloadGeoCollections(counting);
    preloadGeoCollections(counting); // a second call does not fetch again
    const first = await takeGeoCollections(counting);
    expect(first.failures).toEqual([]);
    expect(calls).toHaveLength(8);
    await takeGeoCollections(counting);
    expect(calls).toHaveLength(16);
  });
});
