// @vitest-environment jsdom
// Component tests of the plan reader: English section titles (our translation) are marked as translations; over the
// real atlas and plan, the sentences the atlas quotes are marked, say where, and open those panels.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import type { PlanDoc } from '../../plan';
import { fetchFrom, renderWithAtlas } from '../../../tests/support/atlasFixtures';
import { realAtlas, realPlanDoc } from '../../../tests/support/realContent';
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

  it('keeps the section being read under its title, its English marked as a translation', async () => {
    const { store } = renderWithAtlas(<ReaderPanel />, { language: 'en', fetch });
    await screen.findByRole('navigation', { name: 'Contents' });
    // the preamble has no title of its own: it is named as the preamble
    expect(screen.getByTestId('reader-where').textContent).toBe('Preamble');
    act(() => store.getState().setReaderSection('一'));
    const where = screen.getByTestId('reader-where');
    expect(where.closest('.reader-sticky')).not.toBeNull();
    expect(where.textContent).toBe('English is a translation 一、General requirements');
    act(() => store.getState().setLanguage('zh'));
    expect(screen.getByTestId('reader-where').textContent).toBe('一、总体要求');
  });

  it('says the plan is Chinese when a search in English letters finds nothing', async () => {
    renderWithAtlas(<ReaderPanel />, { language: 'en', fetch });
    const input = await screen.findByLabelText('Search the plan text');
    fireEvent.change(input, { target: { value: 'innovation' } });
    expect(document.querySelector('.reader-count')!.textContent).toMatch(/the plan’s text is Chinese/);
    fireEvent.change(input, { target: { value: '怀柔' } });
    expect(document.querySelector('.reader-count')!.textContent).toBe('No matches');
  });

  it('names the file and the reason when the plan text cannot be loaded', async () => {
    renderWithAtlas(<ReaderPanel />, { language: 'en', fetch: fetchFrom({}) });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('data/plan.json (HTTP 404 Not Found)');
  });
});

describe('ReaderPanel over the real atlas: sentences the atlas quotes', () => {
  const atlas = realAtlas();
  const plan = realPlanDoc();
  const realFetch = fetchFrom({ 'data/plan.json': plan });
  const paragraphWith = (body: HTMLElement, text: string) =>
    [...body.querySelectorAll('p')].find((p) => p.textContent?.includes(text))!;

  it('marks a quoted sentence, says where it is attached and opens it there; plain text stays plain (zh)', async () => {
    const { store, container } = renderWithAtlas(<ReaderPanel />, {
      language: 'zh',
      atlas,
      fetch: realFetch,
    });
    const legend = (await screen.findByText(/已被图集引用/)).closest('p')!;
    expect(legend.textContent).toMatch(/全文 663 句中有 \d{3} 句被引用/);
    const body = container.querySelector('.reader-body') as HTMLElement;

    // the Huairou nodes sentence (七.(一)) is a task of 怀柔科学城
    const p = paragraphWith(body, '打造城市客厅、雁栖小镇');
    expect(p.querySelector('.mark-attached')).not.toBeNull();
    const marker = within(p).getByRole('button', { name: /本句被图集引用 \d+ 处/ });
    expect(marker.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(marker);
    expect(marker.getAttribute('aria-expanded')).toBe('true');
    const list = within(p).getByRole('group', { name: '本句在图集中的引用处' });
    expect(list.textContent).toContain('地点：');

    // the closing chapter's sentences are quoted nowhere: no mark, no button
    const closing = body.querySelector('[data-section="十一.(一)"]') as HTMLElement;
    expect(closing.querySelectorAll('p').length).toBeGreaterThan(0);
    expect(closing.querySelector('.mark-attached, .attach-marker')).toBeNull();

    fireEvent.click(within(list).getByRole('button', { name: '怀柔科学城' }));
    expect(store.getState().selectedId).toBe('huairou-science-city');
    expect(store.getState().panel).toBe('area');
  });

  it('opens a link, an industry profile and the targets from their sentences (en)', async () => {
    const { store, container } = renderWithAtlas(<ReaderPanel />, {
      language: 'en',
      atlas,
      fetch: realFetch,
    });
    const legend = (await screen.findByText(/quoted in the atlas/)).closest('p')!;
    expect(legend.textContent).toMatch(/\d{3} of the plan’s 663 sentences are quoted/);
    const body = container.querySelector('.reader-body') as HTMLElement;
    const open = (text: string) => {
      const p = paragraphWith(body, text);
      within(p)
        .getAllByRole('button', { name: /quoted in the atlas, show where/ })
        .forEach((m) => fireEvent.click(m));
      return p;
    };
    const link = atlas.links.find((l) => l.id === 'tongzhou--beisanxian-1')!;
    fireEvent.click(open(link.zh).querySelector(`.attach-link[data-id="${link.id}"]`) as HTMLElement);
    expect(store.getState().selectedLinkId).toBe(link.id);
    expect(store.getState().panel).toBe('link');

    const statement = atlas.statements!.find((st) => st.section === '四' && st.industries.includes('ai'))!;
    const p = open(statement.zh);
    expect(within(p).getByText('City-wide statement, in the profiles of:')).toBeTruthy();
    fireEvent.click(within(p).getByRole('button', { name: 'Artificial intelligence' }));
    expect(store.getState().profileIndustry).toBe('ai');
    expect(store.getState().panel).toBe('industry');

    const target = atlas.indicators.find((i) => i.id === 'rd-intensity')!;
    fireEvent.click(open(target.quote).querySelector('.attach-link[data-kind="indicator"]') as HTMLElement);
    expect(store.getState().panel).toBe('indicators');
  });
});
