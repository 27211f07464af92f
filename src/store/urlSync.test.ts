// URL ↔ store binding against a fake history: restore on load, push on selection, replace otherwise, Back/Forward, notices.
import { describe, expect, it, vi } from 'vitest';
import { createTestStore, fixtureAtlas } from '../../tests/support/atlasFixtures';
import { LAYER_GROUPS } from './layerGroups';
import { afterNextFrame, bindUrlToStore, queryOf, writeUrlNow, type UrlEnv } from './urlSync';
import type { UrlKnownIds, UrlNotice } from './urlState';

const known: UrlKnownIds = {
  areaIds: new Set(['haidian', 'huairou-science-city', 'zgc-science-city']),
  industryIds: new Set(['ai', 'quantum']),
  layerIds: new Set(LAYER_GROUPS),
  sectionIds: new Set(['七.(一)', '三.(一)']),
  groupIds: new Set(['digital']),
  linkIds: new Set(['link-xiongan', 'link-shanghai']),
};

/** A browser history in miniature: entries of path+query+hash, an index, popstate listeners. */
class FakeBrowser implements UrlEnv {
  scheduleWrite?: UrlEnv['scheduleWrite'];
  entries: string[];
  index = 0;
  pushes = 0;
  replaces = 0;
  private listeners = new Set<() => void>();
  location = { pathname: '/', search: '', hash: '' };

  constructor(initial: string) {
    this.entries = [initial];
    this.sync();
  }
  private sync() {
    const url = new URL(this.entries[this.index], 'http://x');
    this.location = { pathname: url.pathname, search: url.search, hash: url.hash };
  }
  history = {
    pushState: (_d: unknown, _u: string, url?: string | null) => {
      this.entries = [...this.entries.slice(0, this.index + 1), url ?? ''];
      this.index += 1;
      this.pushes += 1;
      this.sync();
    },
    replaceState: (_d: unknown, _u: string, url?: string | null) => {
      this.entries[this.index] = url ?? '';
      this.replaces += 1;
      this.sync();
    },
  };
  addEventListener(_t: 'popstate', l: () => void) {
    this.listeners.add(l);
  }
  removeEventListener(_t: 'popstate', l: () => void) {
    this.listeners.delete(l);
  }
  go(delta: number) {
    this.index += delta;
    this.sync();
    for (const l of this.listeners) l();
  }
  get url() {
    return this.entries[this.index];
  }
}

function setup(initial: string) {
  const store = createTestStore({ language: 'zh' });
  const browser = new FakeBrowser(initial);
  const notices: UrlNotice[][] = [];
  const unbind = bindUrlToStore(store, known, browser, (n) => notices.push(n));
  return { store, browser, notices, unbind };
}

describe('bindUrlToStore', () => {
  it('restores area, language, layers, panel and section from the URL on load (camera hash kept)', () => {
    const { store, browser, notices } = setup(
      '/?area=huairou-science-city&lang=en&layers=districts,links&panel=reader&sec=%E4%B8%83.%28%E4%B8%80%29#9/40.3/116.6',
    );
    const s = store.getState();
    expect(s.selectedId).toBe('huairou-science-city');
    expect(s.selectionOrigin).toBe('map'); // no fly, no focus move on load
    expect(s.language).toBe('en');
    expect(LAYER_GROUPS.filter((g) => s.visibleLayers[g])).toEqual(['districts', 'links']);
    expect(s.panel).toBe('reader');
    expect(s.readerSection).toBe('七.(一)');
    expect(notices).toEqual([]);
    expect(browser.location.hash).toBe('#9/40.3/116.6');
    expect(browser.pushes).toBe(0);
  });

  it('opens the area panel for a bare ?area= and restores the filter and compare keys', () => {
    const { store } = setup(
      '/?area=haidian&ind=ai&grp=digital&match=all&kinds=district&cmp=haidian,zgc-science-city',
    );
    const s = store.getState();
    expect(s.panel).toBe('area');
    expect(s.filter).toEqual({
      industries: ['ai'],
      groups: ['digital'],
      fields: [],
      match: 'all',
      kinds: ['district'],
    });
    expect(s.compareIds).toEqual(['haidian', 'zgc-science-city']);
  });

  it('pushes a history entry for a new selection or another panel and replaces it for anything else', () => {
    const { store, browser } = setup('/?lang=zh');
    store.getState().selectArea('haidian');
    expect(browser.pushes).toBe(1);
    expect(browser.url).toBe('/?area=haidian&lang=zh');
    store.getState().setLanguage('en');
    store.getState().toggleLayer('water');
    expect(browser.pushes).toBe(1);
    expect(browser.url).toBe(
      `/?area=haidian&lang=en&layers=${LAYER_GROUPS.filter((g) => g !== 'water').join(',')}`,
    );
    store.getState().openReader('三.(一)', 'some sentence');
    expect(browser.url).toContain('panel=reader&sec=%E4%B8%89.%28%E4%B8%80%29');
    expect(browser.pushes).toBe(2);
    // another section in the open reader, an industry in the filter: the same entry
    store.getState().openReader('三.(二)');
    store.getState().toggleIndustry('ai');
    expect(browser.pushes).toBe(2);
    // Back closes the reader and shows the area's panel again
    browser.go(-1);
    expect(store.getState()).toMatchObject({ panel: 'area', selectedId: 'haidian' });
  });

  it('Back and Forward move between selections and apply the whole state', () => {
    const { store, browser } = setup('/?lang=zh');
    store.getState().selectArea('haidian', 'list');
    store.getState().selectArea('zgc-science-city', 'list');
    expect(browser.entries).toHaveLength(3);
    browser.go(-1);
    expect(store.getState().selectedId).toBe('haidian');
    expect(store.getState().selectionOrigin).toBe('map');
    browser.go(-1);
    expect(store.getState().selectedId).toBeNull();
    expect(store.getState().panel).toBeNull();
    browser.go(2);
    expect(store.getState().selectedId).toBe('zgc-science-city');
    // applying a popped state writes no new entry
    expect(browser.entries).toHaveLength(3);
  });

  it('restores a bare ?link= with its panel and writes link= for a selected link (panel implied)', () => {
    const { store, browser } = setup('/?link=link-shanghai&lang=zh');
    expect(store.getState()).toMatchObject({
      selectedLinkId: 'link-shanghai',
      selectedId: null,
      panel: 'link',
      selectionOrigin: 'map',
    });
    expect(browser.url).toBe('/?link=link-shanghai&lang=zh');
    store.getState().selectLink('link-xiongan', 'list');
    expect(browser.url).toBe('/?link=link-xiongan&lang=zh');
    store.getState().selectArea('haidian', 'list');
    expect(browser.url).toBe('/?area=haidian&lang=zh');
  });

  it('drops an unknown link with a notice', () => {
    const { store, notices } = setup('/?link=nowhere');
    expect(store.getState().selectedLinkId).toBeNull();
    expect(notices).toEqual([[{ key: 'link', value: 'nowhere', reason: 'unknown-id' }]]);
  });

  it('Back and Forward move between links and areas', () => {
    const { store, browser } = setup('/?lang=zh');
    store.getState().selectLink('link-xiongan', 'list');
    store.getState().selectArea('haidian', 'list');
    store.getState().selectLink('link-shanghai', 'list');
    expect(browser.pushes).toBe(3);
    browser.go(-1);
    expect(store.getState()).toMatchObject({ selectedId: 'haidian', selectedLinkId: null, panel: 'area' });
    browser.go(-1);
    expect(store.getState()).toMatchObject({
      selectedId: null,
      selectedLinkId: 'link-xiongan',
      panel: 'link',
    });
    browser.go(-1);
    expect(store.getState()).toMatchObject({ selectedId: null, selectedLinkId: null, panel: null });
    browser.go(3);
    expect(store.getState().selectedLinkId).toBe('link-shanghai');
    expect(browser.entries).toHaveLength(4);
  });

  it('keeps the hash MapLibre writes when it writes the query', () => {
    const { store, browser } = setup('/?lang=zh#10/39.9/116.4');
    store.getState().selectArea('haidian');
    expect(browser.url).toBe('/?area=haidian&lang=zh#10/39.9/116.4');
  });

  it.each([
    ['/?area=%E4%ZZ', 'malformed'],
    ['/?area=nonexistent', 'unknown-id'],
    ['/?lang=fr', 'invalid-value'],
    ['/?layers=x,y', 'unknown-id'],
    [`/?area=${'a'.repeat(100_000)}`, 'too-long'],
    ['/?sec=%', 'malformed'],
  ])('drops %s with a notice and rewrites the URL without it', (url, reason) => {
    const { browser, notices, store } = setup(url);
    expect(notices).toHaveLength(1);
    expect(notices[0][0].reason).toBe(reason);
    expect(browser.url.length).toBeLessThan(200);
    expect(store.getState().selectedId).toBeNull();
  });

  it('leaves keys that are not ours in the URL (utm_source), after its own, through every change', () => {
    const { store, browser, notices } = setup('/?utm_source=mail&area=haidian&x=%E4%B8%AD#10/39.9/116.4');
    expect(notices).toEqual([]);
    expect(browser.url).toBe('/?area=haidian&lang=zh&utm_source=mail&x=%E4%B8%AD#10/39.9/116.4');
    store.getState().selectArea('zgc-science-city');
    store.getState().setLanguage('en');
    expect(browser.url).toBe('/?area=zgc-science-city&lang=en&utm_source=mail&x=%E4%B8%AD#10/39.9/116.4');
  });

  it('drops `area[]=` (a form of our key it does not read) and `layers=,,,,` with a notice', () => {
    const { store, browser, notices } = setup('/?area[]=haidian&layers=,,,,');
    expect(notices[0].map((n) => [n.key, n.reason])).toEqual([
      ['area[]', 'malformed'],
      ['layers', 'malformed'],
    ]);
    // every layer stays visible (the default), and neither key is written back
    expect(Object.values(store.getState().visibleLayers).every(Boolean)).toBe(true);
    expect(browser.url).toBe('/?lang=zh');
  });

  it('stops listening after cleanup', () => {
    const { store, browser, unbind } = setup('/?lang=zh');
    unbind();
    store.getState().selectArea('haidian');
    expect(browser.pushes).toBe(0);
    expect(queryOf(store.getState())).toBe('?area=haidian&lang=zh');
  });
});

describe('bindUrlToStore: the tour and the embed view', () => {
  const stop = (id: string) => ({
    id,
    title_zh: id,
    title_en: id,
    places: [id],
    quotes: [{ section: '七.(一)', zh: '聚焦中关村科学城。', en: 'Focus on Zhongguancun Science City.' }],
  });
  const tourKnown: UrlKnownIds = { ...known, tourStops: 2 };
  function setupTour(initial: string) {
    const atlas = { ...fixtureAtlas(), tour: [stop('zgc-science-city'), stop('huairou-science-city')] };
    const store = createTestStore({ language: 'zh', atlas });
    const browser = new FakeBrowser(initial);
    bindUrlToStore(store, tourKnown, browser);
    return { store, browser };
  }

  it('restores the stop from tour=N (counted from 1) and the embed view from embed=1', () => {
    const { store, browser } = setupTour('/?tour=2&embed=1#8/40.3/116.6');
    expect(store.getState().tourStop).toBe(1);
    expect(store.getState().embed).toBe(true);
    expect(browser.url).toBe('/?lang=zh&tour=2&embed=1#8/40.3/116.6');
  });

  it('makes each stop a history entry: Back and Forward step through the tour and out of it', () => {
    const { store, browser } = setupTour('/?lang=zh');
    store.getState().showTourStop(0);
    store.getState().showTourStop(1);
    expect(browser.entries).toEqual(['/?lang=zh', '/?lang=zh&tour=1', '/?lang=zh&tour=2']);
    browser.go(-1);
    expect(store.getState().tourStop).toBe(0);
    browser.go(-1);
    expect(store.getState().tourStop).toBeNull();
    browser.go(2);
    expect(store.getState().tourStop).toBe(1);
    store.getState().endTour();
    expect(browser.url).toBe('/?lang=zh');
  });

  it('keeps embed=1 in the URL while areas are selected in the embedded map', () => {
    const { store, browser } = setupTour('/?embed=1');
    store.getState().selectArea('haidian', 'map');
    expect(browser.url).toBe('/?area=haidian&lang=zh&embed=1');
  });
});

describe('bindUrlToStore with scheduled writes (the browser: after the frame that shows the change)', () => {
  function scheduled(initial: string) {
    const store = createTestStore({ language: 'zh' });
    const browser = new FakeBrowser(initial);
    const queue: (() => void)[] = [];
    browser.scheduleWrite = (write) => queue.push(write);
    const unbind = bindUrlToStore(store, known, browser);
    const runScheduled = () => queue.splice(0).forEach((write) => write());
    return { store, browser, unbind, runScheduled, queue };
  }

  it('writes nothing until the write runs, then the changes since the last write as one history step', () => {
    const { store, browser, runScheduled, queue } = scheduled('/?lang=zh');
    store.getState().selectArea('haidian');
    store.getState().setLanguage('en');
    expect(browser.url).toBe('/?lang=zh');
    expect(queue).toHaveLength(1); // one write for the changes of one frame
    runScheduled();
    expect(browser.url).toBe('/?area=haidian&lang=en');
    expect([browser.pushes, browser.replaces]).toEqual([1, 0]);
    store.getState().toggleLayer('water');
    runScheduled();
    expect([browser.pushes, browser.replaces]).toEqual([1, 1]);
    browser.go(-1);
    expect(store.getState().selectedId).toBeNull();
  });

  it('drops a change not yet written when Back moves to another entry, which then holds', () => {
    const { store, browser, runScheduled } = scheduled('/?lang=zh');
    store.getState().selectArea('haidian');
    runScheduled();
    store.getState().selectArea('huairou-science-city');
    browser.go(-1);
    runScheduled();
    expect(browser.url).toBe('/?lang=zh');
    expect(store.getState().selectedId).toBeNull();
    expect(browser.entries).toEqual(['/?lang=zh', '/?area=haidian&lang=zh']);
  });

  it('writes a pending change when unbound, so it is not lost', () => {
    const { store, browser, unbind } = scheduled('/?lang=zh');
    store.getState().selectArea('haidian');
    unbind();
    expect(browser.url).toBe('/?area=haidian&lang=zh');
  });
});

describe('afterNextFrame and writeUrlNow', () => {
  it('runs a write after the next frame, or at once on writeUrlNow (before a reload), and never twice', async () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
    try {
      const runs: string[] = [];
      afterNextFrame(() => runs.push('a'));
      afterNextFrame(() => runs.push('b'));
      expect(runs).toEqual([]);
      writeUrlNow();
      expect(runs).toEqual(['a', 'b']);
      afterNextFrame(() => runs.push('c'));
      frames.splice(0).forEach((frame) => frame());
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(runs).toEqual(['a', 'b', 'c']);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
