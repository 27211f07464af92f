// Test helper: render a component with a fresh store and the fixture atlas in context.
import type { ReactElement } from 'react';
import { readFileSync } from 'node:fs';
import { render } from '@testing-library/react';
import type { Atlas } from '../data/types';
import { createAtlasStore, type AtlasStore, type Language } from '../store/atlasStore';
import { AtlasStoreContext } from '../store/useAtlas';
import { AtlasDataContext, buildAtlasIndex } from './atlasData';

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

export function renderWithAtlas(ui: ReactElement, options: { language?: Language; atlas?: Atlas } = {}) {
  const store: AtlasStore = createAtlasStore({ language: options.language ?? 'zh' });
  const atlas = options.atlas ?? fixtureAtlas();
  const result = render(
    <AtlasStoreContext.Provider value={store}>
      <AtlasDataContext.Provider value={buildAtlasIndex(atlas)}>{ui}</AtlasDataContext.Provider>
    </AtlasStoreContext.Provider>,
  );
  return { ...result, store, atlas };
}
