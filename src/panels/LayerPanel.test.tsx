// @vitest-environment jsdom
// Component tests of the layer toggles: one labelled checkbox per layer group, wired to the store.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithAtlas } from '../../tests/support/atlasFixtures';
import { LAYER_GROUPS } from '../store/layerGroups';
import { LayerPanel } from './LayerPanel';

afterEach(cleanup);

describe('LayerPanel', () => {
  it('has a checked checkbox per layer group, named by the group', () => {
    renderWithAtlas(<LayerPanel />, { language: 'zh' });
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(LAYER_GROUPS.length);
    expect(screen.getByRole('checkbox', { name: '三城一区' })).toHaveProperty('checked', true);
    expect(screen.getByRole('checkbox', { name: '中关村分园' })).toBeTruthy();
  });

  it('unchecking a box hides that group in the store', async () => {
    const user = userEvent.setup();
    const { store } = renderWithAtlas(<LayerPanel />, { language: 'en' });
    await user.click(screen.getByRole('checkbox', { name: 'Districts' }));
    expect(store.getState().visibleLayers.districts).toBe(false);
    expect(screen.getByRole('checkbox', { name: 'Districts' })).toHaveProperty('checked', false);
  });

  it('names the 三城一区 zones of the atlas in the legend', () => {
    renderWithAtlas(<LayerPanel />, { language: 'en' });
    expect(screen.getByText('Huairou Science City')).toBeTruthy();
    expect(screen.getByText('Dashed outline: approximate boundary, not official')).toBeTruthy();
  });
});

describe('LayerPanel legend', () => {
  it('is open at the start on a desktop and lists one entry per colour, approximate outlines dashed', () => {
    renderWithAtlas(<LayerPanel />, { language: 'zh' });
    const legend = document.querySelector<HTMLDetailsElement>('details.legend')!;
    expect(legend.open).toBe(true);
    const dashed = legend.querySelector('[data-legend-entry="approximate"] rect')!;
    expect(dashed.getAttribute('stroke-dasharray')).toBe('5 3');
    expect(
      legend.querySelector('[data-legend-entry="official"] rect')!.getAttribute('stroke-dasharray'),
    ).toBeNull();
    expect(screen.getByText('京津冀协同：区域与联系')).toBeTruthy();
  });
});
