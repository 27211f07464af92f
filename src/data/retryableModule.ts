// A module download that can be tried again: a chunk that failed (a lost connection, a redeploy that removed it) is
// fetched afresh on the next ask. The browser may keep the failure (Chromium keeps a failed module address failed for
// the page's lifetime): a retry imports the address the failure named with a query of its own.

/** The address of the module a failed dynamic import names (Chromium, Firefox), without its query; else null. */
export function failedModuleUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error);
  const match = /dynamically imported module:?\s+(\S+)/i.exec(message);
  return match ? match[1].replace(/[?#].*$/, '') : null;
}

export const importUrl = (url: string): Promise<unknown> => import(/* @vite-ignore */ url);

export interface RetryableModule<M> {
  /** Downloads the module now (once; again after a failure) and resolves with it. */
  load: () => Promise<M>;
  /** The module once it has arrived, else null. */
  loaded: () => M | null;
}

/**
 * A module that can be downloaded again after a failure: `load` imports it; after a failure that named the module's
 * address, `importAgain` imports that address with `?retry=N` instead, a module address the browser has not seen fail.
 */
export function retryableModule<M>(
  load: () => Promise<M>,
  importAgain: (url: string) => Promise<unknown> = importUrl,
): RetryableModule<M> {
  let loaded: M | null = null;
  let loading: Promise<M> | null = null;
  let failedUrl: string | null = null;
  let retries = 0;
  const download = (): Promise<M> =>
    failedUrl ? (importAgain(`${failedUrl}?retry=${++retries}`) as Promise<M>) : load();
  return {
    load: () =>
      (loading ??= download().then(
        (module) => (loaded = module),
        (error: unknown) => {
          loading = null;
          failedUrl ??= failedModuleUrl(error);
          throw error;
        },
      )),
    loaded: () => loaded,
  };
}
