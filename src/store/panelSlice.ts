// Which side panel is open (URL key `panel`) and where the plan reader points (URL key `sec` + a highlighted quote).
import type { StateCreator } from 'zustand/vanilla';
import type { AtlasState } from './atlasStore';
import type { PanelId } from './panelIds';

export type { PanelId };

/** Panels that stay open when an area is selected (they follow the selection); any other panel gives way to 'area'. */
export const PANELS_KEPT_ON_SELECT: readonly PanelId[] = ['reader', 'compare'];

/** The panels that show the selection itself (an area or a link); clearing the selection closes them. */
const SELECTION_PANELS: readonly PanelId[] = ['area', 'link'];

/** The panel to show after selecting `id` (null = cleared) while `current` is open; `target` shows the selection. */
export function panelAfterSelect(
  current: PanelId | null,
  id: string | null,
  target: PanelId = 'area',
): PanelId | null {
  if (id === null) return current !== null && SELECTION_PANELS.includes(current) ? null : current;
  if (current !== null && PANELS_KEPT_ON_SELECT.includes(current)) return current;
  return target;
}

export interface PanelSlice {
  /** The open side panel; null = none (the map gets the room). */
  panel: PanelId | null;
  /** Plan section shown by the reader (URL `sec`), in the plan's own numbering. */
  readerSection: string | null;
  /** A plan sentence (and the section it is quoted from) the reader scrolls to and highlights ("read in the plan"). */
  readerQuote: { section: string; text: string } | null;
  /** Bumped by every openReader call, so asking for the same sentence again scrolls to it again. */
  readerRequest: number;
  /** Industry whose profile the industry panel shows (URL `industry`). */
  profileIndustry: string | null;
  /** Open the industry panel on an industry's profile. */
  openIndustry: (id: string) => void;
  openPanel: (id: PanelId) => void;
  closePanel: () => void;
  togglePanel: (id: PanelId) => void;
  /** Open the reader at a section (and optionally a sentence to highlight). */
  openReader: (section: string | null, quote?: string | null) => void;
  /** The reader's current section changed (table of contents, scrolling); the highlighted sentence stays. */
  setReaderSection: (section: string | null) => void;
}

export const createPanelSlice: StateCreator<AtlasState, [], [], PanelSlice> = (set) => ({
  panel: null,
  readerSection: null,
  readerQuote: null,
  readerRequest: 0,
  profileIndustry: null,
  openIndustry: (id) => set({ panel: 'industry', profileIndustry: id }),
  openPanel: (id) => set((s) => (s.panel === id ? s : { panel: id })),
  closePanel: () => set({ panel: null }),
  togglePanel: (id) => set((s) => ({ panel: s.panel === id ? null : id })),
  openReader: (section, quote = null) =>
    set((s) => ({
      panel: 'reader',
      readerSection: section,
      readerQuote: section !== null && quote ? { section, text: quote } : null,
      readerRequest: s.readerRequest + 1,
    })),
  setReaderSection: (section) => set((s) => (s.readerSection === section ? s : { readerSection: section })),
});
