// @vitest-environment jsdom
// Component tests of the industry panel: the places the plan puts an industry in and its city-wide sentences.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureAtlas, renderWithAtlas } from '../../../tests/support/atlasFixtures';
import IndustryPanel from './IndustryPanel';

const STATEMENT = {
  section: '四.(二)',
  zh: '支持开展量子信息前沿技术研发。',
  en: 'Support frontier technology R&D in quantum information.',
  industries: ['quantum'],
  fields: [],
};

afterEach(cleanup);

describe('IndustryPanel', () => {
  it('lists the places the plan puts the industry in and its city-wide sentences, marked as translations', () => {
    const atlas = { ...fixtureAtlas(), statements: [STATEMENT] };
    const { store } = renderWithAtlas(<IndustryPanel />, { language: 'en', atlas });
    act(() => store.getState().openIndustry('quantum'));
    const places = screen.getByRole('region', { name: 'Where the plan puts it' });
    const names = within(places)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    expect(names).toHaveLength(3);
    expect(names).toEqual(
      expect.arrayContaining([
        atlas.areas.find((a) => a.id === 'zgc-science-city')!.name_en,
        atlas.areas.find((a) => a.id === 'huairou-science-city')!.name_en,
      ]),
    );
    const cityWide = screen.getByRole('region', { name: 'What the plan says city-wide' });
    expect(within(cityWide).getByText(STATEMENT.zh).getAttribute('lang')).toBe('zh-CN');
    expect(within(cityWide).getByText(STATEMENT.en, { exact: false }).textContent).toContain(
      'English is a translation',
    );
  });

  it('opened without an industry, lists every industry by group, each opening its profile', async () => {
    const atlas = fixtureAtlas();
    const { store } = renderWithAtlas(<IndustryPanel />, { language: 'en', atlas });
    expect(screen.getByText(/Pick an industry/)).toBeTruthy();
    const groups = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(groups).toEqual(atlas.industry_groups.map((g) => g.en));
    const buttons = screen.getAllByRole('button').filter((b) => b.classList.contains('chip-button'));
    expect(buttons).toHaveLength(atlas.industries.length);
    const quantum = atlas.industries.find((i) => i.id === 'quantum')!;
    await userEvent.setup().click(screen.getByRole('button', { name: quantum.en }));
    expect(store.getState().profileIndustry).toBe('quantum');
    expect(screen.getByRole('region', { name: 'Where the plan puts it' })).toBeTruthy();
  });

  it('says so when the plan has no city-wide sentence on the industry, and switches industry from the picker', async () => {
    const user = userEvent.setup();
    const { store } = renderWithAtlas(<IndustryPanel />, { language: 'zh' });
    act(() => store.getState().openIndustry('ai'));
    expect(screen.getByText('规划对此未作表述。')).toBeTruthy();
    await user.selectOptions(screen.getByRole('combobox'), 'quantum');
    expect(store.getState().profileIndustry).toBe('quantum');
  });
});
