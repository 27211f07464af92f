// Binds the store to the URL's query (parseUrlState/serializeUrlState): restore on load and on Back/Forward, write on change.
//
// A selection change, another side panel or a tour step is a new history entry (pushState), so Back closes the panel
// just opened; every other change (a filter's boxes, the language, layers) replaces the current one. The `#` part
// (MapLibre's camera hash) is kept as it is. Values that cannot be used are dropped and reported through `onNotices`.
// A change is written after the frame that shows it: a history write costs a selection's frame about 10 ms in Chromium.
import type { AtlasState, AtlasStore } from './atlasStore';
import { DEFAULT_VISIBLE_LAYERS } from './atlasStore';
import { LAYER_GROUPS, type LayerGroupId } from './layerGroups';
import {
  foreignParams,
  parseUrlState,
  serializeUrlState,
  withForeignParams,
  type UrlKnownIds,
  type UrlNotice,
  type UrlState,
} from './urlState';

/** The part of `window.history` the binding uses (tests pass a fake). */
export interface HistoryLike {
  pushState(data: unknown, unused: string, url?: string | null): void;
  replaceState(data: unknown, unused: string, url?: string | null): void;
}

/** Where the binding reads the URL and listens for Back/Forward (tests pass a fake; the app passes `window`). */
export interface UrlEnv {
  history: HistoryLike;
  location: { pathname: string; search: string; hash: string };
  addEventListener(type: 'popstate', listener: () => void): void;
  removeEventListener(type: 'popstate', listener: () => void): void;
  /** Schedules a URL write (browserUrlEnv: after the next frame); without it, changes are written at once. */
  scheduleWrite?: (write: () => void) => void;
}

/** The URL writes waiting for their frame. */
const waiting = new Set<() => void>();

/** After the next frame has been drawn (a task queued from its animation frame callback), or at writeUrlNow. */
export function afterNextFrame(write: () => void): void {
  waiting.add(write);
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (waiting.delete(write)) write();
    }, 0),
  );
}

/** Writes every change still waiting for its frame: before the page reloads itself, so the reload keeps it. */
export function writeUrlNow(): void {
  for (const write of [...waiting]) {
    waiting.delete(write);
    write();
  }
}

/** The browser's URL and history, each change written after the frame that shows it. */
export function browserUrlEnv(): UrlEnv {
  return {
    history: window.history,
    location: window.location,
    addEventListener: (type, listener) => window.addEventListener(type, listener),
    removeEventListener: (type, listener) => window.removeEventListener(type, listener),
    scheduleWrite: afterNextFrame,
  };
}

const DEFAULT_LAYER_LIST: string[] = LAYER_GROUPS.filter((g) => DEFAULT_VISIBLE_LAYERS[g]);

/** The URL state of the store (what a shared link must carry). */
export function urlStateOf(state: AtlasState): Partial<UrlState> {
  const out: Partial<UrlState> = {
    lang: state.language,
    layers: LAYER_GROUPS.filter((g) => state.visibleLayers[g]),
  };
  if (state.selectedId) out.area = state.selectedId;
  else if (state.selectedLinkId) out.link = state.selectedLinkId;
  // `panel=area` / `panel=link` is implied by a selection (restoring `area` or `link` opens its panel): not written
  const implied =
    (state.panel === 'area' && state.selectedId) || (state.panel === 'link' && state.selectedLinkId);
  if (state.panel && !implied) out.panel = state.panel;
  if (state.panel === 'reader' && state.readerSection) out.sec = state.readerSection;
  if (state.panel === 'industry' && state.profileIndustry) out.industry = state.profileIndustry;
  out.ind = state.filter.industries;
  out.grp = state.filter.groups;
  out.fld = state.filter.fields;
  out.match = state.filter.match;
  out.kinds = state.filter.kinds;
  if (state.compareIds.length >= 2) out.cmp = state.compareIds;
  if (state.tourStop !== null) out.tour = state.tourStop + 1;
  if (state.embed) out.embed = true;
  return out;
}

/** The query string of the store's state ('' or '?…'); the default layer set is left out. */
export function queryOf(state: AtlasState): string {
  return serializeUrlState(urlStateOf(state), { defaults: { layers: DEFAULT_LAYER_LIST } });
}

/**
 * Puts a parsed URL state into the store. `full` (Back/Forward) also resets what the URL leaves out; on first load
 * an absent key keeps the app's own default (the browser's language, say).
 */
export function applyUrlState(store: AtlasStore, url: Partial<UrlState>, full: boolean): void {
  const s = store.getState();
  if (url.lang && url.lang !== s.language) s.setLanguage(url.lang);
  if (url.embed || full) s.setEmbed(url.embed ?? false);
  if (url.tour !== undefined) s.showTourStop(url.tour - 1);
  else if (full) s.endTour();
  if (url.layers || full) {
    const visible = new Set<string>(url.layers ?? DEFAULT_LAYER_LIST);
    for (const group of LAYER_GROUPS) store.getState().showLayer(group as LayerGroupId, visible.has(group));
  }
  const hasFilter = url.ind || url.grp || url.fld || url.match || url.kinds;
  if (hasFilter || full) {
    const current = store.getState().filter;
    const next = {
      industries: url.ind ?? [],
      groups: url.grp ?? [],
      fields: url.fld ?? [],
      match: url.match ?? 'any',
      kinds: url.kinds ?? [],
    };
    if (JSON.stringify(current) !== JSON.stringify(next)) s.setFilter(next);
  }
  if (url.cmp || full) {
    const next = url.cmp ?? [];
    if (next.join(',') !== store.getState().compareIds.join(',')) s.setCompare(next);
  }
  const area = url.area ?? null;
  const link = area === null ? (url.link ?? null) : null;
  const now = store.getState();
  // 'map' origin: no fly and no focus move; the camera comes from the URL's hash (or stays)
  if (area !== null) {
    if (area !== now.selectedId) now.selectArea(area, 'map');
  } else if (link !== null) {
    if (link !== now.selectedLinkId) now.selectLink(link, 'map');
  } else if (full && (now.selectedId !== null || now.selectedLinkId !== null)) now.clearSelection();
  const panel = url.panel ?? (area !== null ? 'area' : link !== null ? 'link' : null);
  if (url.sec) store.getState().setReaderSection(url.sec);
  if (panel === 'industry' && url.industry) {
    store.getState().openIndustry(url.industry);
    return;
  }
  if (panel === null) {
    if (full || url.panel !== undefined) store.getState().closePanel();
  } else store.getState().openPanel(panel);
}

/** The query the URL should have: our keys for `state`, then the foreign pairs the URL already carries. */
function queryFor(env: UrlEnv, state: AtlasState): string {
  return withForeignParams(queryOf(state), foreignParams(env.location.search));
}

function currentUrl(env: UrlEnv, query: string): string {
  return `${env.location.pathname}${query}${env.location.hash}`;
}

/**
 * Restores the store from the URL now, keeps the URL in step with the store, and applies Back/Forward.
 * Returns the cleanup. `onNotices` gets the values dropped from the URL (first load and each Back/Forward).
 */
export function bindUrlToStore(
  store: AtlasStore,
  known: UrlKnownIds,
  env: UrlEnv,
  onNotices: (notices: UrlNotice[]) => void = () => {},
): () => void {
  let applying = false;
  const restore = (full: boolean) => {
    const { state, notices } = parseUrlState(env.location.search, known);
    applying = true;
    try {
      applyUrlState(store, state, full);
    } finally {
      applying = false;
    }
    if (notices.length > 0) onNotices(notices);
    // what the URL says now (bad values dropped, foreign keys kept), written over the current entry
    const query = queryFor(env, store.getState());
    if (query !== env.location.search) env.history.replaceState(null, '', currentUrl(env, query));
    return query;
  };

  /** What is selected (an area or a link), the open panel and the tour's stop: a change of any is a new history entry. */
  const selectionOf = (state: AtlasState) =>
    `${state.selectedId ?? ''}|${state.selectedLinkId ?? ''}|${state.panel ?? ''}|${state.tourStop ?? ''}`;
  let written = restore(false);
  let writtenSelection = selectionOf(store.getState());

  /** True while a write is scheduled and not yet run (browserUrlEnv: until the next frame). */
  let pending = false;
  /** Writes the store's state as it is now; the changes since the last write are one history step. */
  const write = () => {
    pending = false;
    const state = store.getState();
    const query = queryFor(env, state);
    if (query === written) return;
    const url = currentUrl(env, query);
    if (selectionOf(state) !== writtenSelection) env.history.pushState(null, '', url);
    else env.history.replaceState(null, '', url);
    written = query;
    writtenSelection = selectionOf(state);
  };
  const unsubscribe = store.subscribe(() => {
    if (applying || pending) return;
    if (!env.scheduleWrite) return write();
    pending = true;
    env.scheduleWrite(() => {
      if (pending) write();
    });
  });

  const onPopState = () => {
    // the browser moved to another entry: a change not yet written is superseded by it
    pending = false;
    written = restore(true);
    writtenSelection = selectionOf(store.getState());
  };
  env.addEventListener('popstate', onPopState);

  return () => {
    if (pending) write();
    unsubscribe();
    env.removeEventListener('popstate', onPopState);
  };
}

export interface Place {
  origin: string;
  pathname: string;
  search: string;
  hash: string;
}

/** The address of the view with `embed` on or off (the camera and other sites' keys kept). */
export function viewUrl(place: Place, state: AtlasState, embed: boolean): string {
  const query = withForeignParams(queryOf({ ...state, embed }), foreignParams(place.search));
  return `${place.origin}${place.pathname}${query}${place.hash}`;
}
