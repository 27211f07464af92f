// @vitest-environment jsdom
// What the saved picture says beside the map: the national and regional views carry the schematic caption, as the map does.
import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { createTestStore } from '../../tests/support/atlasFixtures';
import { pictureInput, pictureSubject } from './savePicture';

function fakeMap(): MapLibreMap {
  const container = document.createElement('div');
  container.innerHTML = '<div class="maplibregl-ctrl-attrib-inner">Boundaries: the sources named here</div>';
  const canvas = document.createElement('canvas');
  return { getContainer: () => container, getCanvas: () => canvas } as unknown as MapLibreMap;
}

describe('pictureInput', () => {
  it('says the map is schematic in the national and regional views, in the language shown', () => {
    const store = createTestStore({ language: 'zh' });
    const date = new Date(2026, 11, 3);
    expect(pictureInput(fakeMap(), store, date).attribution).toBe('Boundaries: the sources named here');
    store.getState().showView('china');
    expect(pictureInput(fakeMap(), store, date).attribution).toBe(
      '示意图，不作为划界依据。Boundaries: the sources named here',
    );
    store.getState().setLanguage('en');
    store.getState().showView('region');
    expect(pictureInput(fakeMap(), store, date).attribution).toBe(
      'Schematic map, not for boundary reference. Boundaries: the sources named here',
    );
  });
});

describe('pictureSubject', () => {
  it('names the selected area, else the filter, else a view beyond Beijing', () => {
    const store = createTestStore();
    expect(pictureSubject(store)).toEqual([]);
    store.getState().setFilter({ groups: ['life'], industries: ['ai'] });
    expect(pictureSubject(store)).toEqual(['life', 'ai']);
    store.getState().selectArea('zgc-science-city');
    expect(pictureSubject(store)).toEqual(['zgc-science-city']);
    store.getState().clearSelection();
    // a filter by field or by kind of area is named too
    store.getState().setFilter({ groups: [], industries: [], fields: ['ai-chips'], kinds: ['district'] });
    expect(pictureSubject(store)).toEqual(['ai-chips', 'district']);
    store.getState().setFilter({ fields: [], kinds: [] });
    store.getState().showView('china');
    expect(pictureSubject(store)).toEqual(['china']);
  });
});
