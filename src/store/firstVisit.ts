// When the first screen (what the plan is, what the map shows, what one can do) greets a visitor: on a first visit
// to the plain address only, in whatever language the link asks for. A link that carries a view (any other of our URL
// keys, or a camera) opens on that view, and a visitor who has closed the first screen once does not see it again on
// this device.
import { isCameraHash } from './cameraHash';
import { hasOwnKeys } from './urlState';

/** localStorage key remembering that the first screen was closed. */
export const WELCOME_SEEN_KEY = 'atlas.welcome-seen';

/** The part of localStorage used here (tests pass a fake; a browser that refuses storage throws). */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * True when the URL names a view: one of the app's query keys (even one it then drops) or a map camera. The language
 * alone (`?lang=en`) is how to show the plain address, not a view.
 */
export function urlCarriesView(search: string, hash: string): boolean {
  return hasOwnKeys(search, ['lang']) || isCameraHash(hash);
}

/** Whether to show the first screen for this URL and storage. */
export function shouldWelcome(
  location: { search: string; hash: string },
  storage: StorageLike | null,
): boolean {
  if (urlCarriesView(location.search, location.hash)) return false;
  try {
    return storage?.getItem(WELCOME_SEEN_KEY) !== '1';
  } catch {
    // storage refused (a private window's policy): greet, and let the visitor close it as usual
    return true;
  }
}

/** Remembers that the first screen was closed (silently does nothing where storage is refused). */
export function rememberWelcomeSeen(storage: StorageLike | null): void {
  try {
    storage?.setItem(WELCOME_SEEN_KEY, '1');
  } catch {
    // nothing to remember with: the first screen will greet again next time
  }
}
