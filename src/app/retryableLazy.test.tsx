// @vitest-environment jsdom
// A lazy part whose chunk has already arrived renders in its parent's first pass; one still loading shows its fallback.
import { afterEach, describe, expect, it } from 'vitest';
import { Suspense } from 'react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { retryableLazy } from './retryableLazy';

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
});
