// @vitest-environment jsdom
// Component tests of the industry filter panel: checkbox names and counts, any/all, groups, kinds, results and why.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithAtlas, taggedFixtureAtlas } from '../../../tests/support/atlasFixtures';
import FilterPanel from './FilterPanel';

afterEach(cleanup);

/** The fixture with the sentences tagged, so results have a "why". */
const taggedAtlas = () =>
  taggedFixtureAtlas({
    'zgc-science-city': ['ai', 'quantum'],
    'huairou-science-city': ['quantum'],
    'huairou-national-science-center': ['quantum'],
  });

const description = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

const resultIds = () =>
  Array.from(document.querySelectorAll<HTMLElement>('.result')).map((li) => li.dataset.areaId);

describe('FilterPanel', () => {
  it('names each checkbox by its industry (or group) and describes it with its count of areas', () => {
    renderWithAtlas(<FilterPanel />, { language: 'en' });
    const ai = screen.getByRole('checkbox', { name: 'Artificial intelligence' });
    const quantum = screen.getByRole('checkbox', { name: 'Quantum information' });
    const group = screen.getByRole('checkbox', { name: 'Frontier technology' });
    expect(description(ai)).toBe('2 areas');
    expect(description(quantum)).toBe('3 areas');
    expect(description(group)).toBe('4 areas in this group');
  });

  it('names controls in Chinese when the app is in Chinese', () => {
    renderWithAtlas(<FilterPanel />, { language: 'zh' });
    expect(screen.getByRole('checkbox', { name: '人工智能' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: '任一所选产业' })).toBeTruthy();
  });

  it('ticking an industry updates the store and lists the matching areas with the sentence that says why', async () => {
    const user = userEvent.setup();
    const { store } = renderWithAtlas(<FilterPanel />, { language: 'zh', atlas: taggedAtlas() });
    expect(screen.getByRole('status').textContent).toBe('尚未选择产业：地图显示全部地区。');
    await user.click(screen.getByRole('checkbox', { name: '人工智能' }));
    expect(store.getState().filter.industries).toEqual(['ai']);
    expect(screen.getByRole('status').textContent).toBe('2 个地区符合');
    expect(resultIds()).toEqual(['haidian', 'zgc-science-city']);
    const zgc = document.querySelector<HTMLElement>('.result[data-area-id="zgc-science-city"]')!;
    expect(within(zgc).getByText('第 七.(一) 节')).toBeTruthy();
    expect(within(zgc).getByText('中关村科学城要提升基础研究和原始创新能力。').getAttribute('lang')).toBe(
      'zh-CN',
    );
    expect(within(zgc).getByText('人工智能', { selector: '.chip-industry' })).toBeTruthy();
  });

  it.each<['any' | 'all', string[]]>([
    ['any', ['zgc-science-city', 'haidian', 'huairou-science-city', 'huairou-national-science-center']],
    ['all', ['zgc-science-city']],
  ])('match %s of AI + quantum', async (match, expected) => {
    const user = userEvent.setup();
    const { store } = renderWithAtlas(<FilterPanel />, { language: 'en', atlas: taggedAtlas() });
    await user.click(screen.getByRole('checkbox', { name: 'Artificial intelligence' }));
    await user.click(screen.getByRole('checkbox', { name: 'Quantum information' }));
    await user.click(
      screen.getByRole('radio', { name: match === 'any' ? 'Any chosen industry' : 'All chosen industries' }),
    );
    expect(store.getState().filter.match).toBe(match);
    expect(resultIds()).toEqual(expected);
  });

  it('the count jumps to the results without touching the map camera in the URL', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?ind=ai#9/40.2/116.4');
    renderWithAtlas(<FilterPanel />, { language: 'en', atlas: taggedAtlas() });
    await user.click(screen.getByRole('checkbox', { name: 'Artificial intelligence' }));
    // (jsdom has no layout to scroll)
    Element.prototype.scrollIntoView ??= () => {};
    await user.click(screen.getByRole('button', { name: /areas match ↓/ }));
    expect(document.activeElement?.id).toBe('filter-results-title');
    expect(window.location.hash).toBe('#9/40.2/116.4');
    window.history.replaceState(null, '', '/');
  });

  it('the group checkbox chooses the whole group; unticking one industry keeps the other', async () => {
    const user = userEvent.setup();
    const { store } = renderWithAtlas(<FilterPanel />, { language: 'en' });
    await user.click(screen.getByRole('checkbox', { name: 'Frontier technology' }));
    expect(store.getState().filter).toMatchObject({ groups: ['frontier'], industries: [] });
    expect(
      (screen.getByRole('checkbox', { name: 'Artificial intelligence' }) as HTMLInputElement).checked,
    ).toBe(true);
    await user.click(screen.getByRole('checkbox', { name: 'Artificial intelligence' }));
    expect(store.getState().filter).toMatchObject({ groups: [], industries: ['quantum'] });
    const group = screen.getByRole('checkbox', { name: 'Frontier technology' }) as HTMLInputElement;
    expect(group.checked).toBe(false);
    expect(group.indeterminate).toBe(true);
  });

  it('limiting the kinds updates the counts and the results', async () => {
    const user = userEvent.setup();
    const { store } = renderWithAtlas(<FilterPanel />, { language: 'en' });
    await user.click(screen.getByRole('button', { name: 'District', pressed: false }));
    expect(store.getState().filter.kinds).toEqual(['district']);
    expect(description(screen.getByRole('checkbox', { name: 'Artificial intelligence' }))).toBe('1 area');
    await user.click(screen.getByRole('checkbox', { name: 'Artificial intelligence' }));
    expect(resultIds()).toEqual(['haidian']);
  });

  it('a result selects its area; clear empties the filter', async () => {
    const user = userEvent.setup();
    const { store } = renderWithAtlas(<FilterPanel />, { language: 'en' });
    await user.click(screen.getByRole('checkbox', { name: 'Artificial intelligence' }));
    await user.click(screen.getByRole('button', { name: /^Haidian District/ }));
    expect(store.getState()).toMatchObject({ selectedId: 'haidian', selectionOrigin: 'list' });
    await user.click(screen.getByRole('button', { name: 'Clear filter' }));
    expect(store.getState().filter.industries).toEqual([]);
    expect(resultIds()).toEqual([]);
  });

  it('"Fit the map to the results" asks the map to frame every result, and only while there are results', async () => {
    const user = userEvent.setup();
    const { store } = renderWithAtlas(<FilterPanel />, { language: 'en', atlas: taggedAtlas() });
    expect(screen.queryByRole('button', { name: 'Fit the map to the results' })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Quantum information' }));
    await user.click(screen.getByRole('button', { name: 'Fit the map to the results' }));
    expect([...(store.getState().fitRequest?.ids ?? [])].sort()).toEqual([...resultIds()].sort());
    expect(store.getState().fitRequest?.ids.length).toBeGreaterThan(1);
  });
});
