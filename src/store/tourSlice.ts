// The guided tour in the store (URL key `tour`, counted from 1 there): which stop of atlas.tour is shown, or none.
import type { StateCreator } from 'zustand/vanilla';
import type { TourStop } from '../data/types';
import type { AtlasState, ViewId } from './atlasStore';

export interface TourSlice {
  /** Index into atlas.tour of the stop shown; null when the tour is not running. */
  tourStop: number | null;
  /** Shows stop `index` (clamped to the tour); the map frames and highlights its places. */
  showTourStop: (index: number) => void;
  /** Ends the tour, leaving the map where it is (the URL's own state restores the camera it had). */
  endTour: () => void;
  /** The visitor ends the tour: it ends, and the map shows again the whole view the tour began in. */
  leaveTour: () => void;
  /** The view shown when the tour began (at its first stop shown since it was last ended). */
  tourStartView: ViewId | null;
}

export const createTourSlice: StateCreator<AtlasState, [], [], TourSlice> = (set, get) => ({
  tourStop: null,
  tourStartView: null,
  showTourStop: (index) =>
    set((s) => {
      const count = s.index.atlas.tour?.length ?? 0;
      if (count === 0) return s;
      const next = Math.min(Math.max(0, Math.trunc(index)), count - 1);
      if (s.tourStop === next) return s;
      return s.tourStop === null ? { tourStop: next, tourStartView: s.view } : { tourStop: next };
    }),
  endTour: () => set((s) => (s.tourStop === null ? s : { tourStop: null, tourStartView: null })),
  leaveTour: () => {
    const { tourStop, tourStartView } = get();
    if (tourStop === null) return;
    get().endTour();
    get().showView(tourStartView ?? 'beijing');
  },
});

/** The stop the tour shows, or null. */
export const selectTourStop = (s: AtlasState): TourStop | null =>
  s.tourStop === null ? null : (s.index.atlas.tour?.[s.tourStop] ?? null);
