// The guided tour in the store (URL key `tour`, counted from 1 there): which stop of atlas.tour is shown, or none.
import type { StateCreator } from 'zustand/vanilla';
import type { TourStop } from '../data/types';
import type { AtlasState } from './atlasStore';

export interface TourSlice {
  /** Index into atlas.tour of the stop shown; null when the tour is not running. */
  tourStop: number | null;
  /** Shows stop `index` (clamped to the tour); the map frames and highlights its places. */
  showTourStop: (index: number) => void;
  endTour: () => void;
}

export const createTourSlice: StateCreator<AtlasState, [], [], TourSlice> = (set) => ({
  tourStop: null,
  showTourStop: (index) =>
    set((s) => {
      const count = s.index.atlas.tour?.length ?? 0;
      if (count === 0) return s;
      const next = Math.min(Math.max(0, Math.trunc(index)), count - 1);
      return s.tourStop === next ? s : { tourStop: next };
    }),
  endTour: () => set((s) => (s.tourStop === null ? s : { tourStop: null })),
});

/** The stop the tour shows, or null. */
export const selectTourStop = (s: AtlasState): TourStop | null =>
  s.tourStop === null ? null : (s.index.atlas.tour?.[s.tourStop] ?? null);
