// @vitest-environment jsdom
// The store → map binding against a fake map: feature state, visibility, label language, camera, pointer events.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Atlas } from '../data/types';
import { createTestStore } from '../../tests/support/atlasFixtures';
import { bindMapToStore } from './bindMapToStore';
import { GROUP_LAYERS, LABEL_LAYERS, LAYER, SOURCE } from './layerIds';
import { labelTextFor } from './layers';

vi.mock('maplibre-gl', () => ({
  Popup: class {
    setLngLat() {
      return this;
    }
    setDOMContent(node: HTMLElement) {
      (globalThis as { lastTooltip?: HTMLElement }).lastTooltip = node;
      return this;
    }
    addTo() {
      return this;
    }
    remove() {
      (globalThis as { lastTooltip?: HTMLElement }).lastTooltip = undefined;
      return this;
    }
  },
}));

const atlas = JSON.parse(readFileSync('tests/fixtures/atlas-mini.json', 'utf8')) as Atlas;

type Handler = (e: unknown) => void;

type Rendered = { properties: { id: string }; layer?: { id: string } };

function fakeMap(rendered: Rendered[] = []) {
  const handlers = new Map<string, Handler>();
  const layout = new Map<string, unknown>();
  const map = {
    featureState: new Map<string, Record<string, boolean>>(),
    layout,
    fitBounds: vi.fn(),
    flyTo: vi.fn(),
    resize: vi.fn(),
    getZoom: () => 8,
    getContainer: () => document.createElement('div'),
    isStyleLoaded: () => true,
    /** MapLibre's style: null while the WebGL context is lost, `_loaded` once it has been (re)built. */
    style: { _loaded: true } as { _loaded: boolean } | null,
    once: vi.fn(),
    on: (type: string, fn: Handler) => handlers.set(type, fn),
    off: (type: string) => handlers.delete(type),
    fire: (type: string, e: unknown) => handlers.get(type)?.(e),
    handlers,
    getSource: () => ({}),
    getLayer: () => ({}),
    getCanvas: () => ({ style: {} as Record<string, string> }),
    project: () => ({ x: 0, y: 0 }),
    queryRenderedFeatures: vi.fn(() => rendered),
    setFeatureState: ({ source, id }: { source: string; id: string }, state: Record<string, boolean>) => {
      const key = `${source}/${id}`;
      map.featureState.set(key, { ...map.featureState.get(key), ...state });
    },
    getLayoutProperty: (layer: string, name: string) => layout.get(`${layer}.${name}`),
    setLayoutProperty: (layer: string, name: string, value: unknown) => layout.set(`${layer}.${name}`, value),
  };
  return map;
}

const bindingData = {
  sourcesById: new Map([
    ['haidian', [SOURCE.districts]],
    ['zgc-science-city', [SOURCE.zones]],
    ['zgc-haidian', [SOURCE.zones, SOURCE.points]],
  ] as const),
  boundsById: new Map<string, [number, number, number, number]>([
    ['haidian', [116.05, 39.9, 116.4, 40.16]],
    ['zgc-haidian', [116.31, 39.98, 116.31, 39.98]],
    ['shanghai', [121.47, 31.23, 121.47, 31.23]],
    ['xiongan', [115.8, 38.8, 116.2, 39.2]],
  ]),
};

beforeEach(() => {
  vi.stubGlobal('requestAnimationFrame', (fn: FrameRequestCallback) => {
    fn(0);
    return 1;
  });
});
afterEach(() => vi.unstubAllGlobals());

function setup(rendered?: Rendered[], atlasUsed: Atlas = atlas) {
  const map = fakeMap(rendered);
  const store = createTestStore({ atlas: atlasUsed, language: 'zh' });
  const cleanup = bindMapToStore(map as unknown as MapLibreMap, store, bindingData);
  return { map, store, cleanup };
}

describe('bindMapToStore', () => {
  it('marks the selected area in every source that holds it and unmarks the previous one', () => {
    const { map, store } = setup();
    store.getState().selectArea('zgc-haidian', 'map');
    expect(map.featureState.get('zones/zgc-haidian')).toEqual({ selected: true });
    expect(map.featureState.get('atlas-points/zgc-haidian')).toEqual({ selected: true });
    store.getState().selectArea('haidian', 'map');
    expect(map.featureState.get('zones/zgc-haidian')).toEqual({ selected: false });
    expect(map.featureState.get('districts/haidian')).toEqual({ selected: true });
  });

  it('flies to a list pick but not to a map click', () => {
    const { map, store } = setup();
    store.getState().selectArea('haidian', 'map');
    expect(map.fitBounds).not.toHaveBeenCalled();
    store.getState().selectArea('haidian', 'list');
    store.getState().selectArea('zgc-haidian', 'list');
    expect(map.fitBounds).toHaveBeenCalledWith(
      [116.05, 39.9, 116.4, 40.16],
      expect.objectContaining({ padding: { top: 48, right: 48, bottom: 48, left: 48 } }),
    );
    expect(map.flyTo).toHaveBeenCalledWith(expect.objectContaining({ center: [116.31, 39.98], zoom: 11 }));
  });

  it('frames an area selected before the map started only when asked (a link with ?area= and no #camera)', () => {
    for (const frameInitialSelection of [false, true]) {
      const map = fakeMap();
      const store = createTestStore({ atlas, language: 'zh' });
      store.getState().selectArea('haidian', 'map');
      bindMapToStore(map as unknown as MapLibreMap, store, { ...bindingData, frameInitialSelection });
      expect(map.fitBounds).toHaveBeenCalledTimes(frameInitialSelection ? 1 : 0);
    }
  });

  it('frames a place outside Beijing in the view that holds it, and says so in the store', () => {
    const { map, store } = setup();
    store.getState().selectArea('shanghai', 'list');
    expect(store.getState().view).toBe('china');
    expect(map.flyTo).toHaveBeenCalledWith(expect.objectContaining({ center: [121.47, 31.23], zoom: 5 }));
    store.getState().selectArea('xiongan', 'list');
    expect(store.getState().view).toBe('region');
    expect(map.fitBounds).toHaveBeenLastCalledWith(
      [115.8, 38.8, 116.2, 39.2],
      expect.objectContaining({ maxZoom: 8.5 }),
    );
    // noting the view does not re-frame the map on the view's own bounds
    expect(map.fitBounds).toHaveBeenCalledTimes(1);
  });

  it('frames a place named by a link without a camera, outside Beijing too', () => {
    const map = fakeMap();
    const store = createTestStore({ atlas, language: 'zh' });
    store.getState().selectArea('shanghai', 'map');
    bindMapToStore(map as unknown as MapLibreMap, store, { ...bindingData, frameInitialSelection: true });
    expect(store.getState().view).toBe('china');
    expect(map.flyTo).toHaveBeenCalledWith(expect.objectContaining({ center: [121.47, 31.23], zoom: 5 }));
  });

  it('fits the map to a set of places (the filter results) in the view that holds them all', () => {
    const { map, store } = setup();
    store.getState().fitToAreas(['haidian', 'xiongan']);
    expect(map.fitBounds).toHaveBeenLastCalledWith(
      [115.8, 38.8, 116.4, 40.16],
      expect.objectContaining({ maxZoom: 8.5 }),
    );
    expect(store.getState().view).toBe('region');
    store.getState().fitToAreas(['haidian', 'shanghai']);
    expect(store.getState().view).toBe('china');
    expect(map.fitBounds).toHaveBeenCalledTimes(2);
  });

  it('hides and shows exactly the layers of a toggled group', () => {
    const { map, store } = setup();
    store.getState().toggleLayer('water');
    for (const layer of GROUP_LAYERS.water) expect(map.layout.get(`${layer}.visibility`)).toBe('none');
    expect(map.layout.has(`${LAYER.districtsFill}.visibility`)).toBe(false);
    store.getState().toggleLayer('water');
    for (const layer of GROUP_LAYERS.water) expect(map.layout.get(`${layer}.visibility`)).toBe('visible');
  });

  it('switches every label layer to the new language', () => {
    const { map, store } = setup();
    store.getState().setLanguage('en');
    for (const layer of LABEL_LAYERS)
      expect(map.layout.get(`${layer}.text-field`)).toEqual(labelTextFor(layer, 'en'));
  });

  it('holds changes while the WebGL context is lost and re-applies the whole state to the rebuilt style', () => {
    const { map, store } = setup([{ properties: { id: 'haidian' } }]);
    store.getState().selectArea('zgc-haidian', 'map');
    map.style = null;
    // nothing reaches a map without a style (MapLibre would throw), and a click on the blank map changes nothing
    store.getState().selectArea('haidian', 'list');
    store.getState().toggleLayer('water');
    map.fire('click', { point: { x: 1, y: 1 } });
    expect(map.featureState.get('districts/haidian')).toBeUndefined();
    expect(map.layout.size).toBe(0);
    expect(store.getState().selectedId).toBe('haidian');
    // the rebuilt style has no feature-state and the layout of the moment the context was lost
    map.featureState.clear();
    map.style = { _loaded: true };
    map.fire('webglcontextrestored', {});
    expect(map.featureState.get('districts/haidian')).toEqual({ selected: true });
    expect(map.featureState.has('zones/zgc-haidian')).toBe(false);
    for (const layer of GROUP_LAYERS.water) expect(map.layout.get(`${layer}.visibility`)).toBe('none');
  });

  it('frames the requested view', () => {
    const { map, store } = setup();
    store.getState().showView('china');
    expect(map.fitBounds).toHaveBeenCalledWith([73.4, 3.2, 135.2, 53.6], expect.anything());
  });

  it('with reduced motion, a view switch does not undo the next place the visitor picks', () => {
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: q.includes('reduce') }));
    const { map, store } = setup();
    // without animation MapLibre ends a move inside the call that makes it
    const onceHandlers: Handler[] = [];
    map.once.mockImplementation((type: string, fn: Handler) => {
      if (type === 'moveend') onceHandlers.push(fn);
    });
    const endMove = () => onceHandlers.splice(0).forEach((fn) => fn({}));
    const jumpTo = vi.fn();
    Object.assign(map, {
      jumpTo,
      getZoom: () => 4,
      cameraForBounds: () => ({ zoom: 4, center: [104, 35] }),
    });
    map.fitBounds.mockImplementation(endMove);
    map.flyTo.mockImplementation(endMove);
    store.getState().showView('china');
    expect(map.fitBounds).toHaveBeenCalledTimes(1);
    // the visitor picks Haidian from the list: the map frames it, and the view switch must not jump back to China
    Object.assign(map, { getZoom: () => 10 });
    store.getState().selectArea('haidian', 'list');
    expect(map.fitBounds).toHaveBeenCalledTimes(2);
    expect(jumpTo).not.toHaveBeenCalled();
  });

  it('the view follows the camera, whoever moved it: zoomed out to the country it is China', () => {
    const { map, store } = setup();
    let camera = { center: { lng: 116.39, lat: 39.9 }, zoom: 8.6 };
    // the zooms at which Beijing, the region and China fit the map
    const fitted = [8.6, 6.9, 3.4];
    Object.assign(map, {
      getCenter: () => camera.center,
      getZoom: () => camera.zoom,
      cameraForBounds: (b: number[]) => ({ zoom: fitted[[115.42, 113.45, 73.4].indexOf(b[0])] }),
    });
    camera = { center: { lng: 105, lat: 35 }, zoom: 3.5 };
    map.fire('moveend', {});
    expect(store.getState().view).toBe('china');
    camera = { center: { lng: 116.3, lat: 39.95 }, zoom: 11 };
    map.fire('moveend', {});
    expect(store.getState().view).toBe('beijing');
    camera = { center: { lng: 117.2, lat: 39.1 }, zoom: 9 };
    map.fire('moveend', {});
    expect(store.getState().view).toBe('region');
  });

  it('a click selects the topmost area under the pointer, a click on nothing clears', () => {
    const { map, store } = setup([
      { properties: { id: 'not-an-area' } },
      { properties: { id: 'zgc-science-city' } },
    ]);
    map.fire('click', { point: { x: 1, y: 1 } });
    expect(store.getState()).toMatchObject({ selectedId: 'zgc-science-city', selectionOrigin: 'map' });
    map.queryRenderedFeatures.mockReturnValue([]);
    map.fire('click', { point: { x: 1, y: 1 } });
    expect(store.getState().selectedId).toBeNull();
  });

  it('does not query hidden layers', () => {
    const { map, store } = setup();
    store.getState().toggleLayer('three-cities');
    map.fire('click', { point: { x: 1, y: 1 } });
    const layers = (map.queryRenderedFeatures.mock.calls[0] as unknown as [unknown, { layers: string[] }])[1]
      .layers;
    expect(layers).not.toContain(LAYER.zonesFill);
    expect(layers).toContain(LAYER.districtsFill);
  });

  it('the industry filter marks matches and dims the rest (shape, point and label), and clears when emptied', () => {
    const { map, store } = setup();
    store.getState().toggleIndustry('ai');
    expect(map.featureState.get('zones/zgc-science-city')).toEqual({ match: true, dim: false });
    expect(map.featureState.get('labels/zgc-science-city')).toEqual({ match: true, dim: false });
    expect(map.featureState.get('atlas-points/zgc-haidian')).toEqual({ match: false, dim: true });
    expect(map.featureState.get('districts/haidian')).toEqual({ match: true, dim: false });
    store.getState().setMatch('all');
    store.getState().toggleIndustry('quantum');
    expect(map.featureState.get('districts/haidian')).toEqual({ match: false, dim: true });
    store.getState().clearFilter();
    expect(map.featureState.get('zones/zgc-science-city')).toEqual({ match: false, dim: false });
    expect(map.featureState.get('districts/haidian')).toEqual({ match: false, dim: false });
  });

  it('a filter change touches only the areas whose mark changed', () => {
    const { map, store } = setup();
    store.getState().toggleIndustry('ai');
    const spy = vi.spyOn(map, 'setFeatureState');
    store.getState().setKinds(['district', 'three-cities-one-district']);
    // zgc-science-city and haidian still match: only the platform/sub-park marks are unchanged too -> no calls
    expect(spy).not.toHaveBeenCalled();
    store.getState().setKinds(['district']);
    expect(spy.mock.calls.map((c) => (c[0] as { id: string }).id).sort()).toEqual([
      'zgc-science-city',
      'zgc-science-city',
    ]);
  });

  it('hover sets the hovered id and its feature state; cleanup stops listening', () => {
    const { map, store, cleanup } = setup([{ properties: { id: 'haidian' } }]);
    map.fire('mousemove', { point: { x: 1, y: 1 }, lngLat: { lng: 116.2, lat: 40 } });
    expect(store.getState().hoveredId).toBe('haidian');
    expect(map.featureState.get('districts/haidian')).toMatchObject({ hover: true });
    cleanup();
    expect(map.handlers.size).toBe(0);
    store.getState().selectArea('zgc-science-city');
    expect(map.featureState.get('zones/zgc-science-city')).toBeUndefined();
  });

  const arc = (id: string): Rendered => ({ properties: { id }, layer: { id: LAYER.linksHit } });
  const lastTooltip = () => (globalThis as { lastTooltip?: HTMLElement }).lastTooltip;

  it('hovering an arc highlights it and shows both ends and the kind; leaving clears the highlight', () => {
    const { map, store } = setup([arc('link-shanghai'), { properties: { id: 'haidian' } }]);
    map.fire('mousemove', { point: { x: 1, y: 1 }, lngLat: { lng: 118, lat: 35 } });
    expect(map.featureState.get('links/link-shanghai')).toEqual({ hover: true });
    expect(store.getState().hoveredId).toBeNull();
    expect(lastTooltip()?.textContent).toBe(
      '中关村科学城 — 上海Zhongguancun Science City — Shanghai全国合作',
    );
    store.getState().setLanguage('en');
    map.queryRenderedFeatures.mockReturnValue([arc('link-xiongan')]);
    map.fire('mousemove', { point: { x: 1, y: 1 }, lngLat: { lng: 116, lat: 39.5 } });
    expect(map.featureState.get('links/link-shanghai')).toEqual({ hover: false });
    expect(lastTooltip()?.querySelector('strong')?.textContent).toBe(
      "Zhongguancun Science City — Zhongguancun Science Park in Xiong'an",
    );
    map.fire('mouseout', {});
    expect(map.featureState.get('links/link-xiongan')).toEqual({ hover: false });
  });

  it('a click on an arc selects the link and marks its arc; a point drawn above the arc wins', () => {
    const { map, store } = setup([arc('link-xiongan'), { properties: { id: 'zgc-science-city' } }]);
    map.fire('click', { point: { x: 1, y: 1 } });
    expect(store.getState()).toMatchObject({
      selectedLinkId: 'link-xiongan',
      selectedId: null,
      panel: 'link',
      selectionOrigin: 'map',
    });
    expect(map.featureState.get('links/link-xiongan')).toEqual({ selected: true });
    expect(map.fitBounds).not.toHaveBeenCalled();
    map.queryRenderedFeatures.mockReturnValue([{ properties: { id: 'zgc-haidian' } }, arc('link-xiongan')]);
    map.fire('click', { point: { x: 1, y: 1 } });
    expect(store.getState()).toMatchObject({ selectedLinkId: null, selectedId: 'zgc-haidian' });
    expect(map.featureState.get('links/link-xiongan')).toEqual({ selected: false });
  });

  it('inside a zone crossed by an arc’s wide hit area, a click is the zone’s unless it is on the drawn arc', () => {
    const { map, store } = setup();
    let onArc = false;
    // at the point: the arc's wide hit area over the zone; around it: the drawn arc only when the pointer is on it
    map.queryRenderedFeatures.mockImplementation(((where: unknown, options: { layers: string[] }) =>
      Array.isArray((where as unknown[])[0])
        ? onArc && options.layers.includes(LAYER.links)
          ? [{ properties: { id: 'link-xiongan' }, layer: { id: LAYER.links } }]
          : []
        : [arc('link-xiongan'), { properties: { id: 'zgc-science-city' } }]) as never);
    map.fire('click', { point: { x: 50, y: 50 } });
    expect(store.getState()).toMatchObject({ selectedId: 'zgc-science-city', selectedLinkId: null });
    onArc = true;
    map.fire('click', { point: { x: 50, y: 50 } });
    expect(store.getState()).toMatchObject({ selectedLinkId: 'link-xiongan', selectedId: null });
  });

  it('a tap on an area crossed by an arc is the area’s, even on the drawn arc (a finger is too broad for it)', () => {
    const { map, store } = setup();
    map.queryRenderedFeatures.mockImplementation(((where: unknown) =>
      Array.isArray((where as unknown[])[0])
        ? [{ properties: { id: 'link-xiongan' }, layer: { id: LAYER.links } }]
        : [arc('link-xiongan'), { properties: { id: 'zgc-science-city' } }]) as never);
    map.fire('click', { point: { x: 50, y: 50 }, originalEvent: { pointerType: 'touch' } });
    expect(store.getState()).toMatchObject({ selectedId: 'zgc-science-city', selectedLinkId: null });
    map.fire('click', { point: { x: 50, y: 50 }, originalEvent: { pointerType: 'mouse' } });
    expect(store.getState()).toMatchObject({ selectedLinkId: 'link-xiongan', selectedId: null });
  });

  it('a click where a zone lies inside another picks the inner one, and offers the outer', () => {
    const map = fakeMap([{ properties: { id: 'haidian' } }, { properties: { id: 'zgc-haidian' } }]);
    const store = createTestStore({ atlas, language: 'zh' });
    bindMapToStore(map as unknown as MapLibreMap, store, {
      ...bindingData,
      // 海淀园 drawn under 海淀区 here, its box inside the district's
      boundsById: new Map<string, [number, number, number, number]>([
        ['haidian', [116.05, 39.9, 116.4, 40.16]],
        ['zgc-haidian', [116.2, 39.95, 116.35, 40.05]],
      ]),
    });
    map.fire('click', { point: { x: 1, y: 1 } });
    expect(store.getState()).toMatchObject({
      selectedId: 'zgc-haidian',
      pickCandidates: ['zgc-haidian', 'haidian'],
    });
  });

  it('a click (or a tap, which brings no pointer-leave) takes the tooltip away: the panel says it all', () => {
    const { map } = setup([{ properties: { id: 'haidian' } }]);
    map.fire('mousemove', { point: { x: 1, y: 1 }, lngLat: { lng: 116.3, lat: 40 } });
    expect(lastTooltip()?.textContent).toContain('海淀区');
    map.fire('click', { point: { x: 1, y: 1 } });
    expect(lastTooltip()).toBeUndefined();
  });

  it('a click passes every area under the point to the store, topmost first', () => {
    const { map, store } = setup([
      { properties: { id: 'zgc-science-city' } },
      { properties: { id: 'not-an-area' } },
      { properties: { id: 'haidian' } },
      { properties: { id: 'zgc-science-city' } },
    ]);
    map.fire('click', { point: { x: 1, y: 1 } });
    expect(store.getState()).toMatchObject({
      selectedId: 'zgc-science-city',
      pickCandidates: ['zgc-science-city', 'haidian'],
    });
  });

  it('a link picked from the list, or named by a link with no camera, frames both of its ends', () => {
    const { map, store } = setup();
    store.getState().selectLink('link-shanghai', 'list');
    // zgc-science-city has no box here, so the frame is Shanghai's point in the China view
    expect(store.getState().view).toBe('china');
    store.getState().selectLink('link-xiongan', 'list');
    expect(store.getState().view).toBe('region');

    const map2 = fakeMap();
    const store2 = createTestStore({ atlas, language: 'zh' });
    store2.getState().selectLink('link-xiongan', 'map');
    const data = {
      ...bindingData,
      boundsById: new Map([
        ...bindingData.boundsById,
        ['zgc-science-city', [116.1, 39.9, 116.4, 40.1] as const],
      ]),
      frameInitialSelection: true,
    };
    bindMapToStore(map2 as unknown as MapLibreMap, store2, data as typeof bindingData);
    expect(map2.fitBounds).toHaveBeenCalledWith(
      [115.8, 38.8, 116.4, 40.1],
      expect.objectContaining({ maxZoom: 8.5 }),
    );
    expect(map.flyTo).toHaveBeenCalled();
  });

  it('an undrawn area lights up and frames the parts that stand in for it, and lets go of them after', () => {
    const withParts = JSON.parse(JSON.stringify(atlas)) as Atlas;
    withParts.areas.find((a) => a.id === 'zgc-haidian')!.parent = 'no-place';
    const { map, store } = setup([], withParts);
    store.getState().selectArea('no-place', 'list');
    expect(map.featureState.get('atlas-points/zgc-haidian')).toEqual({ standin: true });
    expect(map.featureState.get('zones/zgc-haidian')).toEqual({ standin: true });
    expect(map.flyTo).toHaveBeenCalledWith(expect.objectContaining({ center: [116.31, 39.98] }));
    store.getState().selectArea('haidian', 'list');
    expect(map.featureState.get('atlas-points/zgc-haidian')).toEqual({ standin: false });
  });
});

describe('bindMapToStore: the tour', () => {
  const tourAtlas: Atlas = {
    ...atlas,
    tour: [
      { id: 'a', title_zh: 'a', title_en: 'a', places: ['haidian', 'zgc-haidian'], quotes: [] },
      { id: 'b', title_zh: 'b', title_en: 'b', places: ['zgc-science-city'], quotes: [] },
    ],
  };

  it("highlights the stop's places, clears the previous stop's, and frames them all", () => {
    const { map, store } = setup(undefined, tourAtlas);
    store.getState().showTourStop(0);
    expect(map.featureState.get('districts/haidian')).toEqual({ featured: true });
    expect(map.featureState.get('atlas-points/zgc-haidian')).toEqual({ featured: true });
    expect(map.fitBounds).toHaveBeenLastCalledWith(
      [116.05, 39.9, 116.4, 40.16],
      expect.objectContaining({ animate: true }),
    );
    store.getState().showTourStop(1);
    expect(map.featureState.get('districts/haidian')).toEqual({ featured: false });
    store.getState().endTour();
    expect(map.featureState.get('districts/haidian')).toEqual({ featured: false });
  });

  it('puts the compared areas forward while Compare is open, and lets go when it closes or one is removed', () => {
    const { map, store } = setup(undefined, tourAtlas);
    store.getState().setCompare(['haidian', 'zgc-haidian']);
    // a compare set in the URL with its panel closed marks nothing
    expect(map.featureState.get('districts/haidian')).toBeUndefined();
    store.getState().openPanel('compare');
    expect(map.featureState.get('districts/haidian')).toEqual({ featured: true });
    expect(map.featureState.get('atlas-points/zgc-haidian')).toEqual({ featured: true });
    store.getState().removeFromCompare('zgc-haidian');
    expect(map.featureState.get('atlas-points/zgc-haidian')).toEqual({ featured: false });
    expect(map.featureState.get('districts/haidian')).toEqual({ featured: true });
    store.getState().closePanel();
    expect(map.featureState.get('districts/haidian')).toEqual({ featured: false });
  });

  it('jumps instead of flying when the visitor prefers reduced motion', () => {
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: q.includes('reduce') }));
    const { map, store } = setup(undefined, tourAtlas);
    store.getState().showTourStop(0);
    expect(map.fitBounds).toHaveBeenLastCalledWith(
      [116.05, 39.9, 116.4, 40.16],
      expect.objectContaining({ animate: false }),
    );
  });
});
