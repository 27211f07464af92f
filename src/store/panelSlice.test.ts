// Which panel shows after a selection, and the panel verbs: each changes exactly the state it names.
import { describe, expect, it } from 'vitest';
import { createTestStore } from '../../tests/support/atlasFixtures';
import { PANEL_IDS, type PanelId } from './panelIds';
import { PANELS_KEPT_ON_SELECT, panelAfterSelect } from './panelSlice';

describe('panelAfterSelect', () => {
  it.each<[PanelId | null, string | null, PanelId | null]>([
    [null, 'haidian', 'area'], // nothing open: the area panel opens
    ['area', 'huairou', 'area'],
    ['filter', 'haidian', 'area'], // the filter gives way to the area's panel
    ['matrix', 'haidian', 'area'],
    ['indicators', 'haidian', 'area'],
    ['reader', 'haidian', 'reader'], // the reader follows the selection (its passages are marked)
    ['compare', 'haidian', 'compare'],
    ['area', null, null], // clearing closes the area panel
    ['reader', null, 'reader'], // and leaves any other panel open
    ['filter', null, 'filter'],
    [null, null, null],
  ])('%s, select %s → %s', (current, id, expected) => {
    expect(panelAfterSelect(current, id)).toBe(expected);
  });

  it('keeps only panels that exist', () => {
    for (const id of PANELS_KEPT_ON_SELECT) expect(PANEL_IDS).toContain(id);
  });
});

describe('panel slice in the store', () => {
  it('selecting an area opens its panel; clearing closes it', () => {
    const store = createTestStore();
    store.getState().selectArea('haidian');
    expect(store.getState().panel).toBe('area');
    store.getState().clearSelection();
    expect(store.getState().panel).toBeNull();
  });

  it('togglePanel opens and closes; openReader points the reader at a sentence and bumps its request', () => {
    const store = createTestStore();
    store.getState().togglePanel('filter');
    expect(store.getState().panel).toBe('filter');
    store.getState().togglePanel('filter');
    expect(store.getState().panel).toBeNull();
    store.getState().openReader('七.(一)', '一句话。');
    store.getState().openReader('七.(一)', '一句话。');
    expect(store.getState()).toMatchObject({
      panel: 'reader',
      readerSection: '七.(一)',
      readerQuote: { section: '七.(一)', text: '一句话。' },
      readerRequest: 2,
    });
    store.getState().setReaderSection('八');
    expect(store.getState().readerQuote).toEqual({ section: '七.(一)', text: '一句话。' });
  });
});
