// The planner's compare set in the store: 2–4 area ids shown side by side.
// In the URL as `cmp` (in order, 2–4 ids): a set of one area is the visitor still choosing and is not written.
import type { StateCreator } from 'zustand/vanilla';
import type { AtlasState } from './atlasStore';

/** Most areas the compare view shows side by side. */
export const MAX_COMPARE = 4;

export interface CompareSlice {
  compareIds: string[];
  /** Appends an area (no-op when it is already there or the set is full: the UI disables the button then). */
  addToCompare: (id: string) => void;
  removeFromCompare: (id: string) => void;
  /** Replaces the set: duplicates dropped, at most MAX_COMPARE kept. */
  setCompare: (ids: readonly string[]) => void;
}

export function normalizeCompare(ids: readonly string[]): string[] {
  return [...new Set(ids)].slice(0, MAX_COMPARE);
}

export const createCompareSlice: StateCreator<AtlasState, [], [], CompareSlice> = (set, get) => ({
  compareIds: [],
  addToCompare: (id) => {
    const ids = get().compareIds;
    if (ids.includes(id) || ids.length >= MAX_COMPARE) return;
    set({ compareIds: [...ids, id] });
  },
  removeFromCompare: (id) => {
    const ids = get().compareIds;
    if (ids.includes(id)) set({ compareIds: ids.filter((x) => x !== id) });
  },
  setCompare: (ids) => set({ compareIds: normalizeCompare(ids) }),
});
