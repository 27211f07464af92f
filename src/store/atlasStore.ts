// The app's one zustand store, created once the atlas has loaded: the atlas index (never changes) and slices
// (selection, layers, ui, panel, filter, compare, tour); actions are verbs, components read narrow selectors.
import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import type { AtlasIndex } from '../data/atlasIndex';
import type { Language } from '../i18n/language';
import { LAYER_GROUPS, type LayerGroupId } from './layerGroups';
import { createPanelSlice, panelAfterSelect, type PanelSlice } from './panelSlice';
import { createFilterSlice, type FilterSlice } from './filterSlice';
import { createCompareSlice, type CompareSlice } from './compareSlice';
import { createTourSlice, type TourSlice } from './tourSlice';

/** The map's views, from the closest to the widest: Beijing, the Beijing–Tianjin–Hebei region, China. */
export const VIEW_IDS = ['beijing', 'region', 'china'] as const;
export type ViewId = (typeof VIEW_IDS)[number];
/** Where a selection came from: the map does not fly to what was clicked on it; list and panel picks do. */
export type SelectionOrigin = 'map' | 'list';

export interface SelectionSlice {
  /** Selected area id; an area and a link are never selected together. */
  selectedId: string | null;
  /** Selected link id (a link of atlas.links); selecting one clears the area selection and vice versa. */
  selectedLinkId: string | null;
  selectionOrigin: SelectionOrigin;
  /** Bumped by every selectArea/selectLink call, so picking the already-selected one from the list frames it again. */
  selectionRequest: number;
  /**
   * Every selectable area under the point of the map click that made the selection, topmost first (the selected
   * one among them), so the panel can offer the others; [] for any other selection.
   */
  pickCandidates: string[];
  hoveredId: string | null;
  selectArea: (id: string | null, origin?: SelectionOrigin, candidates?: readonly string[]) => void;
  selectLink: (id: string | null, origin?: SelectionOrigin) => void;
  clearSelection: () => void;
  hoverArea: (id: string | null) => void;
}

export interface LayersSlice {
  visibleLayers: Record<LayerGroupId, boolean>;
  toggleLayer: (group: LayerGroupId) => void;
  showLayer: (group: LayerGroupId, visible: boolean) => void;
}

export interface UiSlice {
  language: Language;
  view: ViewId;
  /** Bumped by every showView call, so asking again for the same view re-frames the map. */
  viewRequest: number;
  listOpen: boolean;
  /** The embeddable view (URL `embed=1`): the map with a minimal header, no side list. */
  embed: boolean;
  setEmbed: (embed: boolean) => void;
  setLanguage: (language: Language) => void;
  showView: (view: ViewId) => void;
  /** Records the view the map now shows (it framed a place there itself), without re-framing. */
  noteView: (view: ViewId) => void;
  /** Places the map is asked to frame together ("fit the map to the results"); `n` is bumped by every request. */
  fitRequest: { ids: readonly string[]; n: number } | null;
  fitToAreas: (ids: readonly string[]) => void;
  toggleList: () => void;
}

/** The loaded atlas and its lookups: what every slice, selector and panel reads the plan's content from. */
export interface AtlasIndexSlice {
  readonly index: AtlasIndex;
}

export type AtlasState = AtlasIndexSlice &
  SelectionSlice &
  LayersSlice &
  UiSlice &
  PanelSlice &
  FilterSlice &
  CompareSlice &
  TourSlice;
export type AtlasStore = StoreApi<AtlasState>;

const createSelectionSlice: StateCreator<AtlasState, [], [], SelectionSlice> = (set) => ({
  selectedId: null,
  selectedLinkId: null,
  selectionOrigin: 'list',
  selectionRequest: 0,
  pickCandidates: [],
  hoveredId: null,
  selectArea: (id, origin = 'list', candidates = []) =>
    set((s) => ({
      selectedId: id,
      selectedLinkId: null,
      selectionOrigin: origin,
      selectionRequest: s.selectionRequest + 1,
      pickCandidates: id !== null && candidates.includes(id) ? [...candidates] : [],
      panel: panelAfterSelect(s.panel, id),
    })),
  selectLink: (id, origin = 'list') =>
    set((s) => ({
      selectedId: null,
      selectedLinkId: id !== null && s.index.atlas.links.some((l) => l.id === id) ? id : null,
      selectionOrigin: origin,
      selectionRequest: s.selectionRequest + 1,
      pickCandidates: [],
      panel: panelAfterSelect(s.panel, id, 'link'),
    })),
  clearSelection: () =>
    set((s) => ({
      selectedId: null,
      selectedLinkId: null,
      pickCandidates: [],
      panel: panelAfterSelect(s.panel, null),
    })),
  hoverArea: (id) => set((s) => (s.hoveredId === id ? s : { hoveredId: id })),
});

export const DEFAULT_VISIBLE_LAYERS: Readonly<Record<LayerGroupId, boolean>> = Object.fromEntries(
  LAYER_GROUPS.map((g) => [g, true]),
) as Record<LayerGroupId, boolean>;

const createLayersSlice: StateCreator<AtlasState, [], [], LayersSlice> = (set) => ({
  visibleLayers: { ...DEFAULT_VISIBLE_LAYERS },
  toggleLayer: (group) =>
    set((s) => ({ visibleLayers: { ...s.visibleLayers, [group]: !s.visibleLayers[group] } })),
  showLayer: (group, visible) =>
    set((s) =>
      s.visibleLayers[group] === visible ? s : { visibleLayers: { ...s.visibleLayers, [group]: visible } },
    ),
});

const createUiSlice =
  (language: Language): StateCreator<AtlasState, [], [], UiSlice> =>
  (set) => ({
    language,
    view: 'beijing',
    viewRequest: 0,
    listOpen: true,
    embed: false,
    setEmbed: (embed) => set((s) => (s.embed === embed ? s : { embed })),
    setLanguage: (next) => set({ language: next }),
    showView: (view) => set((s) => ({ view, viewRequest: s.viewRequest + 1 })),
    noteView: (view) => set((s) => (s.view === view ? s : { view })),
    fitRequest: null,
    fitToAreas: (ids) => set((s) => ({ fitRequest: { ids: [...ids], n: (s.fitRequest?.n ?? 0) + 1 } })),
    toggleList: () => set((s) => ({ listOpen: !s.listOpen })),
  });

export interface AtlasStoreOptions {
  language?: Language;
}

/** A fresh store for a loaded atlas (one per app; tests make their own). */
export function createAtlasStore(index: AtlasIndex, options: AtlasStoreOptions = {}): AtlasStore {
  return createStore<AtlasState>()((...a) => ({
    index,
    ...createSelectionSlice(...a),
    ...createLayersSlice(...a),
    ...createUiSlice(options.language ?? 'zh')(...a),
    ...createPanelSlice(...a),
    ...createFilterSlice(...a),
    ...createCompareSlice(...a),
    ...createTourSlice(...a),
  }));
}
