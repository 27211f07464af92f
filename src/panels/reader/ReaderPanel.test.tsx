// @vitest-environment jsdom
// Component tests of the plan reader: English section titles (our translation) are marked as translations.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import type { PlanDoc } from '../../plan';
import { fetchFrom, renderWithAtlas } from '../../../tests/support/atlasFixtures';
import ReaderPanel from './ReaderPanel';

const text = '序言。一、总体要求。坚持创新。';
const doc: PlanDoc = {
  version: 1,
  title: '北京市“十四五”时期国际科技创新中心建设规划',
  title_en: 'Beijing 14th Five-Year Plan for the International Sci-Tech Innovation Centre',
  source: { title: 'plan', file: 'plan.txt', sha256: '0' },
  text,
  lines: [[0, text.length]],
  sections: [
    {
      id: 'preamble',
      level: 'preamble',
      parent: null,
      title_zh: '',
      title_en: '',
      start: 0,
      end: 3,
      text_start: 0,
      text_end: 3,
      sentences: [[0, 3]],
    },
    {
      id: '一',
      level: 'chapter',
      parent: null,
      title_zh: '总体要求',
      title_en: 'General requirements',
      start: 3,
      end: text.length,
      text_start: 10,
      text_end: text.length,
      sentences: [[10, text.length]],
    },
  ],
};

const fetch = fetchFrom({ 'data/plan.json': doc });

afterEach(cleanup);

describe('ReaderPanel', () => {
  it('marks the English section title in a heading as a translation', async () => {
    renderWithAtlas(<ReaderPanel />, { language: 'zh', fetch });
    const heading = await screen.findByRole('heading', { level: 3 });
    const english = heading.querySelector('.plan-heading-en') as HTMLElement;
    expect(english.getAttribute('lang')).toBe('en');
    expect(english.textContent).toContain('General requirements');
    const tag = within(english).getByText('英文为翻译');
    expect(tag.className).toBe('translation-tag');
  });

  it('marks the English table of contents as a translation, and only in English', async () => {
    const { store } = renderWithAtlas(<ReaderPanel />, { language: 'en', fetch });
    const toc = await screen.findByRole('navigation', { name: 'Contents' });
    expect(within(toc).getByRole('button', { name: /General requirements/ })).toBeTruthy();
    expect(within(toc).getByText('English is a translation').className).toBe('translation-tag');
    act(() => store.getState().setLanguage('zh'));
    expect(within(toc).queryByText('英文为翻译')).toBeNull();
    expect(within(toc).getByRole('button', { name: /总体要求/ })).toBeTruthy();
  });

  it('names the file and the reason when the plan text cannot be loaded', async () => {
    renderWithAtlas(<ReaderPanel />, { language: 'en', fetch: fetchFrom({}) });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('data/plan.json (HTTP 404 Not Found)');
  });
});
