// React access to the atlas store: a context (tests pass their own store) and narrow-selector hooks.
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { atlasStore, type AtlasState, type AtlasStore } from './atlasStore';

export const AtlasStoreContext = createContext<AtlasStore>(atlasStore);

export function useAtlasStore(): AtlasStore {
  return useContext(AtlasStoreContext);
}

/** Reads one narrow slice of the store; re-renders only when that slice changes. */
export function useAtlas<T>(selector: (state: AtlasState) => T): T {
  return useStore(useAtlasStore(), selector);
}
