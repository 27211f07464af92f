// @vitest-environment jsdom
// A lazy part whose chunk has already arrived renders in its parent's first pass; one still loading shows its fallback.
import { afterEach, describe, expect, it } from 'vitest';
import { Component, Suspense, type ReactNode } from 'react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { retryableLazy, useDownloaded } from './retryableLazy';
import { failedModuleUrl } from '../data/retryableModule';

afterEach(cleanup);

const part = (label: string) => ({ default: ({ name }: { name: string }) => <p>{`${label} ${name}`}</p> });

describe('retryableLazy', () => {
  it('renders a preloaded part at once, without its fallback', async () => {
    const Part = retryableLazy(() => Promise.resolve(part('map of')));
    await act(async () => {
      await Part.preload();
    });
    render(
      <Suspense fallback={<p>loading</p>}>
        <Part name="Beijing" />
      </Suspense>,
    );
    // synchronously after the first render: no fallback was ever committed
    expect(screen.getByText('map of Beijing')).toBeTruthy();
    expect(screen.queryByText('loading')).toBeNull();
  });

  it('shows the fallback while a part downloads, then the part', async () => {
    let arrive = (_: ReturnType<typeof part>) => {};
    const Part = retryableLazy(() => new Promise<ReturnType<typeof part>>((r) => (arrive = r)));
    render(
      <Suspense fallback={<p>loading</p>}>
        <Part name="Beijing" />
      </Suspense>,
    );
    expect(screen.getByText('loading')).toBeTruthy();
    await act(async () => arrive(part('map of')));
    expect(await screen.findByText('map of Beijing')).toBeTruthy();
  });

  it('downloads once however often it is preloaded, and again after a failure', async () => {
    let calls = 0;
    const Part = retryableLazy(() => {
      calls += 1;
      return calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(part('map of'));
    });
    await expect(Part.preload()).rejects.toThrow('offline');
    const [a, b] = [Part.preload(), Part.preload()];
    await Promise.all([a, b]);
    expect(calls).toBe(2);
  });

  it('tries a module the browser reported failed under an address of its own, each retry a new one', async () => {
    const url = 'http://127.0.0.1/assets/FilterPanel-By1_W3CM.js';
    const fail = (at: string) =>
      Promise.reject(new TypeError(`Failed to fetch dynamically imported module: ${at}`));
    const asked: string[] = [];
    const Part = retryableLazy(
      () => fail(url),
      (at) => {
        asked.push(at);
        return asked.length === 1 ? fail(at) : Promise.resolve(part('map of'));
      },
    );
    await expect(Part.preload()).rejects.toThrow(url);
    await expect(Part.preload()).rejects.toThrow(`${url}?retry=1`);
    const module = await Part.preload();
    expect(asked).toEqual([`${url}?retry=1`, `${url}?retry=2`]);
    expect(Part.isLoaded()).toBe(true);
    expect(module).toBe(await Part.preload());
  });
});

describe('failedModuleUrl', () => {
  it("reads the module's address from Chromium's and Firefox's messages, without a query; null when none is named", () => {
    const at = 'https://atlas.example/assets/MapView-BT_-fGL9.js';
    expect(failedModuleUrl(new TypeError(`Failed to fetch dynamically imported module: ${at}?retry=2`))).toBe(
      at,
    );
    expect(failedModuleUrl(new TypeError(`error loading dynamically imported module: ${at}`))).toBe(at);
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'))).toBeNull();
    expect(failedModuleUrl('offline')).toBeNull();
  });
});

class Boundary extends Component<{ children: ReactNode }, { error: string | null }> {
  state = { error: null as string | null };
  static getDerivedStateFromError(error: Error) {
    return { error: error.message };
  }
  render() {
    return this.state.error ? <p>{`failed: ${this.state.error}`}</p> : this.props.children;
  }
}

describe('useDownloaded', () => {
  type Part = ReturnType<typeof retryableLazy<ReturnType<typeof part>>>;
  function Host({ Part }: { Part: Part }) {
    const downloaded = useDownloaded(Part);
    return (
      <Boundary>
        <Suspense fallback={<p>fallback</p>}>
          {downloaded ? <Part name="Beijing" /> : <p>placeholder</p>}
        </Suspense>
      </Boundary>
    );
  }

  it('shows its own placeholder while the part downloads, then the part without ever suspending', async () => {
    let arrive = (_: ReturnType<typeof part>) => {};
    const Part = retryableLazy(() => new Promise<ReturnType<typeof part>>((r) => (arrive = r)));
    render(<Host Part={Part} />);
    expect(screen.getByText('placeholder')).toBeTruthy();
    expect(Part.isLoaded()).toBe(false);
    await act(async () => arrive(part('map of')));
    expect(screen.getByText('map of Beijing')).toBeTruthy();
    expect(screen.queryByText('fallback')).toBeNull();
  });

  it('renders a part already downloaded in the first pass', async () => {
    const Part = retryableLazy(() => Promise.resolve(part('map of')));
    await act(async () => {
      await Part.preload();
    });
    render(<Host Part={Part} />);
    expect(screen.getByText('map of Beijing')).toBeTruthy();
  });

  it("hands a failed download to the part's error boundary", async () => {
    const Part = retryableLazy(() => Promise.reject<ReturnType<typeof part>>(new Error('offline')));
    render(<Host Part={Part} />);
    expect(await screen.findByText('failed: offline')).toBeTruthy();
  });
});
