// The Share dialog's texts: the view's link with and without embed=1, the <iframe> snippet, the citation.
import { describe, expect, it } from 'vitest';
import { createTestStore, fixtureAtlas } from '../../tests/support/atlasFixtures';
import { translator } from '../i18n/i18n';
import { citationText, embedSnippet, sectionOfView } from './shareText';
import { viewUrl } from '../store/urlSync';

const place = {
  origin: 'https://atlas.example',
  pathname: '/a/',
  search: '?utm_source=x&area=haidian',
  hash: '#9/40/116',
};

function tourStore() {
  const atlas = {
    ...fixtureAtlas(),
    tour: [
      {
        id: 'zgc',
        title_zh: '中关村科学城',
        title_en: 'ZGC',
        places: ['zgc-science-city'],
        quotes: [{ section: '七.(一)', zh: '聚焦中关村科学城。', en: 'Focus on Zhongguancun Science City.' }],
      },
    ],
  };
  return createTestStore({ atlas, language: 'en' });
}

describe('share texts', () => {
  it('the link and the embed link carry the view, the camera and other sites’ keys', () => {
    const store = tourStore();
    store.getState().selectArea('haidian', 'map');
    expect(viewUrl(place, store.getState(), false)).toBe(
      'https://atlas.example/a/?area=haidian&lang=en&utm_source=x#9/40/116',
    );
    expect(viewUrl(place, store.getState(), true)).toBe(
      'https://atlas.example/a/?area=haidian&lang=en&embed=1&utm_source=x#9/40/116',
    );
  });

  it('the snippet is an iframe with a title, its attributes escaped', () => {
    expect(embedSnippet('https://a.example/?a=1&embed=1', 'Atlas "map" <x>')).toBe(
      '<iframe src="https://a.example/?a=1&amp;embed=1" title="Atlas &quot;map&quot; &lt;x&gt;" width="100%" ' +
        'height="520" style="border:0" loading="lazy"></iframe>',
    );
  });

  it('the citation names the plan, the section of the view, the URL and the date, in the UI language', () => {
    const store = tourStore();
    const date = new Date('2026-12-01T10:00:00Z');
    const title = store.getState().index.atlas.source.title;
    expect(sectionOfView(store.getState())).toBeNull();
    expect(citationText(translator('en'), store.getState(), 'https://a.example/', date)).toBe(
      `《${title.replace(/^《|》$/g, '')}》. In: Beijing Innovation Atlas, https://a.example/ (accessed 2026-12-01).`,
    );
    store.getState().showTourStop(0);
    expect(citationText(translator('zh'), store.getState(), 'https://a.example/', date)).toBe(
      `《${title.replace(/^《|》$/g, '')}》，第 七.(一) 节。见：北京国际科技创新中心建设规划图集，https://a.example/（访问日期：2026-12-01）。`,
    );
    store.getState().openReader('七.(四)');
    expect(sectionOfView(store.getState())).toBe('七.(四)');
  });
});
