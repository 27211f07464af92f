// @vitest-environment jsdom
// Component test of the header search: combobox/listbox roles, arrows, Enter, Escape, "/" shortcut, industry picks,
// fields, and phrases found in the plan sentences attached to places and industries.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fetchFrom, fixtureAtlas, renderWithAtlas } from '../../../tests/support/atlasFixtures';
import { buildSearchEntries } from '../../../scripts/content/searchEntries';
import type { Atlas } from '../../data/types';
import { SearchBox } from './SearchBox';
import { retryableModule } from '../../data/retryableModule';

afterEach(cleanup);

// pinyin is computed here in Node, as the build does; the box reads it from search.json
const searchJson = buildSearchEntries(fixtureAtlas());

/** The search box in English over `atlas` (the fixture by default), once its index has loaded. */
async function setup(atlas?: Atlas) {
  const user = userEvent.setup();
  const rendered = renderWithAtlas(<SearchBox />, {
    language: 'en',
    ...(atlas ? { atlas } : {}),
    fetch: fetchFrom({ 'data/search.json': atlas ? buildSearchEntries(atlas) : searchJson }),
  });
  await act(async () => {});
  const box = screen.getByRole('combobox', { name: 'Search areas or industries' });
  // the index loads when the visitor turns to the box
  act(() => box.focus());
  await waitFor(() => expect(box.getAttribute('aria-busy')).toBe('false'));
  return { user, box, ...rendered };
}

/** The fixture with one field under quantum and one city-wide statement about it. */
function atlasWithField(): Atlas {
  const atlas = fixtureAtlas();
  return {
    ...atlas,
    fields: [
      { id: 'quantum-sensing', zh: '量子精密测量', en: 'Quantum precision measurement', industry: 'quantum' },
    ],
    statements: [
      {
        section: '七.(一)',
        zh: '推动量子精密测量装置研制。',
        en: 'Develop quantum precision measurement devices.',
        industries: ['quantum'],
        fields: ['quantum-sensing'],
      },
    ],
  };
}

describe('SearchBox', () => {
  it('loads its index only when the visitor turns to the box', async () => {
    const requested: string[] = [];
    const files = fetchFrom({ 'data/search.json': searchJson });
    renderWithAtlas(<SearchBox />, {
      language: 'en',
      fetch: (url) => {
        requested.push(String(url));
        return files(url);
      },
    });
    await act(async () => {});
    const box = screen.getByRole('combobox', { name: 'Search areas or industries' });
    expect(requested.filter((u) => u.includes('search.json'))).toEqual([]);
    expect(box.getAttribute('aria-busy')).toBe('false');
    const user = userEvent.setup();
    await user.hover(box);
    await waitFor(() => expect(requested.some((u) => u.includes('search.json'))).toBe(true));
    await user.type(box, 'hd');
    await waitFor(() =>
      expect(screen.getAllByRole('option').some((o) => o.textContent?.includes('海淀区'))).toBe(true),
    );
  });

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

  it('leaves the "/" shortcut out of the placeholder on a touch screen', () => {
    const matchMedia = window.matchMedia;
    window.matchMedia = ((q: string) => ({ matches: q === '(hover: none)' })) as typeof window.matchMedia;
    renderWithAtlas(<SearchBox />, { language: 'en', fetch: fetchFrom({}) });
    const box = screen.getByRole('combobox', { name: 'Search areas or industries' });
    expect(box.getAttribute('placeholder')).toBe('Search places, industries, fields, plan text');
    window.matchMedia = matchMedia;
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
    act(() => box.focus());
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

  it('says so when its code cannot be downloaded, and asks again when the visitor comes back to the box', async () => {
    const user = userEvent.setup();
    let online = false;
    const download = async () => {
      if (!online) throw new TypeError('Failed to fetch dynamically imported module: /assets/search-1.js');
      return import('../../data/search');
    };
    // (a retry asks for the address the failure named, under a query of its own)
    const code = retryableModule(download, download);
    renderWithAtlas(<SearchBox code={code} />, {
      language: 'en',
      fetch: fetchFrom({ 'data/search.json': searchJson }),
    });
    const box = screen.getByRole('combobox', { name: 'Search areas or industries' });
    act(() => box.focus());
    const note = await screen.findByText(
      /Search could not be loaded \(Failed to fetch dynamically imported module/,
    );
    expect(box.getAttribute('aria-describedby')).toBe(note.id);
    await user.type(box, 'hd');
    expect(screen.getByRole('option').textContent).toBe('Search is unavailable for now');
    // back online: leaving the box and coming back loads the search
    online = true;
    act(() => box.blur());
    act(() => box.focus());
    await waitFor(() => expect(screen.queryByText(/Search could not be loaded/)).toBeNull());
    await user.clear(box);
    await user.type(box, 'hd');
    await waitFor(() =>
      expect(screen.getAllByRole('option').some((o) => o.textContent?.includes('Haidian District'))).toBe(
        true,
      ),
    );
  });

  it('a field opens its industry profile with the map filtered to the field', async () => {
    const { user, box, store } = await setup(atlasWithField());
    await user.type(box, '量子精密测量');
    const [first] = screen.getAllByRole('option');
    expect(first.textContent).toContain('量子精密测量');
    expect(first.textContent).toContain('Field · Quantum');
    await user.keyboard('{Enter}');
    expect(store.getState()).toMatchObject({ panel: 'industry', profileIndustry: 'quantum' });
    expect(store.getState().filter).toMatchObject({ fields: ['quantum-sensing'], industries: [] });
  });

  it('a phrase of an attached sentence shows the place with its snippet and section, and opens it', async () => {
    const { user, box, store } = await setup();
    await user.type(box, '原始创新');
    const [first] = screen.getAllByRole('option');
    expect(first.textContent).toContain('中关村科学城');
    const mark = first.querySelector('.search-snippet mark');
    expect(mark?.textContent).toBe('原始创新');
    expect(first.querySelector('.search-snippet')?.textContent).toContain(
      '中关村科学城要提升基础研究和原始创新能力。 · 七.(一)',
    );
    await user.keyboard('{Enter}');
    expect(store.getState()).toMatchObject({ selectedId: 'zgc-science-city', panel: 'area' });
  });

  it('a phrase of an industry’s city-wide sentence opens the industry profile; English finds our translation', async () => {
    const { user, box, store } = await setup(atlasWithField());
    await user.type(box, 'devices');
    const [first] = screen.getAllByRole('option');
    expect(first.textContent).toContain('Quantum');
    expect(first.querySelector('.search-snippet mark')?.textContent).toBe('devices');
    expect(first.textContent).toContain('our translation');
    await user.keyboard('{Enter}');
    expect(store.getState()).toMatchObject({ panel: 'industry', profileIndustry: 'quantum' });
  });
});
