// React.lazy that can be tried again: a chunk that failed to download (a lost connection, a redeploy that removed it)
// stays failed until the visitor asks again (PartBoundary's "Retry" calls retryFailedChunks), and is then fetched
// afresh instead of React rethrowing the cached failure forever.
import { createElement, lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** The renewals of the lazy components whose download failed. */
const failed = new Set<() => void>();

export function retryableLazy<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): ComponentType<P> {
  const fresh = (): LazyExoticComponent<ComponentType<P>> =>
    lazy(() =>
      load().catch((error: unknown) => {
        failed.add(renew);
        throw error;
      }),
    );
  const renew = () => {
    current = fresh();
  };
  let current = fresh();
  const Retryable = (props: P) => createElement(current, props);
  return Retryable;
}

/** Lets every failed lazy component download again on its next render; returns how many there were. */
export function retryFailedChunks(): number {
  const n = failed.size;
  for (const renew of failed) renew();
  failed.clear();
  return n;
}
