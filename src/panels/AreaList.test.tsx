// @vitest-environment jsdom
// Component tests of the list view: every area reachable by a button, grouped by kind.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureAtlas, renderWithAtlas } from '../../tests/support/atlasFixtures';
import { AreaList, groupAreasByKind } from './AreaList';

afterEach(cleanup);

describe('AreaList', () => {
  it('has one button per area, named by the area, and one per link', () => {
    const { atlas } = renderWithAtlas(<AreaList />, { language: 'zh' });
    const nav = screen.getByRole('navigation', { name: /全部地区/ });
    expect(within(nav).getAllByRole('button')).toHaveLength(atlas.areas.length + atlas.links.length);
    expect(within(nav).getByRole('button', { name: '海淀区 Haidian District' })).toBeTruthy();
  });

  it('groups areas by kind, 三城一区 first', () => {
    renderWithAtlas(<AreaList />, { language: 'en' });
    const groups = screen.getAllByRole('group').map((g) => g.querySelector('summary')!.textContent);
    expect(groups[0]).toBe('Three Cities, One Zone 2');
    expect(groups[1]).toBe('District 2');
  });

  it('selects an area on click (as a list pick) and marks it current', async () => {
    const user = userEvent.setup();
    const { store } = renderWithAtlas(<AreaList />, { language: 'en' });
    const button = screen.getByRole('button', { name: /^Haidian Park/ });
    await user.click(button);
    expect(store.getState()).toMatchObject({ selectedId: 'zgc-haidian', selectionOrigin: 'list' });
    expect(button.getAttribute('aria-current')).toBe('true');
  });

  it('lists every link in a Links group by its two ends and kind; a click selects the link', async () => {
    const user = userEvent.setup();
    const { store, atlas } = renderWithAtlas(<AreaList />, { language: 'en' });
    const group = screen
      .getAllByRole('group')
      .find((g) => g.querySelector('summary')!.textContent === `Links ${atlas.links.length}`)!;
    expect(group).toBeTruthy();
    const buttons = within(group).getAllByRole('button');
    expect(buttons).toHaveLength(atlas.links.length);
    const shanghai = within(group).getByRole('button', { name: /^Zhongguancun Science City — Shanghai/ });
    expect(shanghai.textContent).toContain('National cooperation');
    await user.click(shanghai);
    expect(store.getState()).toMatchObject({
      selectedLinkId: 'link-shanghai',
      selectedId: null,
      panel: 'link',
      selectionOrigin: 'list',
    });
    expect(shanghai.getAttribute('aria-current')).toBe('true');
  });

  it('keeps one entry current as the selection moves elsewhere: the map, another area, a link, none', async () => {
    const { store } = renderWithAtlas(<AreaList />, { language: 'en' });
    const current = () =>
      [...document.querySelectorAll('[aria-current="true"]')].map((b) => b.textContent ?? '');
    expect(current()).toEqual([]);
    await act(async () => store.getState().selectArea('zgc-haidian', 'map'));
    expect(current()).toHaveLength(1);
    expect(current()[0]).toMatch(/^Haidian Park/);
    await act(async () => store.getState().selectArea('haidian', 'map'));
    expect(current()).toHaveLength(1);
    expect(current()[0]).toMatch(/^Haidian District/);
    await act(async () => store.getState().selectLink('link-shanghai', 'map'));
    expect(current()).toHaveLength(1);
    expect(current()[0]).toMatch(/^Zhongguancun Science City — Shanghai/);
    await act(async () => store.getState().clearSelection());
    expect(current()).toEqual([]);
  });

  it('hovering a list entry highlights it on the map through the store', async () => {
    const user = userEvent.setup();
    const { store } = renderWithAtlas(<AreaList />);
    await user.hover(screen.getByRole('button', { name: /^上海/ }));
    expect(store.getState().hoveredId).toBe('shanghai');
  });
});

describe('groupAreasByKind', () => {
  it("drops kinds with no area and keeps the kind order and each kind's area order", () => {
    const atlas = fixtureAtlas();
    const areas = atlas.areas.filter((a) =>
      ['haidian', 'huairou', 'zgc-science-city', 'shanghai'].includes(a.id),
    );
    expect(groupAreasByKind(areas).map(([kind, list]) => [kind, list.map((a) => a.id)])).toEqual([
      ['three-cities-one-district', ['zgc-science-city']],
      ['district', ['haidian', 'huairou']],
      ['national', ['shanghai']],
    ]);
    expect(groupAreasByKind([])).toEqual([]);
  });
});
