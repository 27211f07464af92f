// @vitest-environment jsdom
// Component test of the header search: combobox/listbox roles, arrows, Enter, Escape, "/" shortcut, industry picks.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fetchFrom, fixtureAtlas, renderWithAtlas } from '../../../tests/support/atlasFixtures';
import { buildSearchEntries } from '../../../scripts/content/searchEntries';
import { SearchBox } from './SearchBox';

afterEach(cleanup);

// pinyin is computed here in Node, as the build does; the box reads it from search.json
const searchJson = buildSearchEntries(fixtureAtlas());

async function setup() {
  const user = userEvent.setup();
  const rendered = renderWithAtlas(<SearchBox />, {
    language: 'en',
    fetch: fetchFrom({ 'data/search.json': searchJson }),
  });
  await act(async () => {});
  const box = screen.getByRole('combobox', { name: 'Search areas or industries' });
  return { user, box, ...rendered };
}

describe('SearchBox', () => {
  it('is a labelled combobox controlling a listbox, closed while empty', async () => {
    const { box } = await setup();
    const listbox = document.getElementById(box.getAttribute('aria-controls')!)!;
    expect(listbox.getAttribute('role')).toBe('listbox');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(listbox.hidden).toBe(true);
  });

  it('finds 怀柔 by full pinyin and by initials, and moves aria-selected with the arrows', async () => {
    const { user, box } = await setup();
    await user.type(box, 'huairou');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(
      expect.arrayContaining([expect.stringContaining('怀柔区'), expect.stringContaining('怀柔科学城')]),
    );
    expect(options.every((o) => o.getAttribute('aria-selected') === 'false')).toBe(true);
    await user.keyboard('{ArrowDown}');
    expect(options[0].getAttribute('aria-selected')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0].id);
    await user.keyboard('{ArrowDown}');
    expect(screen.getAllByRole('option')[1].getAttribute('aria-selected')).toBe('true');
    await user.keyboard('{ArrowUp}{ArrowUp}');
    // wraps to the last option
    const after = screen.getAllByRole('option');
    expect(after[after.length - 1].getAttribute('aria-selected')).toBe('true');

    await user.clear(box);
    await user.type(box, 'hr');
    expect(screen.getAllByRole('option')[0].textContent).toContain('怀柔');
  });

  it('Enter selects the highlighted area (origin list, area panel) and closes the list', async () => {
    const { user, box, store } = await setup();
    await user.type(box, 'huairou');
    const names = screen.getAllByRole('option').map((o) => o.textContent ?? '');
    const target = names.findIndex((n) => n.includes('怀柔科学城'));
    for (let i = 0; i <= target; i++) await user.keyboard('{ArrowDown}');
    await user.keyboard('{Enter}');
    expect(store.getState()).toMatchObject({
      selectedId: 'huairou-science-city',
      selectionOrigin: 'list',
      panel: 'area',
    });
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('Enter without an arrow takes the first result; an industry sets the filter to it', async () => {
    const { user, box, store } = await setup();
    await user.type(box, 'quantum{Enter}');
    expect(store.getState().filter.industries).toEqual(['quantum']);
    expect(store.getState().panel).toBe('filter');
  });

  it('Escape closes the list, a second Escape clears the text', async () => {
    const { user, box } = await setup();
    await user.type(box, 'haidian');
    expect(screen.getAllByRole('option').length).toBeGreaterThan(0);
    await user.keyboard('{Escape}');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect((box as HTMLInputElement).value).toBe('haidian');
    await user.keyboard('{Escape}');
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('"/" focuses the box from elsewhere on the page but types normally inside inputs', async () => {
    const { user, box } = await setup();
    (document.activeElement as HTMLElement | null)?.blur();
    await user.keyboard('/');
    expect(document.activeElement).toBe(box);
    expect((box as HTMLInputElement).value).toBe('');
    await user.keyboard('/');
    expect((box as HTMLInputElement).value).toBe('/');
  });

  it('says so when nothing matches', async () => {
    const { user, box } = await setup();
    await user.type(box, 'zzzzqqq');
    expect(screen.getByRole('option').textContent).toBe('No results');
  });

  it('finds a link by one of its ends and opens the link panel on it', async () => {
    const { user, box, store } = await setup();
    await user.type(box, 'Shanghai');
    const option = screen
      .getAllByRole('option')
      .find((o) => o.textContent?.includes('Zhongguancun Science City — Shanghai'))!;
    expect(option.textContent).toContain('Link · National cooperation');
    await user.click(option);
    expect(store.getState()).toMatchObject({ selectedLinkId: 'link-shanghai', panel: 'link' });
  });

  it('without search.json says pinyin search is unavailable and still finds names', async () => {
    const user = userEvent.setup();
    renderWithAtlas(<SearchBox />, { language: 'en', fetch: fetchFrom({}) });
    const box = screen.getByRole('combobox', { name: 'Search areas or industries' });
    const note = await screen.findByText(
      /Pinyin search is unavailable \(data\/search\.json: HTTP 404 Not Found\)/,
    );
    expect(box.getAttribute('aria-describedby')).toBe(note.id);
    await user.type(box, 'Haidian');
    const names = screen.getAllByRole('option').map((o) => o.textContent);
    expect(names.some((n) => n?.includes('Haidian District'))).toBe(true);
    // pinyin initials need search.json: "hd" finds nothing now
    await user.clear(box);
    await user.type(box, 'hd');
    expect(screen.queryAllByRole('option').filter((o) => o.textContent?.includes('海淀区'))).toEqual([]);
  });
});
