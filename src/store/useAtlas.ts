// React access to the app: the store (created once the atlas has loaded) and the data loader, each through a context
// provided by the app shell (tests provide their own), and narrow-selector hooks.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AtlasIndex } from '../data/atlasIndex';
import type { DataLoader } from '../data/load';
import type { AtlasState, AtlasStore } from './atlasStore';

export const AtlasStoreContext = createContext<AtlasStore | null>(null);
export const DataLoaderContext = createContext<DataLoader | null>(null);

export function useAtlasStore(): AtlasStore {
  const store = useContext(AtlasStoreContext);
  if (!store)
    throw new Error('useAtlasStore outside AtlasStoreContext (the store exists once the atlas has loaded)');
  return store;
}

/** Reads one narrow slice of the store; re-renders only when that slice changes. */
export function useAtlas<T>(selector: (state: AtlasState) => T): T {
  return useStore(useAtlasStore(), selector);
}

const selectIndex = (s: AtlasState) => s.index;

/** The loaded atlas and its lookups (by id, children, links, industries, groups, sections). */
export function useAtlasIndex(): AtlasIndex {
  return useAtlas(selectIndex);
}

/** The loader of the app's data files (plan text, search index, geodata, font manifest). */
export function useLoader(): DataLoader {
  const loader = useContext(DataLoaderContext);
  if (!loader) throw new Error('useLoader outside DataLoaderContext');
  return loader;
}
