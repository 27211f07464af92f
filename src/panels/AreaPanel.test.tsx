// @vitest-environment jsdom
// Component tests of the area panel: what it says about a place, honestly (approximate boundaries, silence, translation).
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureAtlas, renderWithAtlas } from '../../tests/support/atlasFixtures';
import { AreaPanel } from './AreaPanel';

afterEach(cleanup);

describe('AreaPanel', () => {
  it('renders nothing while no area is selected', () => {
    const { container } = renderWithAtlas(<AreaPanel />);
    expect(container.querySelector('#area-panel')).toBeNull();
  });

  it('shows the name in an h2, the kind, an approximate boundary as such with its source, and the area', () => {
    const { store } = renderWithAtlas(<AreaPanel />, { language: 'en' });
    act(() => store.getState().selectArea('huairou-science-city', 'map'));
    const panel = screen.getByRole('complementary', { name: 'Area details' });
    expect(panel.id).toBe('area-panel');
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe(
      'Huairou Science City 怀柔科学城',
    );
    expect(within(panel).getByText('Three Cities, One Zone')).toBeTruthy();
    expect(within(panel).getByText('Approximate boundary (not official)')).toBeTruthy();
    // the boundary's source, folded under a plain question
    const source = within(panel).getByText('Where this boundary comes from').closest('details')!;
    expect(source.open).toBe(false);
    expect(source.textContent).toContain('Source: Drawn from public descriptions (~100.9 km²)');
    expect(within(panel).getByText('about 100.9 km²')).toBeTruthy();
  });

  it('quotes each task with its section and marks the English as a translation', () => {
    const { store } = renderWithAtlas(<AreaPanel />, { language: 'en' });
    act(() => store.getState().selectArea('zgc-science-city'));
    const tasks = screen.getAllByRole('listitem').filter((li) => li.classList.contains('task'));
    expect(tasks).toHaveLength(1);
    // tasks are grouped under a heading naming their section
    const group = tasks[0].closest('.task-group') as HTMLElement;
    expect(within(group).getByRole('heading', { level: 4 }).textContent).toContain('Section 七.(一)');
    expect(
      within(tasks[0]).getByText('中关村科学城要提升基础研究和原始创新能力。').getAttribute('lang'),
    ).toBe('zh-CN');
    expect(within(tasks[0]).getByText('English is a translation')).toBeTruthy();
    // industries by name, not id
    expect(screen.getByText('Artificial intelligence')).toBeTruthy();
  });

  it('lists the plan’s specific fields under their industry; a field chip filters the map by that field', async () => {
    const user = userEvent.setup();
    const atlas = fixtureAtlas();
    atlas.fields = [{ id: 'basic-research', zh: '基础研究', en: 'Basic research', industry: 'quantum' }];
    const zgc = atlas.areas.find((a) => a.id === 'zgc-science-city')!;
    zgc.fields = ['basic-research'];
    zgc.tasks = zgc.tasks.map((t) => ({ ...t, industries: ['quantum'], fields: ['basic-research'] }));
    const { store } = renderWithAtlas(<AreaPanel />, { language: 'en', atlas });
    act(() => store.getState().selectArea('zgc-science-city'));
    const fields = document.querySelector('.field-chips') as HTMLElement;
    expect(fields.closest('li')?.querySelector('button')?.textContent).toBe('Quantum information');
    await user.click(within(fields).getByRole('button', { name: 'Basic research' }));
    expect(store.getState().filter).toMatchObject({ industries: [], fields: ['basic-research'] });
  });

  it('puts a place’s own sentences first and marks one only partly about it, with the note', () => {
    const atlas = fixtureAtlas();
    const zgc = atlas.areas.find((a) => a.id === 'zgc-science-city')!;
    const own = zgc.tasks[0];
    zgc.tasks = [
      {
        section: '二.(三)',
        zh: '全市目标。',
        en: 'A city-wide target.',
        scope: 'partial',
        scope_note_zh: '全市指标。',
        scope_note_en: 'A city-wide figure.',
      },
      own,
    ];
    const { store } = renderWithAtlas(<AreaPanel />, { language: 'en', atlas });
    act(() => store.getState().selectArea('zgc-science-city'));
    const tasks = screen.getAllByRole('listitem').filter((li) => li.classList.contains('task'));
    expect(tasks.map((li) => li.querySelector('blockquote')?.textContent)).toEqual([own.zh, '全市目标。']);
    expect(tasks[1].textContent).toContain('A city-wide figure.');
    expect(tasks[0].querySelector('.scope-note')).toBeNull();
    expect(
      screen.getByRole('heading', { level: 4, name: 'Sentences only partly about this place' }),
    ).toBeTruthy();
  });

  it('says so when the plan is silent about a place', () => {
    const { store } = renderWithAtlas(<AreaPanel />, { language: 'zh' });
    act(() => store.getState().selectArea('huairou'));
    expect(screen.getByText('规划未对此地点单独布置任务。')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('怀柔区 Huairou District');
  });

  it('selects the parent when its name is clicked, and closes', async () => {
    const user = userEvent.setup();
    const { store } = renderWithAtlas(<AreaPanel />, { language: 'en' });
    act(() => store.getState().selectArea('huairou-national-science-center'));
    expect(screen.getByText('Shown as a point (indicative location)')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Huairou Science City' }));
    expect(store.getState()).toMatchObject({ selectedId: 'huairou-science-city', selectionOrigin: 'list' });
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(store.getState().selectedId).toBeNull();
  });

  it('lists the links of an area with the other end as a button', () => {
    const { store } = renderWithAtlas(<AreaPanel />, { language: 'en' });
    act(() => store.getState().selectArea('xiongan'));
    expect(screen.getByRole('button', { name: 'Zhongguancun Science City' })).toBeTruthy();
  });

  it('opens the plan reader at a task sentence from "Read in the plan"', async () => {
    const user = userEvent.setup();
    const { store } = renderWithAtlas(<AreaPanel />, { language: 'en' });
    act(() => store.getState().selectArea('zgc-science-city'));
    await user.click(screen.getByRole('button', { name: 'Read in the plan' }));
    expect(store.getState()).toMatchObject({
      panel: 'reader',
      readerSection: '七.(一)',
      readerQuote: { section: '七.(一)', text: '中关村科学城要提升基础研究和原始创新能力。' },
    });
  });

  it('an industry chip opens the profile of that industry and filters the map by it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithAtlas(<AreaPanel />, { language: 'en' });
    act(() => store.getState().selectArea('zgc-science-city'));
    await user.click(screen.getByRole('button', { name: 'Artificial intelligence' }));
    expect(store.getState().filter.industries).toEqual(['ai']);
    expect(store.getState().panel).toBe('industry');
    expect(store.getState().profileIndustry).toBe('ai');
  });

  it('shows our English note on a silent place as ours (in English, labelled), and the plan source line', () => {
    const atlas = fixtureAtlas();
    const note = 'The plan names Huairou only through its science city.';
    atlas.areas.find((a) => a.id === 'huairou')!.description_en = note;
    const { store } = renderWithAtlas(<AreaPanel />, { language: 'zh', atlas });
    act(() => store.getState().selectArea('huairou'));
    const text = screen.getByText(note);
    expect(text.getAttribute('lang')).toBe('en');
    expect(text.closest('.our-note')?.textContent).toContain('非规划原文');
    expect(screen.getByText(atlas.source.title).tagName).toBe('CITE');
  });

  it('shows no note where the place has none', () => {
    const { store } = renderWithAtlas(<AreaPanel />, { language: 'en' });
    act(() => store.getState().selectArea('huairou'));
    expect(document.querySelector('.our-note')).toBeNull();
  });
});

describe('AreaPanel: places the map does not draw, and overlapping places', () => {
  it('says an undrawn area is shown through its parts, or through the place that hosts it', () => {
    const atlas = fixtureAtlas();
    atlas.areas.push({
      ...atlas.areas.find((a) => a.id === 'no-place')!,
      id: 'in-haidian',
      district: 'haidian',
    });
    atlas.areas.find((a) => a.id === 'zgc-haidian')!.parent = 'no-place';
    const { store } = renderWithAtlas(<AreaPanel />, { language: 'zh', atlas });
    act(() => store.getState().selectArea('no-place'));
    expect(screen.getByText('在地图上显示为其各分园')).toBeTruthy();
    act(() => store.getState().selectArea('in-haidian'));
    expect(screen.getByText('位于海淀区（未单独绘制）')).toBeTruthy();
    act(() => store.getState().selectArea('haidian'));
    expect(screen.queryByText(/未单独绘制|各分园/)).toBeNull();
  });

  it('offers the other areas under the clicked point; choosing one keeps the choice open', async () => {
    const user = userEvent.setup();
    const { store } = renderWithAtlas(<AreaPanel />, { language: 'en' });
    act(() => store.getState().selectArea('zgc-science-city', 'map', ['zgc-science-city', 'haidian']));
    const also = screen.getByRole('list', { name: 'Also here:' });
    await user.click(within(also).getByRole('button', { name: 'Haidian District' }));
    expect(store.getState()).toMatchObject({ selectedId: 'haidian', selectionOrigin: 'map' });
    expect(
      within(screen.getByRole('list', { name: 'Also here:' })).getByRole('button', {
        name: 'Zhongguancun Science City',
      }),
    ).toBeTruthy();
    act(() => store.getState().selectArea('huairou', 'list'));
    expect(screen.queryByRole('list', { name: 'Also here:' })).toBeNull();
  });
});
