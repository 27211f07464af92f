// @vitest-environment jsdom
// Component tests of the matrix panel: an accessible table, row ↔ store hover, sorting, and a cell's sentences.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureAtlas, renderWithAtlas, taggedFixtureAtlas } from '../../../tests/support/atlasFixtures';
import type { Atlas } from '../../data/types';
import MatrixPanel, { COLUMN_WIDTH, ROW_HEIGHT } from './MatrixPanel';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

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

  describe('a matrix larger than its view draws only the rows and columns in view and a margin', () => {
    /** 200 districts and 120 industries; district n speaks of industry n mod 120 in one sentence. */
    const wideAtlas = (): Atlas => {
      const mini = fixtureAtlas();
      const district = mini.areas.find((a) => a.id === 'haidian')!;
      const industries = Array.from({ length: 120 }, (_, n) => ({
        id: `ind-${n}`,
        zh: `产业${n}`,
        en: `Industry ${n}`,
        group: 'frontier',
      }));
      const areas = Array.from({ length: 200 }, (_, n) => ({
        ...district,
        id: `d-${n}`,
        name_zh: `区${n}`,
        name_en: `District ${n}`,
        industries: [`ind-${n % 120}`],
        tasks: [{ ...district.tasks[0], industries: [`ind-${n % 120}`] }],
      }));
      return { ...mini, areas, industries, links: [] };
    };
    const drawnRows = () => rowIds();
    const drawnColumns = () =>
      Array.from(document.querySelectorAll('thead th.matrix-colhead')).map((th) => th.textContent);
    /** A laid-out scroll box (jsdom lays nothing out): its size, its scroll offsets, the body 150px down. */
    const layOut = (box: HTMLElement) => {
      Object.defineProperty(box, 'clientHeight', { configurable: true, value: 600 });
      Object.defineProperty(box, 'clientWidth', { configurable: true, value: 800 });
      let top = 0;
      Object.defineProperty(box, 'scrollTop', {
        configurable: true,
        get: () => top,
        set: (v: number) => (top = v),
      });
      const firstBody = () => box.querySelector('tbody.matrix-gap-rows');
      const rect = (y: number) => ({
        top: y,
        bottom: y,
        left: 0,
        right: 0,
        width: 0,
        height: 0,
        x: 0,
        y,
        toJSON: () => ({}),
      });
      vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
        this: HTMLElement,
      ) {
        return rect(this === firstBody() ? 150 - top : 0);
      });
      return (scroll: { top?: number; left?: number }) => {
        if (scroll.top !== undefined) top = scroll.top;
        if (scroll.left !== undefined)
          Object.defineProperty(box, 'scrollLeft', { configurable: true, value: scroll.left });
        act(() => {
          box.dispatchEvent(new Event('scroll'));
        });
      };
    };

    it('says how big the whole table is, and draws a window of it with gaps for the rest', () => {
      renderWithAtlas(<MatrixPanel />, { language: 'en', atlas: wideAtlas() });
      const table = screen.getByRole('table');
      // 2 header rows, the kind header, 200 rows, the totals; the area, 120 industries, the total
      expect(table.getAttribute('aria-rowcount')).toBe('204');
      expect(table.getAttribute('aria-colcount')).toBe('122');
      expect(table.querySelector('caption')?.textContent).toContain('(200 areas, 120 industries)');
      const rows = drawnRows();
      expect(rows[0]).toBe('d-0');
      expect(rows.length).toBeGreaterThan(20);
      expect(rows.length).toBeLessThan(60);
      const columns = drawnColumns();
      expect(columns[0]).toBe('Industry 0');
      expect(columns.length).toBeGreaterThan(28);
      expect(columns.length).toBeLessThan(70);
      // what is not drawn is a gap as tall / wide as the rows and columns it stands for
      const [, after] = Array.from(table.querySelectorAll<HTMLElement>('tbody.matrix-gap-rows td'));
      expect(after.style.height).toBe(`${(201 - rows.length - 1) * ROW_HEIGHT}px`);
      const gap = table.querySelector<HTMLElement>('thead tr:nth-child(2) .matrix-gap')!;
      expect(gap.getAttribute('aria-hidden')).toBe('true');
      expect(gap.style.width).toBe(`${(120 - columns.length) * COLUMN_WIDTH}px`);
      // a drawn row has the same cells as the header: area, drawn columns, gap, total
      const row = table.querySelector('tr[data-area-id="d-5"]')!;
      expect(row.children).toHaveLength(columns.length + 3);
      expect(row.getAttribute('aria-rowindex')).toBe('9');
      expect(
        within(row as HTMLElement)
          .getByRole('button', { name: 'District 5 × Industry 5: 1 sentences' })
          .closest('td')
          ?.getAttribute('aria-colindex'),
      ).toBe('7');
      // the totals stay those of the whole matrix
      expect(table.querySelector('tfoot .matrix-grand')?.textContent).toBe('200');
    });

    it('scrolling draws the rows and columns that come into view; an area hovered on the map scrolls to its row', () => {
      const { store } = renderWithAtlas(<MatrixPanel />, { language: 'en', atlas: wideAtlas() });
      const scroll = layOut(document.querySelector<HTMLElement>('.matrix-scroll')!);
      // the body starts 150px down: scrolled 3150px, line 100 (district 99) is at the top
      scroll({ top: 150 + 100 * ROW_HEIGHT });
      expect(drawnRows()).toContain('d-99');
      expect(drawnRows()).not.toContain('d-0');
      expect(document.querySelector('tr[data-area-id="d-99"]')?.getAttribute('aria-rowindex')).toBe('103');
      scroll({ left: 100 * COLUMN_WIDTH });
      expect(drawnColumns()).toContain('Industry 100');
      expect(drawnColumns()).not.toContain('Industry 0');
      expect(
        within(document.querySelector<HTMLElement>('tr[data-area-id="d-100"]')!).getByRole('button', {
          name: 'District 100 × Industry 100: 1 sentences',
        }),
      ).toBeTruthy();

      act(() => store.getState().hoverArea('d-190'));
      const box = document.querySelector<HTMLElement>('.matrix-scroll')!;
      // line 191 ends at 150 + 192 × 30 px: the box scrolls so that it is the last line in view
      expect(box.scrollTop).toBe(150 + 192 * ROW_HEIGHT - 600);
      scroll({});
      expect(document.querySelector('tr[data-area-id="d-190"]')?.getAttribute('data-hovered')).toBe('true');
    });
  });
});
