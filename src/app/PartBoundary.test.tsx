// @vitest-environment jsdom
// A part that fails says so in place and can be tried again; a chunk gone after a deploy reloads once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Suspense } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { translator } from '../i18n/i18n';
import { PartBoundary } from './PartBoundary';
import { retryableLazy } from './retryableLazy';
import { isChunkLoadError, reloadOnceForNewVersion } from './chunkReload';

afterEach(cleanup);
const t = translator('en');

describe('PartBoundary', () => {
  it('shows what failed in place, keeps its siblings, and renders the part again on Retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let broken = true;
    const Flaky = () => {
      if (broken) throw new Error('render failed');
      return <p>filter ready</p>;
    };
    render(
      <>
        <p>the list</p>
        <PartBoundary part="Industry filter" t={t} onChunkError={() => false}>
          <Flaky />
        </PartBoundary>
      </>,
    );
    expect(screen.getByRole('alert').textContent).toContain(
      'Industry filter could not be loaded or shown; the rest of the page still works.',
    );
    expect(screen.getByText('render failed')).toBeTruthy();
    expect(screen.getByText('the list')).toBeTruthy();
    broken = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('filter ready')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('downloads a lazy chunk afresh after it failed, and asks for a reload on a missing chunk', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onChunkError = vi.fn(() => false);
    let attempts = 0;
    let offline = true;
    const asked: string[] = [];
    const download = async (url = '/assets/Filter-1.js') => {
      attempts += 1;
      asked.push(url);
      if (offline) throw new TypeError(`Failed to fetch dynamically imported module: ${url}`);
      return { default: () => <p>panel from the chunk</p> };
    };
    // (a retry asks for the address the failure named, under a query of its own)
    const Panel = retryableLazy(() => download(), download);
    render(
      <PartBoundary part="Industry filter" t={t} onChunkError={onChunkError}>
        <Suspense fallback={<p>loading</p>}>
          <Panel />
        </Suspense>
      </PartBoundary>,
    );
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(onChunkError).toHaveBeenCalledTimes(1);
    const failed = attempts;
    offline = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('panel from the chunk')).toBeTruthy();
    expect(attempts).toBe(failed + 1); // the chunk was asked for again, not the cached failure rethrown
    expect(asked.at(-1)).toMatch(/^\/assets\/Filter-1\.js\?retry=\d+$/);
  });
});

describe('chunk reload', () => {
  it.each<[unknown, boolean]>([
    [new TypeError('Failed to fetch dynamically imported module: http://x/assets/a.js'), true],
    [new TypeError('Importing a module script failed.'), true],
    [new Error('Unable to preload CSS for /assets/a.css'), true],
    [new Error('t is not iterable'), false],
  ])('isChunkLoadError(%s) → %s', (error, expected) => {
    expect(isChunkLoadError(error)).toBe(expected);
  });

  it('reloads once, and not again within 30 s (no reload loop)', () => {
    const stored = new Map<string, string>();
    const storage = {
      getItem: (k: string) => stored.get(k) ?? null,
      setItem: (k: string, v: string) => stored.set(k, v),
    };
    const reload = vi.fn();
    let now = 1_000_000;
    const env = { storage, reload, now: () => now };
    expect(reloadOnceForNewVersion(env)).toBe(true);
    now += 5_000;
    expect(reloadOnceForNewVersion(env)).toBe(false);
    now += 60_000;
    expect(reloadOnceForNewVersion(env)).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
  });
});
