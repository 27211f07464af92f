// @vitest-environment jsdom
// Component tests of the compare panel: shared and unique industries, the similarity with its explanation, tasks by
// industry, adding/removing areas, and the most similar areas of the selection.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureAtlas, renderWithAtlas } from '../../../tests/support/atlasFixtures';
import { cosineSimilarity } from '../../data/similarity';
import ComparePanel from './ComparePanel';

afterEach(cleanup);

describe('ComparePanel', () => {
  it('asks for two areas until it has them', () => {
    const { store } = renderWithAtlas(<ComparePanel />, { language: 'en' });
    expect(screen.getByText('Choose at least two areas to compare.')).toBeTruthy();
    act(() => store.getState().setCompare(['zgc-science-city']));
    expect(screen.getByText('Choose at least two areas to compare.')).toBeTruthy();
  });

  it('offers the printable brief at the top, before the long comparison', () => {
    const { store } = renderWithAtlas(<ComparePanel />, { language: 'en' });
    act(() => store.getState().setCompare(['zgc-science-city', 'huairou-science-city']));
    const print = screen.getByRole('button', { name: /brief/i });
    const similarity = screen.getByRole('heading', { name: 'Similarity' });
    expect(print.compareDocumentPosition(similarity) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('frames the compared areas on the map on request', async () => {
    const { store } = renderWithAtlas(<ComparePanel />, { language: 'en' });
    act(() => store.getState().setCompare(['zgc-science-city', 'huairou-science-city']));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show them on the map' }));
    expect(store.getState().fitRequest?.ids).toEqual(['zgc-science-city', 'huairou-science-city']);
  });

  it('shows shared and unique industries and the cosine similarity, saying what it is', () => {
    const { store, atlas } = renderWithAtlas(<ComparePanel />, { language: 'en' });
    act(() => store.getState().setCompare(['zgc-science-city', 'huairou-science-city']));
    const shared = screen.getByTestId('compare-shared');
    expect(within(shared).getByText('Quantum information')).toBeTruthy();
    expect(within(shared).queryByText('Artificial intelligence')).toBeNull();
    const zgcOnly = document.querySelector<HTMLElement>('.compare-unique[data-area-id="zgc-science-city"]')!;
    expect(within(zgcOnly).getByText('Artificial intelligence')).toBeTruthy();
    const hrOnly = document.querySelector<HTMLElement>(
      '.compare-unique[data-area-id="huairou-science-city"]',
    )!;
    expect(within(hrOnly).getByText('No industry of its own.')).toBeTruthy();

    const byId = new Map(atlas.areas.map((a) => [a.id, a]));
    const expected = cosineSimilarity(byId.get('zgc-science-city')!, byId.get('huairou-science-city')!);
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(1);
    const cell = document.querySelector('[data-similarity="zgc-science-city|huairou-science-city"]')!;
    expect(cell.textContent).toBe(expected.toFixed(2));
    expect(screen.getAllByText(/cosine of the two areas’ industry profiles/).length).toBeGreaterThan(0);
  });

  it('says when two compared areas are the same ground, and only then', () => {
    const { store } = renderWithAtlas(<ComparePanel />, { language: 'en' });
    act(() => store.getState().setCompare(['haidian', 'zgc-science-city']));
    expect(document.querySelector('.compare-same-ground')!.textContent).toBe(
      'Zhongguancun Science City covers the whole of Haidian District: their similarity compares what the plan asks under each name, not the ground.',
    );
    // 怀柔科学城 lies in 怀柔区 but is a part of it
    act(() => store.getState().setCompare(['huairou', 'huairou-science-city']));
    expect(document.querySelector('.compare-same-ground')).toBeNull();
  });

  it('of three areas, names who shares each shared industry', () => {
    const { store } = renderWithAtlas(<ComparePanel />, { language: 'en' });
    act(() => store.getState().setCompare(['haidian', 'zgc-science-city', 'huairou-science-city']));
    const chips = within(screen.getByTestId('compare-shared')).getAllByRole('listitem');
    expect(chips.map((c) => c.textContent)).toEqual([
      'Artificial intelligence (Haidian District, Zhongguancun Science City)',
      'Quantum information (Zhongguancun Science City, Huairou Science City)',
    ]);
  });

  it('aligns tasks by industry, marking the industry every area has as shared', () => {
    const { store } = renderWithAtlas(<ComparePanel />, { language: 'zh' });
    act(() => store.getState().setCompare(['haidian', 'zgc-science-city']));
    const table = screen.getByRole('table', { name: '各地区按产业对齐的规划任务' });
    const aiRow = within(table)
      .getByRole('rowheader', { name: /人工智能/ })
      .closest('tr')!;
    expect(aiRow.classList.contains('is-shared')).toBe(true);
    expect(within(aiRow).getByText('海淀区要发挥中关村科学城主阵地作用。')).toBeTruthy();
    const quantumRow = within(table).getByRole('rowheader', { name: '量子信息' }).closest('tr')!;
    // haidian does not have it; zgc-science-city lists it without a tagged sentence (said so, not "not listed")
    expect(within(quantumRow).getAllByText('未涉及')).toHaveLength(1);
    expect(within(quantumRow).getByText('列有此产业，但没有单独标注的句子')).toBeTruthy();
  });

  it('adds an area from the picker and removes one with its × button', async () => {
    const user = userEvent.setup();
    const { store } = renderWithAtlas(<ComparePanel />, { language: 'en' });
    act(() => store.getState().setCompare(['zgc-science-city']));
    const picker = screen.getByRole('combobox', { name: /Add an area/ });
    await user.selectOptions(picker, 'huairou-science-city');
    // choosing alone does not add (keyboard users step through the options)
    expect(store.getState().compareIds).toEqual(['zgc-science-city']);
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(store.getState().compareIds).toEqual(['zgc-science-city', 'huairou-science-city']);
    await user.click(screen.getByRole('button', { name: 'Remove Zhongguancun Science City' }));
    expect(store.getState().compareIds).toEqual(['huairou-science-city']);
  });

  it('lists the areas most similar to the selected one; "compare" puts both in the set', async () => {
    const user = userEvent.setup();
    const { store } = renderWithAtlas(<ComparePanel />, { language: 'en', atlas: fixtureAtlas() });
    act(() => store.getState().selectArea('zgc-science-city'));
    const section = screen.getByRole('region', { name: 'Most similar to Zhongguancun Science City' });
    const names = within(section)
      .getAllByRole('listitem')
      .map((li) => li.querySelector('.similar-name')?.textContent);
    expect(names[0]).toBeDefined();
    expect(names).not.toContain('Zhongguancun Science City');
    await user.click(
      within(section).getByRole('button', { name: `Compare Zhongguancun Science City with ${names[0]}` }),
    );
    expect(store.getState().compareIds[0]).toBe('zgc-science-city');
    expect(store.getState().compareIds).toHaveLength(2);
    expect(store.getState().panel).toBe('compare');
  });
});
