// Unit tests of the store's actions: each verb changes exactly the state it names.
import { describe, expect, it } from 'vitest';
import { createTestStore as createAtlasStore, fixtureAtlas } from '../../tests/support/atlasFixtures';
import { LAYER_GROUPS } from './layerGroups';

describe('createAtlasStore', () => {
  it('holds the index of the atlas it was created from, with the taxonomy the filter verbs need', () => {
    const atlas = fixtureAtlas();
    const store = createAtlasStore({ atlas });
    const { index } = store.getState();
    expect(index.atlas).toBe(atlas);
    expect(index.areasById.get('zgc-haidian')?.parent).toBe('zgc-science-city');
    expect(index.childrenById.get('huairou-science-city')?.map((a) => a.id)).toEqual([
      'huairou-national-science-center',
    ]);
    expect(index.groupsById.has('frontier')).toBe(true);
    // unticking one industry of a chosen group keeps the group's other industries
    store.getState().toggleGroup('frontier');
    store.getState().toggleIndustry('ai');
    expect(store.getState().filter).toMatchObject({ groups: [], industries: ['quantum'] });
  });
});

describe('selection slice', () => {
  it('selectLink selects a link, clears the area selection and opens the link panel; selectArea clears the link', () => {
    const store = createAtlasStore();
    store.getState().selectArea('haidian', 'map', ['zgc-science-city', 'haidian']);
    store.getState().selectLink('link-shanghai', 'map');
    expect(store.getState()).toMatchObject({
      selectedId: null,
      selectedLinkId: 'link-shanghai',
      pickCandidates: [],
      panel: 'link',
      selectionOrigin: 'map',
      selectionRequest: 2,
    });
    store.getState().selectArea('huairou');
    expect(store.getState()).toMatchObject({ selectedId: 'huairou', selectedLinkId: null, panel: 'area' });
  });

  it('selectLink ignores an unknown id; clearSelection clears a link and closes its panel', () => {
    const store = createAtlasStore();
    store.getState().selectLink('no-such-link');
    expect(store.getState().selectedLinkId).toBeNull();
    store.getState().selectLink('link-xiongan');
    store.getState().clearSelection();
    expect(store.getState()).toMatchObject({ selectedLinkId: null, panel: null });
  });

  it('a link selected while the reader is open keeps the reader open', () => {
    const store = createAtlasStore();
    store.getState().openReader('七.(四)');
    store.getState().selectLink('link-xiongan');
    expect(store.getState()).toMatchObject({ selectedLinkId: 'link-xiongan', panel: 'reader' });
  });

  it('selectArea keeps the areas under a map click only when the selected one is among them', () => {
    const store = createAtlasStore();
    store.getState().selectArea('zgc-science-city', 'map', ['zgc-science-city', 'haidian']);
    expect(store.getState().pickCandidates).toEqual(['zgc-science-city', 'haidian']);
    store.getState().selectArea('haidian', 'map', store.getState().pickCandidates);
    expect(store.getState().pickCandidates).toEqual(['zgc-science-city', 'haidian']);
    store.getState().selectArea('huairou', 'list', ['haidian']);
    expect(store.getState().pickCandidates).toEqual([]);
    store.getState().selectArea('haidian', 'map', ['haidian', 'zgc-science-city']);
    store.getState().clearSelection();
    expect(store.getState().pickCandidates).toEqual([]);
  });

  it('selectArea sets the id and remembers where the pick came from (list by default)', () => {
    const store = createAtlasStore();
    store.getState().selectArea('haidian');
    expect(store.getState().selectedId).toBe('haidian');
    expect(store.getState().selectionOrigin).toBe('list');
    store.getState().selectArea('huairou', 'map');
    expect(store.getState()).toMatchObject({
      selectedId: 'huairou',
      selectionOrigin: 'map',
      selectionRequest: 2,
    });
  });

  it('clearSelection empties the selection', () => {
    const store = createAtlasStore();
    store.getState().selectArea('haidian');
    store.getState().clearSelection();
    expect(store.getState().selectedId).toBeNull();
  });

  it('hoverArea does not notify subscribers when the hovered id is unchanged', () => {
    const store = createAtlasStore();
    let calls = 0;
    store.subscribe(() => calls++);
    store.getState().hoverArea('haidian');
    store.getState().hoverArea('haidian');
    expect(calls).toBe(1);
    expect(store.getState().hoveredId).toBe('haidian');
  });
});

describe('layers slice', () => {
  it('starts with every layer group visible', () => {
    const { visibleLayers } = createAtlasStore().getState();
    expect(LAYER_GROUPS.every((g) => visibleLayers[g])).toBe(true);
  });

  it('toggleLayer flips one group and leaves the others', () => {
    const store = createAtlasStore();
    store.getState().toggleLayer('water');
    expect(store.getState().visibleLayers.water).toBe(false);
    expect(store.getState().visibleLayers.districts).toBe(true);
    store.getState().toggleLayer('water');
    expect(store.getState().visibleLayers.water).toBe(true);
  });

  it('showLayer sets a group explicitly and keeps the same object when nothing changes', () => {
    const store = createAtlasStore();
    const before = store.getState().visibleLayers;
    store.getState().showLayer('links', true);
    expect(store.getState().visibleLayers).toBe(before);
    store.getState().showLayer('links', false);
    expect(store.getState().visibleLayers.links).toBe(false);
  });
});

describe('ui slice', () => {
  it('uses the language it was created with and switches language', () => {
    const store = createAtlasStore({ language: 'en' });
    expect(store.getState().language).toBe('en');
    store.getState().setLanguage('zh');
    expect(store.getState().language).toBe('zh');
  });

  it('showView records the view and bumps the request counter even for the same view', () => {
    const store = createAtlasStore();
    expect(store.getState().view).toBe('beijing');
    store.getState().showView('region');
    store.getState().showView('region');
    expect(store.getState()).toMatchObject({ view: 'region', viewRequest: 2 });
  });

  it('toggleList opens and closes the list', () => {
    const store = createAtlasStore();
    const open = store.getState().listOpen;
    store.getState().toggleList();
    expect(store.getState().listOpen).toBe(!open);
  });
});
