// React.lazy that can be tried again, and that renders at once when its chunk is already there.
// - A chunk that failed to download (a lost connection, a redeploy that removed it) stays failed until the visitor asks
//   again (PartBoundary's "Retry" calls retryFailedChunks), and is then fetched afresh instead of React rethrowing the
//   cached failure forever (the download itself: src/data/retryableModule.ts).
// - `preload()` starts the download early (main.tsx does it for the map). A component whose module has arrived renders
//   in the same pass as its parent: React.lazy takes a module handed over synchronously, where a promise, even one
//   already settled, suspends and shows the fallback first (and React then holds the content back up to 300 ms).
import {
  createElement,
  lazy,
  useEffect,
  useState,
  type ComponentProps,
  type ComponentType,
  type LazyExoticComponent,
} from 'react';
import { importUrl, retryableModule } from '../data/retryableModule';

/** The renewals of the lazy components whose download failed. */
const failed = new Set<() => void>();

/** A module whose default export is a component. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component, whatever its props
type ComponentModule = { default: ComponentType<any> };
type PropsOf<M extends ComponentModule> = ComponentProps<M['default']>;

export type RetryableLazy<M extends ComponentModule> = ComponentType<PropsOf<M>> & {
  /** Downloads the module now (once; again after a failure) and resolves with it. */
  preload: () => Promise<M>;
  /** True once the module has arrived: the part then renders without suspending. */
  isLoaded: () => boolean;
};

/** React.lazy over a retryableModule (see the file's head). */
export function retryableLazy<M extends ComponentModule>(
  load: () => Promise<M>,
  importAgain: (url: string) => Promise<unknown> = importUrl,
): RetryableLazy<M> {
  const module = retryableModule(load, importAgain);
  const preload = module.load;
  const fresh = (): LazyExoticComponent<M['default']> =>
    lazy(() => {
      const arrived = module.loaded();
      if (arrived) return { then: (take: (m: M) => void) => take(arrived) } as unknown as Promise<M>;
      return preload().catch((error: unknown) => {
        failed.add(renew);
        throw error;
      });
    });
  const renew = () => {
    current = fresh();
  };
  let current = fresh();
  const Retryable = (props: PropsOf<M>) =>
    createElement(current as unknown as ComponentType<PropsOf<M>>, props);
  return Object.assign(Retryable, { preload, isLoaded: () => module.loaded() !== null });
}

/**
 * False until `part`'s download has settled, arrived or failed (it starts it): render a placeholder of your own until
 * then, and the part after. A part that suspends shows its Suspense fallback, and React then holds the part back
 * until 300 ms after that fallback appeared, however soon the module arrives; a part rendered once its module is
 * there never suspends. A failed download still reaches the part's error boundary (the part suspends and throws).
 */
export function useDownloaded(part: Pick<RetryableLazy<ComponentModule>, 'preload' | 'isLoaded'>): boolean {
  const [settled, setSettled] = useState(part.isLoaded);
  useEffect(() => {
    if (settled) return;
    let live = true;
    const done = () => {
      if (live) setSettled(true);
    };
    part.preload().then(done, done);
    return () => {
      live = false;
    };
  }, [part, settled]);
  return settled;
}

/** Lets every failed lazy component download again on its next render; returns how many there were. */
export function retryFailedChunks(): number {
  const n = failed.size;
  for (const renew of failed) renew();
  failed.clear();
  return n;
}
