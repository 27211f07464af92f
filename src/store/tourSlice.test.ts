// The guided tour in the store: a visitor who ends it gets back the whole view it began in; the URL's own end
// (Back to a link without a tour) leaves the camera to the URL.
import { describe, expect, it } from 'vitest';
import type { TourStop } from '../data/types';
import { createTestStore, fixtureAtlas } from '../../tests/support/atlasFixtures';

const withTour = () => {
  const atlas = fixtureAtlas();
  const stop: TourStop = { id: 'x', title_zh: '甲', title_en: 'A', places: [atlas.areas[0].id], quotes: [] };
  return createTestStore({ atlas: { ...atlas, tour: [stop, { ...stop, id: 'y' }, { ...stop, id: 'z' }] } });
};

describe('the tour', () => {
  it('returns the visitor who ends it to the view it began in, framed whole again', () => {
    const store = withTour();
    store.getState().showTourStop(0);
    // the tour's stops move the camera into the national view
    store.getState().noteView('china');
    store.getState().showTourStop(2);
    const before = store.getState().viewRequest;
    store.getState().leaveTour();
    expect(store.getState()).toMatchObject({ tourStop: null, view: 'beijing' });
    expect(store.getState().viewRequest).toBe(before + 1);
  });

  it('remembers the view of its first stop only, not of the stops after it', () => {
    const store = withTour();
    store.getState().showView('region');
    store.getState().showTourStop(0);
    store.getState().noteView('china');
    store.getState().showTourStop(1);
    store.getState().leaveTour();
    expect(store.getState().view).toBe('region');
  });

  it('ended by the URL, leaves the camera alone', () => {
    const store = withTour();
    store.getState().showTourStop(1);
    store.getState().noteView('china');
    const before = store.getState().viewRequest;
    store.getState().endTour();
    expect(store.getState()).toMatchObject({ tourStop: null, view: 'china', viewRequest: before });
    // and leaving a tour that is not running does nothing
    store.getState().leaveTour();
    expect(store.getState().viewRequest).toBe(before);
  });
});
