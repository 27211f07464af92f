// @vitest-environment jsdom
// A part that fails says so in place and can be tried again; a chunk gone after a deploy reloads once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Suspense } from 'react';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { translator } from '../i18n/i18n';
import { PartBoundary } from './PartBoundary';
import { retryableLazy } from './retryableLazy';
import { isChunkLoadError, isGoneFromServer, reloadIfDeployed, reloadOnceForNewVersion } from './chunkReload';

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

  const chunkError = new TypeError(
    'Failed to fetch dynamically imported module: http://x/assets/Reader-1.js?retry=1',
  );
  const answering = (status: number) => vi.fn(async () => ({ ok: status < 400, status }));

  it('counts a chunk as deployed away only when the server says it is gone', async () => {
    const gone = answering(404);
    expect(await isGoneFromServer(chunkError, gone, 'http://x/')).toBe(true);
    // asked past every cache, without the retry's query
    expect(gone).toHaveBeenCalledWith('http://x/assets/Reader-1.js', { method: 'HEAD', cache: 'no-store' });
    expect(await isGoneFromServer(chunkError, answering(410), 'http://x/')).toBe(true);
    // still there: the download failed on the way, a retry will do
    expect(await isGoneFromServer(chunkError, answering(200), 'http://x/')).toBe(false);
    // no connection at all
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await isGoneFromServer(chunkError, offline, 'http://x/')).toBe(false);
    // a stylesheet preload names its file the same way
    const css = answering(404);
    expect(
      await isGoneFromServer(new Error('Unable to preload CSS for /assets/a-1.css'), css, 'http://x/'),
    ).toBe(true);
    expect(css).toHaveBeenCalledWith('/assets/a-1.css', expect.anything());
  });

  it('an error that names no file counts as a deploy when the page itself answers', async () => {
    const error = new TypeError('Importing a module script failed.');
    const page = answering(200);
    expect(await isGoneFromServer(error, page, 'http://x/app/')).toBe(true);
    expect(page).toHaveBeenCalledWith('http://x/app/', expect.anything());
    expect(
      await isGoneFromServer(
        error,
        async () => {
          throw new TypeError('Failed to fetch');
        },
        'http://x/app/',
      ),
    ).toBe(false);
  });

  it('reloads on a deploy, and keeps the page when the connection is lost', async () => {
    const reload = vi.fn();
    const env = { storage: null, reload, now: () => 1_000_000 };
    expect(await reloadIfDeployed(chunkError, async () => false, env)).toBe(false);
    expect(reload).not.toHaveBeenCalled();
    expect(await reloadIfDeployed(chunkError, async () => true, env)).toBe(true);
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
