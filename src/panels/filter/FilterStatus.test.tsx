// @vitest-environment jsdom
// The note over the map while a filter is on and its panel is closed.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithAtlas } from '../../../tests/support/atlasFixtures';
import { FilterStatus } from './FilterStatus';

afterEach(cleanup);

describe('FilterStatus', () => {
  it('shows nothing without a filter, or while the filter panel is open', () => {
    const { store, container } = renderWithAtlas(<FilterStatus />, { language: 'en' });
    expect(container.textContent).toBe('');
    act(() => {
      store.getState().toggleIndustry('ai');
      store.getState().openPanel('filter');
    });
    expect(container.textContent).toBe('');
  });

  it('names the choice and the count, and opens or clears the filter', async () => {
    const user = userEvent.setup();
    const { store } = renderWithAtlas(<FilterStatus />, { language: 'en' });
    act(() => store.getState().setFilter({ industries: ['ai'], groups: ['frontier'], match: 'all' }));
    const note = screen.getByRole('group', { name: 'Industry filter' });
    expect(note.textContent).toContain(
      'Industry filter: Artificial intelligence, Frontier technology (All chosen industries) 2 areas match',
    );
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    expect(store.getState().panel).toBe('filter');
    act(() => store.getState().closePanel());
    await user.click(screen.getByRole('button', { name: 'Clear filter' }));
    expect(store.getState().filter.industries).toEqual([]);
    expect(screen.queryByRole('group')).toBeNull();
  });
});
