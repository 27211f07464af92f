// @vitest-environment jsdom
// The printable brief: title, date, plan source with a short hash, industries, tasks with section ids and the English
// marked as a translation; the print button marks <body> so only the brief prints.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fixtureAtlas, renderWithAtlas } from '../../../tests/support/atlasFixtures';
import { Brief, shortSha } from './Brief';
import { PRINTING_CLASS, PrintBriefButton } from './PrintBriefButton';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const atlas = () => ({
  ...fixtureAtlas(),
  source: { ...fixtureAtlas().source, sha256: 'abcdef0123456789ffff' },
});

describe('Brief', () => {
  it('one area: its name as title, the date, the plan and its short hash, industries and tasks', () => {
    renderWithAtlas(<Brief ids={['zgc-science-city']} date={new Date(2026, 0, 15)} />, {
      language: 'en',
      atlas: atlas(),
    });
    const brief = document.querySelector<HTMLElement>('.print-brief')!;
    expect(within(brief).getByRole('heading', { level: 1 }).textContent).toBe('Zhongguancun Science City');
    expect(brief.textContent).toContain('Made on January 15, 2026');
    expect(brief.textContent).toContain('sha256 abcdef012345…');
    expect(shortSha('abcdef0123456789ffff')).toBe('abcdef012345');
    expect(brief.textContent).toContain('Artificial intelligence, Quantum information');
    const task = within(brief).getByText('中关村科学城要提升基础研究和原始创新能力。');
    expect(task.getAttribute('lang')).toBe('zh-CN');
    const item = task.closest('li')!;
    expect(within(item).getByText('Section 七.(一)')).toBeTruthy();
    expect(within(item).getByText('Translation:')).toBeTruthy();
  });

  it('a comparison: both names in the title, similarity, shared and unique industries', () => {
    renderWithAtlas(<Brief ids={['zgc-science-city', 'huairou-science-city']} />, {
      language: 'zh',
      atlas: atlas(),
    });
    const brief = document.querySelector<HTMLElement>('.print-brief')!;
    expect(within(brief).getByRole('heading', { level: 1 }).textContent).toBe(
      '比较：中关村科学城 · 怀柔科学城',
    );
    expect(brief.textContent).toContain('共同产业：');
    expect(brief.textContent).toContain('量子信息');
    expect(brief.textContent).toContain('仅中关村科学城：');
    expect(brief.dataset.briefIds).toBe('zgc-science-city,huairou-science-city');
  });

  it('renders nothing for unknown ids', () => {
    renderWithAtlas(<Brief ids={['nope']} />, { language: 'en' });
    expect(document.querySelector('.print-brief')).toBeNull();
  });
});

describe('PrintBriefButton', () => {
  it('mounts the brief outside the app, marks <body> for the print CSS, prints, and cleans up after printing', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    vi.stubGlobal('requestAnimationFrame', (fn: FrameRequestCallback) => {
      fn(0);
      return 1;
    });
    const user = userEvent.setup();
    const { container } = renderWithAtlas(<PrintBriefButton ids={['haidian']} />, { language: 'en' });
    await user.click(screen.getByRole('button', { name: 'Print brief' }));
    expect(print).toHaveBeenCalledTimes(1);
    expect(document.body.classList.contains(PRINTING_CLASS)).toBe(true);
    const brief = document.querySelector('.print-brief')!;
    expect(brief.parentElement).toBe(document.body);
    expect(container.contains(brief)).toBe(false);
    window.dispatchEvent(new Event('afterprint'));
    await vi.waitFor(() => expect(document.querySelector('.print-brief')).toBeNull());
    expect(document.body.classList.contains(PRINTING_CLASS)).toBe(false);
  });
});
