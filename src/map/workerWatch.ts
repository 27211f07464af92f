// MapLibre tells a map that its worker failed to load only if the map already exists when the browser reports it, but
// the app starts the worker before the map (while the data downloads). So the app watches the Workers MapLibre
// constructs for an `error` event itself: a worker file that cannot be loaded is then said, not a blank map.

type FailureListener = (error: Error) => void;

let failure: Error | null = null;
const listeners = new Set<FailureListener>();

function fail(url: string): void {
  if (failure) return;
  failure = new Error(`its worker ${url} could not be started`);
  for (const listener of listeners) listener(failure);
}

/** Runs `start`, watching every Worker constructed while it runs (synchronously) for a failure. */
export function watchWorkersStartedBy<T>(start: () => T): T {
  const Native = globalThis.Worker;
  if (typeof Native !== 'function') return start();
  class WatchedWorker extends Native {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      const name = new URL(String(url), document.baseURI).pathname.split('/').slice(-2).join('/');
      this.addEventListener('error', () => fail(name), { once: true });
    }
  }
  globalThis.Worker = WatchedWorker;
  try {
    return start();
  } finally {
    globalThis.Worker = Native;
  }
}

/** Calls `listener` once a watched worker has failed (at once if one already has); returns the unsubscribe. */
export function onWorkerFailure(listener: FailureListener): () => void {
  if (failure) {
    listener(failure);
    return () => undefined;
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}
