// A new deploy removes the old build's chunks: an open tab that then asks for one gets "Failed to fetch dynamically
// imported module". The cure is to load the new version, once, keeping the URL (the app's state lives there). A lost
// connection raises the same error: then the page stays (a reload would land on the browser's offline page) and the
// part that failed offers Retry.

import { writeUrlNow } from '../store/urlSync';
import { failedModuleUrl } from '../data/retryableModule';

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

/** The address of the script or stylesheet a chunk error names, without its query; null when it names none. */
export function failedChunkUrl(error: unknown): string | null {
  const css = /Unable to preload CSS for\s+(\S+)/i.exec(
    error instanceof Error ? error.message : String(error),
  );
  return css ? css[1].replace(/[?#].*$/, '') : failedModuleUrl(error);
}

type Probe = (url: string, init: RequestInit) => Promise<Pick<Response, 'ok' | 'status'>>;

/**
 * Whether a chunk error comes from a new deploy: the file it names is gone from the server (404 or 410 to a request
 * past every cache). A request that fails outright is a lost connection, not a deploy. An error that names no file
 * (Safari's) counts as a deploy when the page's own address answers.
 */
export async function isGoneFromServer(
  error: unknown,
  probe: Probe = (url, init) => fetch(url, init),
  pageUrl: string = document.baseURI,
): Promise<boolean> {
  const url = failedChunkUrl(error);
  try {
    const response = await probe(url ?? pageUrl, { method: 'HEAD', cache: 'no-store' });
    return url === null ? response.ok : response.status === 404 || response.status === 410;
  } catch {
    return false;
  }
}

/** Reloads into the deployed version (once per 30 s) when `error`'s chunk is gone from the server; returns whether. */
export async function reloadIfDeployed(
  error: unknown,
  gone: (error: unknown) => Promise<boolean> = isGoneFromServer,
  env: ReloadEnv = browserEnv(),
): Promise<boolean> {
  return (await gone(error)) && reloadOnceForNewVersion(env);
}
