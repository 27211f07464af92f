// @vitest-environment jsdom
// Component tests of the matrix panel: an accessible table, row ↔ store hover, sorting, and a cell's sentences.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithAtlas, taggedFixtureAtlas } from '../../../tests/support/atlasFixtures';
import MatrixPanel from './MatrixPanel';

afterEach(cleanup);

/** The fixture with sentences tagged, so cells have counts. */
const taggedAtlas = () =>
  taggedFixtureAtlas({
    'zgc-science-city': ['ai', 'quantum'],
    'huairou-science-city': ['quantum'],
  });

const rowIds = () =>
  Array.from(document.querySelectorAll<HTMLElement>('tbody tr[data-area-id]')).map((r) => r.dataset.areaId);

describe('MatrixPanel', () => {
  it('is a table with a caption, column/row headers with scopes, kind row groups and totals', () => {
    renderWithAtlas(<MatrixPanel />, { language: 'en', atlas: taggedAtlas() });
    const table = screen.getByRole('table', { name: /Areas × industries/ });
    expect(
      within(table).getByRole('columnheader', { name: 'Artificial intelligence' }).getAttribute('scope'),
    ).toBe('col');
    expect(
      within(table)
        .getByRole('rowheader', { name: /Zhongguancun Science City/ })
        .getAttribute('scope'),
    ).toBe('row');
    expect(table.querySelector('th[scope="colgroup"]')?.textContent).toBe('Frontier technology');
    expect(Array.from(table.querySelectorAll('th[scope="rowgroup"]')).map((th) => th.textContent)).toEqual([
      'Three Cities, One Zone',
      'District',
      'Platform',
    ]);
    const totals = table.querySelector('tfoot tr')!;
    // ai: haidian 1 + zgc 1; quantum: zgc 1 + huairou-science-city 1 (+ the untagged platform lists it: 0)
    expect(Array.from(totals.querySelectorAll('td')).map((td) => td.textContent)).toEqual(['2', '2', '4']);
  });

  it('hovering a row sets the store’s hovered area; the hovered area’s row is marked', () => {
    const { store } = renderWithAtlas(<MatrixPanel />, { language: 'en', atlas: taggedAtlas() });
    const row = document.querySelector<HTMLElement>('tr[data-area-id="haidian"]')!;
    fireEvent.mouseEnter(row);
    expect(store.getState().hoveredId).toBe('haidian');
    fireEvent.mouseLeave(row);
    expect(store.getState().hoveredId).toBeNull();
    act(() => store.getState().hoverArea('zgc-science-city'));
    const zgc = document.querySelector<HTMLElement>('tr[data-area-id="zgc-science-city"]')!;
    expect(zgc.dataset.hovered).toBe('true');
    expect(zgc.classList.contains('is-hovered')).toBe(true);
  });

  it('sorts by total and by a column, saying so with aria-sort', async () => {
    const user = userEvent.setup();
    renderWithAtlas(<MatrixPanel />, { language: 'en', atlas: taggedAtlas() });
    await user.click(screen.getByRole('button', { name: 'By total' }));
    expect(rowIds()).toEqual([
      'zgc-science-city',
      'huairou-science-city',
      'haidian',
      'huairou-national-science-center',
    ]);
    const th = screen.getByRole('columnheader', { name: 'Total' });
    expect(th.getAttribute('aria-sort')).toBe('descending');
    await user.click(screen.getByRole('button', { name: 'Artificial intelligence' }));
    expect(
      screen.getByRole('columnheader', { name: 'Artificial intelligence' }).getAttribute('aria-sort'),
    ).toBe('descending');
  });

  it('a cell shows the plan sentences behind it', async () => {
    const user = userEvent.setup();
    renderWithAtlas(<MatrixPanel />, { language: 'zh', atlas: taggedAtlas() });
    await user.click(screen.getByRole('button', { name: '中关村科学城 × 量子信息：1 句' }));
    const detail = screen.getByRole('region', { name: '中关村科学城 × 量子信息' });
    expect(within(detail).getByText('第 七.(一) 节')).toBeTruthy();
    expect(detail.textContent).toContain('中关村科学城要提升基础研究和原始创新能力。');
  });
  it('with an industry filter active: only its industries and result areas by default, untick for the whole matrix', async () => {
    const user = userEvent.setup();
    const { store } = renderWithAtlas(<MatrixPanel />, { language: 'en', atlas: taggedAtlas() });
    const label = 'Only the filter’s industries and matching areas';
    // no filter: no checkbox, every column
    expect(screen.queryByRole('checkbox', { name: label })).toBeNull();
    const columns = () =>
      Array.from(document.querySelectorAll('thead th[scope="col"].matrix-colhead')).map(
        (th) => th.textContent,
      );
    expect(columns()).toEqual(['Artificial intelligence', 'Quantum information']);
    const all = rowIds();

    act(() => store.getState().setIndustries(['ai']));
    const box = screen.getByRole('checkbox', { name: label });
    expect((box as HTMLInputElement).checked).toBe(true);
    expect(columns()).toEqual(['Artificial intelligence']);
    // the filter's results: the areas listing ai, in the matrix's kind order
    expect(rowIds()).toEqual(['zgc-science-city', 'haidian']);
    expect(screen.getByRole('table').querySelector('caption')?.textContent).toContain(
      '(2 areas, 1 industries)',
    );

    await user.click(box);
    expect(columns()).toEqual(['Artificial intelligence', 'Quantum information']);
    expect(rowIds()).toEqual(all);

    await user.click(box);
    expect(rowIds()).toEqual(['zgc-science-city', 'haidian']);
    // clearing the filter removes the checkbox and restores the whole matrix
    act(() => store.getState().clearFilter());
    expect(screen.queryByRole('checkbox', { name: label })).toBeNull();
    expect(rowIds()).toEqual(all);
  });

  it('a chosen group stands for its industries as columns', () => {
    const { store } = renderWithAtlas(<MatrixPanel />, { language: 'zh', atlas: taggedAtlas() });
    act(() => store.getState().toggleGroup('frontier'));
    expect(screen.getByRole('checkbox', { name: '只看筛选的产业和匹配地区' })).toBeTruthy();
    expect(
      Array.from(document.querySelectorAll('thead th[scope="col"].matrix-colhead')).map(
        (th) => th.textContent,
      ),
    ).toEqual(['人工智能', '量子信息']);
    expect(rowIds()).toEqual([
      'zgc-science-city',
      'huairou-science-city',
      'haidian',
      'huairou-national-science-center',
    ]);
  });
});
