// Two-way binding between the map and the store: pointer hover/click → store actions; store changes → feature
// state, visibility, label language, camera. Returns the cleanup.
import { Popup, type Map as MapLibreMap, type MapMouseEvent } from 'maplibre-gl';
import type { Area } from '../data/types';
import type { AtlasState, AtlasStore } from '../store/atlasStore';
import { selectFilterMarks } from '../store/selectors';
import { LAYER_GROUPS } from '../store/layerGroups';
import { pickName, translate } from '../i18n/i18n';
import { GROUP_LAYERS, INTERACTIVE_LAYERS, LABEL_LAYERS, SOURCE, type SourceId } from './layerIds';
import { labelTextField } from './layers';
import { setAttributionLanguage } from './createMap';
import { VIEW_BOUNDS, type Bbox } from './views';
import { framingFor } from './framing';
import { diffFilterMarks, type FilterMark } from './filterHighlight';

export interface BindingData {
  /** Sources holding each area's features (for feature-state). */
  sourcesById: ReadonlyMap<string, readonly SourceId[]>;
  /** Where to fly when an area is picked outside the map. */
  boundsById: ReadonlyMap<string, Bbox>;
  /** Frame the area already selected when the map starts (a link with ?area= but no usable #camera). */
  frameInitialSelection?: boolean;
}

const reducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

function tooltipNode(area: Area, state: AtlasState): HTMLElement {
  const [first, second] = pickName(state.language, area.name_zh, area.name_en);
  const root = document.createElement('div');
  const title = document.createElement('strong');
  title.textContent = first;
  const sub = document.createElement('span');
  sub.className = 'atlas-tooltip-sub';
  sub.textContent = second;
  const kind = document.createElement('span');
  kind.className = 'atlas-tooltip-kind';
  kind.textContent = translate(state.language, `kind.${area.kind}`);
  root.append(title, sub, kind);
  return root;
}

export function bindMapToStore(map: MapLibreMap, store: AtlasStore, data: BindingData): () => void {
  const { atlas, areasById } = store.getState().index;
  const popup = new Popup({
    closeButton: false,
    closeOnClick: false,
    className: 'atlas-tooltip',
    offset: 14,
    maxWidth: '280px',
  });

  const setState = (id: string | null, key: 'hover' | 'selected', value: boolean) => {
    if (!id) return;
    for (const source of data.sourcesById.get(id) ?? []) {
      if (map.getSource(source)) map.setFeatureState({ source, id }, { [key]: value });
    }
  };

  // industry filter: feature-state `match`/`dim` on the area's shapes, points and label; only changed areas are touched
  const labelled = new Set(atlas.areas.filter((a) => a.geometry !== 'none' && a.center).map((a) => a.id));
  let filterMarks: ReadonlyMap<string, FilterMark> = new Map();
  const applyFilter = (state: AtlasState) => {
    const next = selectFilterMarks(state);
    for (const [id, mark] of diffFilterMarks(filterMarks, next)) {
      const value = { match: mark === 'match', dim: mark === 'dim' };
      for (const source of data.sourcesById.get(id) ?? []) {
        if (map.getSource(source)) map.setFeatureState({ source, id }, value);
      }
      if (labelled.has(id) && map.getSource(SOURCE.labels))
        map.setFeatureState({ source: SOURCE.labels, id }, value);
    }
    filterMarks = next;
  };

  const areaAt = (e: MapMouseEvent): Area | undefined => {
    // skip hidden layers explicitly: a click right after a toggle may come before the map has repainted
    const layers = INTERACTIVE_LAYERS.filter(
      (l) => map.getLayer(l) && map.getLayoutProperty(l, 'visibility') !== 'none',
    );
    for (const f of map.queryRenderedFeatures(e.point, { layers })) {
      const area = areasById.get(String(f.properties?.id));
      if (area) return area;
    }
    return undefined;
  };

  const onMove = (e: MapMouseEvent) => {
    const area = areaAt(e);
    store.getState().hoverArea(area?.id ?? null);
    map.getCanvas().style.cursor = area ? 'pointer' : '';
    if (area) popup.setLngLat(e.lngLat).setDOMContent(tooltipNode(area, store.getState())).addTo(map);
    else popup.remove();
  };
  const onLeave = () => {
    store.getState().hoverArea(null);
    popup.remove();
    map.getCanvas().style.cursor = '';
  };
  const onClick = (e: MapMouseEvent) => {
    const area = areaAt(e);
    if (area) store.getState().selectArea(area.id, 'map');
    else store.getState().clearSelection();
  };
  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  map.on('click', onClick);

  let pendingFrame = 0;
  /** Runs after the browser has laid out the React update (the panel opening narrows the map), then re-frames. */
  const afterLayout = (fn: () => void) => {
    cancelAnimationFrame(pendingFrame);
    pendingFrame = requestAnimationFrame(() => {
      map.resize();
      fn();
    });
  };

  /** Frames a place in the smallest view that holds it (a 全国 partner switches the map to the China view). */
  const flyTo = (id: string) => {
    const bbox = data.boundsById.get(id);
    if (!bbox) return;
    const animate = !reducedMotion();
    const framing = framingFor(bbox, map.getZoom());
    store.getState().noteView(framing.view);
    if (framing.kind === 'point') {
      map.flyTo({ center: framing.center, zoom: framing.zoom, animate, essential: true });
    } else {
      map.fitBounds(framing.bounds, { padding: 48, maxZoom: framing.maxZoom, animate });
    }
  };

  const apply = (state: AtlasState, prev: AtlasState | null) => {
    if (!prev || state.selectedId !== prev.selectedId) {
      setState(prev?.selectedId ?? null, 'selected', false);
      setState(state.selectedId, 'selected', true);
    }
    if (
      prev &&
      state.selectionRequest !== prev.selectionRequest &&
      state.selectedId &&
      state.selectionOrigin === 'list'
    ) {
      const id = state.selectedId;
      afterLayout(() => flyTo(id));
    }
    if (!prev || state.filter !== prev.filter) applyFilter(state);
    if (!prev || state.hoveredId !== prev.hoveredId) {
      setState(prev?.hoveredId ?? null, 'hover', false);
      setState(state.hoveredId, 'hover', true);
    }
    if (prev && state.visibleLayers !== prev.visibleLayers) {
      for (const group of LAYER_GROUPS) {
        if (state.visibleLayers[group] === prev.visibleLayers[group]) continue;
        for (const layer of GROUP_LAYERS[group]) {
          if (map.getLayer(layer))
            map.setLayoutProperty(layer, 'visibility', state.visibleLayers[group] ? 'visible' : 'none');
        }
      }
    }
    if (prev && state.language !== prev.language) {
      for (const layer of LABEL_LAYERS) {
        if (map.getLayer(layer)) map.setLayoutProperty(layer, 'text-field', labelTextField(state.language));
      }
      setAttributionLanguage(map, state.language);
    }
    if (prev && state.viewRequest !== prev.viewRequest) {
      const bounds = VIEW_BOUNDS[state.view];
      afterLayout(() => map.fitBounds(bounds, { padding: 16, animate: !reducedMotion() }));
    }
  };

  // feature-state needs the sources loaded: apply the initial selection once the style is in
  const applyInitial = () => {
    apply(store.getState(), null);
    const id = store.getState().selectedId;
    if (data.frameInitialSelection && id) afterLayout(() => flyTo(id));
  };
  if (map.isStyleLoaded()) applyInitial();
  else map.once('load', applyInitial);
  const unsubscribe = store.subscribe((state, prev) => apply(state, prev));

  return () => {
    unsubscribe();
    cancelAnimationFrame(pendingFrame);
    map.off('mousemove', onMove);
    map.off('mouseout', onLeave);
    map.off('click', onClick);
    map.off('load', applyInitial);
    popup.remove();
  };
}
