// Test support: the fixture atlas, a store made from it, and rendering a component inside the app's providers.
import type { ReactElement } from 'react';
import { readFileSync } from 'node:fs';
import { render } from '@testing-library/react';
import type { Atlas } from '../../src/data/types';
import { buildAtlasIndex } from '../../src/data/atlasIndex';
import { createLoader, type DataLoader, type FetchLike } from '../../src/data/load';
import type { Language } from '../../src/i18n/language';
import { createAtlasStore, type AtlasStore } from '../../src/store/atlasStore';
import { AtlasStoreContext, DataLoaderContext } from '../../src/store/useAtlas';

export const fixtureAtlas = (): Atlas =>
  JSON.parse(readFileSync('tests/fixtures/atlas-mini.json', 'utf8')) as Atlas;

/** The fixture with every sentence of the listed areas tagged with the given industries (area id → industry ids). */
export function taggedFixtureAtlas(tags: Record<string, string[]>): Atlas {
  const atlas = fixtureAtlas();
  for (const area of atlas.areas) {
    const industries = tags[area.id];
    if (industries) area.tasks = area.tasks.map((t) => ({ ...t, industries }));
  }
  return atlas;
}

/** A fresh store over `atlas` (the mini fixture by default). */
export function createTestStore(options: { language?: Language; atlas?: Atlas } = {}): AtlasStore {
  return createAtlasStore(buildAtlasIndex(options.atlas ?? fixtureAtlas()), {
    language: options.language ?? 'zh',
  });
}

export function renderWithAtlas(
  ui: ReactElement,
  options: { language?: Language; atlas?: Atlas; fetch?: FetchLike } = {},
) {
  const atlas = options.atlas ?? fixtureAtlas();
  const store = createTestStore({ language: options.language, atlas });
  const loader: DataLoader = createLoader(options.fetch);
  const result = render(
    <AtlasStoreContext.Provider value={store}>
      <DataLoaderContext.Provider value={loader}>{ui}</DataLoaderContext.Provider>
    </AtlasStoreContext.Provider>,
  );
  return { ...result, store, atlas, loader };
}

/** A fetch that serves the given JSON bodies by the end of the URL (`data/plan.json` …) and 404s everything else. */
export function fetchFrom(files: Record<string, unknown>): FetchLike {
  return async (url) => {
    const key = Object.keys(files).find((k) => url.endsWith(k));
    if (key === undefined) return { ok: false, status: 404, statusText: 'Not Found', json: async () => null };
    return { ok: true, status: 200, statusText: 'OK', json: async () => files[key] };
  };
}
