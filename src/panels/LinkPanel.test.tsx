// @vitest-environment jsdom
// Component tests of the link panel: the plan's sentence behind a link, verbatim with its section, and its two ends.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureAtlas, renderWithAtlas } from '../../tests/support/atlasFixtures';
import { LinkPanel } from './LinkPanel';

afterEach(cleanup);

describe('LinkPanel', () => {
  it('renders nothing while no link is selected', () => {
    const { container } = renderWithAtlas(<LinkPanel />);
    expect(container.querySelector('#link-panel')).toBeNull();
  });

  it('names the link by its two ends, gives its kind, and quotes the sentence with its section and translation', () => {
    const { store } = renderWithAtlas(<LinkPanel />, { language: 'en' });
    act(() => store.getState().selectLink('link-shanghai', 'map'));
    const panel = screen.getByRole('complementary', { name: 'Link details' });
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe(
      'Zhongguancun Science City — Shanghai',
    );
    expect(within(panel).getAllByText('National cooperation').length).toBeGreaterThan(0);
    const quote = within(panel).getByText('加强与上海合作');
    expect(quote.tagName).toBe('BLOCKQUOTE');
    expect(quote.getAttribute('lang')).toBe('zh-CN');
    const item = quote.closest('li.task') as HTMLElement;
    expect(within(item).getByText('English is a translation')).toBeTruthy();
    expect(item.textContent).toContain('Work with Shanghai');
    const group = item.closest('.task-group') as HTMLElement;
    expect(within(group).getByRole('heading', { level: 4 }).textContent).toContain('Section 七.(四)');
  });

  it('"Read in the plan" opens the reader on the sentence', async () => {
    const user = userEvent.setup();
    const { store } = renderWithAtlas(<LinkPanel />, { language: 'en' });
    act(() => store.getState().selectLink('link-xiongan', 'map'));
    await user.click(screen.getByRole('button', { name: 'Read in the plan' }));
    expect(store.getState()).toMatchObject({
      panel: 'reader',
      readerSection: '七.(四)',
      readerQuote: { section: '七.(四)', text: '雄安新区中关村科技园' },
    });
  });

  it('each end is a button that selects that area; × and Escape clear the link', async () => {
    const user = userEvent.setup();
    const { store } = renderWithAtlas(<LinkPanel />, { language: 'zh' });
    act(() => store.getState().selectLink('link-xiongan', 'list'));
    const panel = screen.getByRole('complementary', { name: '联系详情' });
    expect(within(panel).getByRole('button', { name: '中关村科学城' })).toBeTruthy();
    await user.click(within(panel).getByRole('button', { name: '雄安新区中关村科技园' }));
    expect(store.getState()).toMatchObject({ selectedId: 'xiongan', selectedLinkId: null, panel: 'area' });

    act(() => store.getState().selectLink('link-xiongan', 'list'));
    await user.click(screen.getByRole('button', { name: '关闭' }));
    expect(store.getState()).toMatchObject({ selectedLinkId: null, panel: null });

    act(() => store.getState().selectLink('link-xiongan', 'list'));
    await user.keyboard('{Escape}');
    expect(store.getState().selectedLinkId).toBeNull();
  });

  it('lists the other sentences of the plan on the same two places', () => {
    const atlas = fixtureAtlas();
    atlas.links.push({
      ...atlas.links[1],
      id: 'link-shanghai-2',
      zh: '共建长三角创新',
      en: 'Build together',
    });
    const { store } = renderWithAtlas(<LinkPanel />, { language: 'en', atlas });
    act(() => store.getState().selectLink('link-shanghai', 'map'));
    const other = screen.getByRole('region', { name: 'Other sentences of the plan on these two places' });
    expect(within(other).getByText('共建长三角创新')).toBeTruthy();
    expect(within(other).queryByText('加强与上海合作')).toBeNull();
  });
});
