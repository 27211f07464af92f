// A new deploy removes the old build's chunks: an open tab that then asks for one gets "Failed to fetch dynamically
// imported module". The cure is to load the new version, once, keeping the URL (the app's state lives there).

import { writeUrlNow } from '../store/urlSync';

const RELOAD_KEY = 'atlas:chunk-reload-at';
/** A second chunk failure within this long after such a reload is not a stale build: no reload loop. */
const RELOAD_WINDOW_MS = 30_000;

/** True for the errors browsers and Vite raise when a script chunk cannot be downloaded. */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported|Unable to preload CSS|ChunkLoadError/i.test(
    message,
  );
}

export interface ReloadEnv {
  storage: Pick<Storage, 'getItem' | 'setItem'> | null;
  reload: () => void;
  now: () => number;
}

const browserEnv = (): ReloadEnv => ({
  storage: (() => {
    try {
      return window.sessionStorage;
    } catch {
      return null;
    }
  })(),
  reload: () => {
    writeUrlNow();
    window.location.reload();
  },
  now: () => Date.now(),
});

/** Reloads the page into the deployed version unless it just did so; returns whether it reloads. */
export function reloadOnceForNewVersion(env: ReloadEnv = browserEnv()): boolean {
  const last = Number(env.storage?.getItem(RELOAD_KEY) ?? 0);
  if (env.now() - last < RELOAD_WINDOW_MS) return false;
  try {
    env.storage?.setItem(RELOAD_KEY, String(env.now()));
  } catch {
    // storage full or blocked: reload anyway, a loop is bounded by the browser's own cache of the new build
  }
  env.reload();
  return true;
}
