// Two-way binding between the map and the store: pointer hover/click → store actions; store changes → feature
// state, visibility, label language, camera. Returns the cleanup.
import { Popup, type LngLatLike, type Map as MapLibreMap, type MapMouseEvent } from 'maplibre-gl';
import type { Area, Link } from '../data/types';
import { standInsFor } from '../data/standIns';
import { VIEW_IDS, type AtlasState, type AtlasStore, type ViewId } from '../store/atlasStore';
import { selectFilterMarks } from '../store/selectors';
import { selectTourStop } from '../store/tourSlice';
import { LAYER_GROUPS } from '../store/layerGroups';
import { linkName, pickName, translate } from '../i18n/i18n';
import {
  GROUP_LAYERS,
  INTERACTIVE_LAYERS,
  LAYER,
  LABEL_LAYERS,
  LINK_LAYERS,
  SOURCE,
  type SourceId,
} from './layerIds';
import { labelTextFor } from './layers';
import { linkArcIds } from './features';
import { setAttributionLanguage } from './createMap';
import { VIEW_BOUNDS, VIEW_PADDING, type Bbox } from './views';
import { framingFor, paddingBeside, shiftClearOfFoot, viewOfCamera } from './framing';
import { diffFilterMarks, type FilterMark } from './filterHighlight';
import { onStyleRestored, styleReady } from './styleReady';
import { resizeIfChanged } from './containerSize';

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
  return tooltipOf(first, second, translate(state.language, `kind.${area.kind}`));
}

/** A link's tooltip: both ends in the current language, then in the other one, and the kind of link. */
function linkTooltipNode(link: Link, state: AtlasState): HTMLElement {
  const { areasById } = state.index;
  const [from, to] = [areasById.get(link.from), areasById.get(link.to)];
  const other = state.language === 'zh' ? 'en' : 'zh';
  const root = tooltipOf(
    linkName(state.language, from, to),
    linkName(other, from, to),
    translate(state.language, `layers.${link.kind}`),
  );
  root.classList.add('atlas-tooltip-link');
  return root;
}

function tooltipOf(first: string, second: string, kindText: string): HTMLElement {
  const root = document.createElement('div');
  const title = document.createElement('strong');
  title.textContent = first;
  const sub = document.createElement('span');
  sub.className = 'atlas-tooltip-sub';
  sub.textContent = second;
  const kind = document.createElement('span');
  kind.className = 'atlas-tooltip-kind';
  kind.textContent = kindText;
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

  const setState = (
    id: string | null,
    key: 'hover' | 'selected' | 'standin' | 'featured',
    value: boolean,
  ) => {
    if (!id || !styleReady(map)) return;
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

  // link arcs: one arc per pair of ends, named by its first link; feature-state goes on the arc
  const linksById = new Map(atlas.links.map((l) => [l.id, l]));
  const arcOfLink = linkArcIds(atlas);
  const setLinkState = (linkId: string | null, key: 'hover' | 'selected', value: boolean) => {
    const arc = linkId ? arcOfLink.get(linkId) : undefined;
    if (arc && styleReady(map) && map.getSource(SOURCE.links))
      map.setFeatureState({ source: SOURCE.links, id: arc }, { [key]: value });
  };
  const linkLayers = new Set<string>(LINK_LAYERS);

  /** Pixels around the pointer within which it is on a drawn arc (the arcs are 1–2 px wide). */
  const ARC_TOLERANCE = 3;
  /** True when the drawn arc of `linkId` passes within ARC_TOLERANCE px of `point`. */
  const onDrawnArc = (point: MapMouseEvent['point'], linkId: string) =>
    map
      .queryRenderedFeatures(
        [
          [point.x - ARC_TOLERANCE, point.y - ARC_TOLERANCE],
          [point.x + ARC_TOLERANCE, point.y + ARC_TOLERANCE],
        ],
        { layers: [LAYER.links] },
      )
      .some((f) => String(f.properties?.id) === linkId);

  /** True when box `inner` lies within box `outer`. */
  const within = (inner: Bbox, outer: Bbox) =>
    inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
  /** True when area `a` lies within area `b` and is smaller (by their boxes). */
  const inside = (a: string, b: string) => {
    const [boxA, boxB] = [data.boundsById.get(a), data.boundsById.get(b)];
    return !!boxA && !!boxB && within(boxA, boxB) && !within(boxB, boxA);
  };

  /**
   * What the pointer is on: the link when an arc is the topmost thing there, else the topmost area; `areaIds` are
   * every selectable area under the point, topmost first (so a click can offer the others), except that an area lying
   * within another comes before it (北京经济技术开发区 inside the cluster zone that holds it). The arcs' wide hit area
   * gives way to an area under it unless the pointer is on the drawn arc itself: the arcs fan out from the centre of
   * Beijing over its zones and districts, which a click inside them means. A finger is too broad for that: a tap on
   * an area is the area's (its panel lists its links).
   */
  const pickAt = (e: MapMouseEvent): { link: Link | null; area: Area | null; areaIds: string[] } => {
    // nothing is drawn while the WebGL context is lost
    if (!styleReady(map)) return { link: null, area: null, areaIds: [] };
    // skip hidden layers explicitly: a click right after a toggle may come before the map has repainted
    const layers = [...INTERACTIVE_LAYERS, ...LINK_LAYERS].filter(
      (l) => map.getLayer(l) && map.getLayoutProperty(l, 'visibility') !== 'none',
    );
    const areaIds: string[] = [];
    let link: Link | null = null;
    for (const f of map.queryRenderedFeatures(e.point, { layers })) {
      const id = String(f.properties?.id);
      if (f.layer && linkLayers.has(f.layer.id)) {
        if (areaIds.length === 0 && !link) link = linksById.get(id) ?? null;
      } else if (areasById.has(id) && !areaIds.includes(id)) areaIds.push(id);
    }
    for (let i = 1; i < areaIds.length; i++)
      for (let j = i; j > 0 && inside(areaIds[j], areaIds[j - 1]); j--)
        [areaIds[j - 1], areaIds[j]] = [areaIds[j], areaIds[j - 1]];
    const touch = (e.originalEvent as PointerEvent | undefined)?.pointerType === 'touch';
    if (link && areaIds.length > 0 && (touch || !onDrawnArc(e.point, link.id))) link = null;
    const area = link ? null : (areasById.get(areaIds[0]) ?? null);
    return { link, area, areaIds };
  };

  let hoveredLink: string | null = null;
  const hoverLink = (id: string | null) => {
    if (id === hoveredLink) return;
    setLinkState(hoveredLink, 'hover', false);
    setLinkState(id, 'hover', true);
    hoveredLink = id;
  };

  const onMove = (e: MapMouseEvent) => {
    const { link, area } = pickAt(e);
    store.getState().hoverArea(area?.id ?? null);
    hoverLink(link?.id ?? null);
    map.getCanvas().style.cursor = area || link ? 'pointer' : '';
    const node = link
      ? linkTooltipNode(link, store.getState())
      : area
        ? tooltipNode(area, store.getState())
        : null;
    if (node) popup.setLngLat(e.lngLat).setDOMContent(node).addTo(map);
    else popup.remove();
  };
  const onLeave = () => {
    store.getState().hoverArea(null);
    hoverLink(null);
    popup.remove();
    map.getCanvas().style.cursor = '';
  };
  const onClick = (e: MapMouseEvent) => {
    // the panel names what was picked; a tap on a touch screen would leave the tooltip standing (no pointer leaves)
    popup.remove();
    if (!styleReady(map)) return;
    const { link, area, areaIds } = pickAt(e);
    if (link) store.getState().selectLink(link.id, 'map');
    else if (area) store.getState().selectArea(area.id, 'map', areaIds);
    else store.getState().clearSelection();
    if (link || area) keepTapInSight(e.lngLat);
  };
  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  map.on('click', onClick);

  let pendingFrame = 0;
  /** Runs after the browser has laid out the React update (the panel opening narrows the map), then re-frames. */
  const afterLayout = (fn: () => void) => {
    cancelAnimationFrame(pendingFrame);
    pendingFrame = requestAnimationFrame(() => {
      resizeIfChanged(map);
      fn();
    });
  };

  /** The areas that show the selected area where it is not drawn itself (its parts, or its host). */
  const standInsOf = (id: string | null): string[] =>
    id && !data.boundsById.has(id) ? standInsFor(store.getState().index, id).ids : [];

  /** What to frame for the selection: the area (or what stands in for it), or both ends of the link. */
  const framedIds = (state: AtlasState): string[] => {
    if (state.selectedLinkId) {
      const link = linksById.get(state.selectedLinkId);
      return link ? [link.from, link.to] : [];
    }
    if (!state.selectedId) return [];
    return data.boundsById.has(state.selectedId) ? [state.selectedId] : standInsOf(state.selectedId);
  };

  /** Frames places (the union of their boxes) in the smallest view that holds them (a 全国 partner: China). */
  const flyTo = (ids: readonly string[]) => {
    heldView = null;
    const boxes = ids.map((id) => data.boundsById.get(id)).filter((b): b is Bbox => b !== undefined);
    if (boxes.length === 0) return;
    const bbox: Bbox = [
      Math.min(...boxes.map((b) => b[0])),
      Math.min(...boxes.map((b) => b[1])),
      Math.max(...boxes.map((b) => b[2])),
      Math.max(...boxes.map((b) => b[3])),
    ];
    const animate = !reducedMotion();
    const framing = framingFor(bbox, map.getZoom());
    store.getState().noteView(framing.view);
    // the tour card or a phone's sheet covers part of the map: frame the places beside it, not under it
    const padding = paddingBeside(map.getContainer().getBoundingClientRect(), coverOfMap());
    if (framing.kind === 'point') {
      map.flyTo({ center: framing.center, zoom: framing.zoom, padding, animate, essential: true });
    } else {
      map.fitBounds(framing.bounds, { padding, maxZoom: framing.maxZoom, animate });
    }
  };

  const tourCard = () => map.getContainer().parentElement?.querySelector('.tour-card') ?? null;
  /**
   * What covers part of the map: the tour card, else the open panel where it is a sheet over the map (the phone
   * layout fixes it to the screen's foot).
   */
  const coverOfMap = (): DOMRect | null => {
    const card = tourCard();
    if (card) return card.getBoundingClientRect();
    const sheet = document.querySelector('.panel-host');
    return sheet && getComputedStyle(sheet).position === 'fixed' ? sheet.getBoundingClientRect() : null;
  };
  /**
   * A place tapped where the sheet that opens for it then hides it: once the sheet is laid out, the map pans it up into
   * sight (a frame of its own: the framings waiting for a frame go on).
   */
  let tapFrame = 0;
  const keepTapInSight = (tapped: LngLatLike) => {
    cancelAnimationFrame(tapFrame);
    tapFrame = requestAnimationFrame(() => {
      resizeIfChanged(map);
      const mapRect = map.getContainer().getBoundingClientRect();
      const shift = shiftClearOfFoot(mapRect.top + map.project(tapped).y, mapRect, coverOfMap());
      if (shift === 0) return;
      heldView = null;
      map.panBy([0, shift], { animate: !reducedMotion() });
    });
  };
  /** Runs `fn` once the tour card is on the page (its chunk may still be loading), or after half a second without it. */
  const withTourCard = (fn: () => void, frames = 30) => {
    if (tourCard() || frames === 0) fn();
    else pendingFrame = requestAnimationFrame(() => withTourCard(fn, frames - 1));
  };

  /** Ids as the map draws them (what stands in for those not drawn themselves). */
  const drawnIds = (ids: readonly string[]): string[] =>
    ids.flatMap((id) => (data.boundsById.has(id) ? [id] : standInsOf(id)));
  /** The places of the tour's stop. */
  const tourPlaces = (state: AtlasState | null): string[] => {
    const stop = state ? selectTourStop(state) : null;
    return stop ? drawnIds(stop.places) : [];
  };
  /** The places the map puts forward: the tour stop's, else the compared areas while Compare is open. */
  const featuredPlaces = (state: AtlasState | null): string[] => {
    if (!state) return [];
    if (state.tourStop !== null) return tourPlaces(state);
    return state.panel === 'compare' ? drawnIds(state.compareIds) : [];
  };

  /** Layer visibility and label language: the style holds them, so they change only against the state it shows. */
  const applyLayout = (state: AtlasState, prev: AtlasState) => {
    if (state.visibleLayers !== prev.visibleLayers) {
      for (const group of LAYER_GROUPS) {
        if (state.visibleLayers[group] === prev.visibleLayers[group]) continue;
        for (const layer of GROUP_LAYERS[group]) {
          if (map.getLayer(layer))
            map.setLayoutProperty(layer, 'visibility', state.visibleLayers[group] ? 'visible' : 'none');
        }
      }
    }
    if (state.language !== prev.language) {
      for (const layer of LABEL_LAYERS) {
        if (map.getLayer(layer))
          map.setLayoutProperty(layer, 'text-field', labelTextFor(layer, state.language));
      }
      setAttributionLanguage(map, state.language);
    }
  };

  const apply = (state: AtlasState, prev: AtlasState | null) => {
    if (
      !prev ||
      state.tourStop !== prev.tourStop ||
      state.panel !== prev.panel ||
      state.compareIds !== prev.compareIds
    ) {
      const before = featuredPlaces(prev);
      const places = featuredPlaces(state);
      if (!prev || before.join() !== places.join()) {
        for (const id of before) setState(id, 'featured', false);
        for (const id of places) setState(id, 'featured', true);
      }
    }
    if (prev && state.tourStop !== prev.tourStop) {
      const places = tourPlaces(state);
      if (places.length > 0) afterLayout(() => withTourCard(() => flyTo(places)));
    }
    if (!prev || state.selectedId !== prev.selectedId) {
      setState(prev?.selectedId ?? null, 'selected', false);
      for (const id of standInsOf(prev?.selectedId ?? null)) setState(id, 'standin', false);
      setState(state.selectedId, 'selected', true);
      for (const id of standInsOf(state.selectedId)) setState(id, 'standin', true);
    }
    if (!prev || state.selectedLinkId !== prev.selectedLinkId) {
      setLinkState(prev?.selectedLinkId ?? null, 'selected', false);
      setLinkState(state.selectedLinkId, 'selected', true);
    }
    if (prev && state.selectionRequest !== prev.selectionRequest && state.selectionOrigin === 'list') {
      const ids = framedIds(state);
      if (ids.length > 0) afterLayout(() => flyTo(ids));
    }
    if (!prev || state.filter !== prev.filter) applyFilter(state);
    if (!prev || state.hoveredId !== prev.hoveredId) {
      setState(prev?.hoveredId ?? null, 'hover', false);
      setState(state.hoveredId, 'hover', true);
    }
    if (prev) applyLayout(state, prev);
    if (prev && state.fitRequest && state.fitRequest !== prev.fitRequest) {
      const ids = state.fitRequest.ids.flatMap((id) => (data.boundsById.has(id) ? [id] : standInsOf(id)));
      if (ids.length > 0) afterLayout(() => flyTo(ids));
    }
    if (prev && state.viewRequest !== prev.viewRequest) {
      const bounds = VIEW_BOUNDS[state.view];
      const request = state.viewRequest;
      afterLayout(() => {
        heldView = bounds;
        // a camera move the user did not make (a resize, a late camera write) may cut the flight short: the view
        // switch still ends on the whole view. Listening before the move: without animation it ends inside fitBounds.
        // Once the view is let go (the user moved the map, a place was framed), a later move is not the switch's.
        map.once('moveend', (e: { originalEvent?: unknown }) => {
          if (e.originalEvent || heldView !== bounds || store.getState().viewRequest !== request) return;
          const camera = map.cameraForBounds(bounds, { padding: VIEW_PADDING });
          if (camera?.zoom !== undefined && Math.abs(map.getZoom() - camera.zoom) > 0.05) map.jumpTo(camera);
        });
        map.fitBounds(bounds, { padding: VIEW_PADDING, animate: !reducedMotion() });
      });
    }
  };

  // feature-state needs the sources loaded: apply the initial selection once the style is in
  // the view switch holds its view through a resize of the map (the header rewrapping, the panel opening) until the
  // user moves the map or another place is framed
  let heldView: Bbox | null = null;
  const releaseView = (e: { originalEvent?: unknown }) => {
    if (e.originalEvent) heldView = null;
  };
  const keepView = () => {
    const camera = heldView ? map.cameraForBounds(heldView, { padding: VIEW_PADDING }) : undefined;
    if (camera) map.jumpTo(camera);
  };
  map.on('movestart', releaseView);
  map.on('resize', keepView);

  // the view follows the camera, whoever moved it (a zoom out to the whole country shows the schematic caption and
  // presses 全国), and a camera from the URL shows its view from the start
  const noteCameraView = () => {
    const fitted = Object.fromEntries(
      VIEW_IDS.map((view) => [
        view,
        map.cameraForBounds(VIEW_BOUNDS[view], { padding: VIEW_PADDING })?.zoom ?? -Infinity,
      ]),
    ) as Record<ViewId, number>;
    const { lng, lat } = map.getCenter();
    store.getState().noteView(viewOfCamera([lng, lat], map.getZoom(), fitted));
  };
  map.on('moveend', noteCameraView);
  map.once('load', noteCameraView);

  // the state the map shows; the store's changes are applied against it once the style can take them
  const created = store.getState();
  let shown: AtlasState | null = null;
  const applyInitial = () => {
    const state = store.getState();
    shown = state;
    apply(state, null);
    applyLayout(state, created);
    // a tour stop in the URL frames its places; else the selection
    const places = tourPlaces(state);
    const ids = places.length > 0 ? places : framedIds(state);
    if (data.frameInitialSelection && ids.length > 0)
      afterLayout(() => (places.length > 0 ? withTourCard(() => flyTo(ids)) : flyTo(ids)));
  };
  if (map.isStyleLoaded()) applyInitial();
  else map.once('load', applyInitial);
  const unsubscribe = store.subscribe((state) => {
    if (!shown || !styleReady(map)) return;
    // set first: applying may change the store again (noting the view), which applies against this state
    const prev = shown;
    shown = state;
    apply(state, prev);
  });
  // the style rebuilt after a lost WebGL context has no feature-state, and the layout of the moment it was lost
  const unrestored = onStyleRestored(map, () => {
    if (!shown) return;
    const [state, prev] = [store.getState(), shown];
    shown = state;
    filterMarks = new Map();
    apply(state, null);
    applyLayout(state, prev);
  });

  return () => {
    map.off('movestart', releaseView);
    map.off('resize', keepView);
    map.off('moveend', noteCameraView);
    map.off('load', noteCameraView);
    unsubscribe();
    unrestored();
    cancelAnimationFrame(pendingFrame);
    cancelAnimationFrame(tapFrame);
    map.off('mousemove', onMove);
    map.off('mouseout', onLeave);
    map.off('click', onClick);
    map.off('load', applyInitial);
    popup.remove();
  };
}
