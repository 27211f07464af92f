// The first screen greets a first visit to the plain address only: never a shared link, never twice.
import { describe, expect, it } from 'vitest';
import {
  WELCOME_SEEN_KEY,
  rememberWelcomeSeen,
  shouldWelcome,
  urlCarriesView,
  type StorageLike,
} from './firstVisit';

function memoryStorage(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}
const refusing: StorageLike = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('SecurityError');
  },
};

describe('urlCarriesView', () => {
  it.each([
    ['?area=haidian', ''],
    ['?lang=en&area=haidian', ''],
    ['?tour=2', ''],
    ['?embed=1', ''],
    ['?utm_source=x&ind=ai', ''],
    ['?area[]=x', ''],
    // a percent-encoded key, read as the app's URL state reads it
    ['?%61rea=haidian', ''],
    ['', '#9/40.2/116.4'],
  ])('a link with %s%s carries a view', (search, hash) => {
    expect(urlCarriesView(search, hash)).toBe(true);
  });

  it.each([
    ['', ''],
    ['?', ''],
    ['?utm_source=newsletter', ''],
    ['', '#about'],
    // the plain address in a language the link asks for
    ['?lang=en', ''],
    ['?lang=zh&utm_source=x', ''],
    ['?lang[]=en', ''],
  ])('the plain address %s%s does not', (search, hash) => {
    expect(urlCarriesView(search, hash)).toBe(false);
  });
});

describe('shouldWelcome', () => {
  it('greets a first visit once: closing it is remembered', () => {
    const storage = memoryStorage();
    expect(shouldWelcome({ search: '', hash: '' }, storage)).toBe(true);
    rememberWelcomeSeen(storage);
    expect(storage.data.get(WELCOME_SEEN_KEY)).toBe('1');
    expect(shouldWelcome({ search: '', hash: '' }, storage)).toBe(false);
  });

  it('never greets a shared link, even on a first visit', () => {
    expect(shouldWelcome({ search: '?area=haidian&lang=en', hash: '' }, memoryStorage())).toBe(false);
  });

  it('greets where storage is refused, and closing it does not throw', () => {
    expect(shouldWelcome({ search: '', hash: '' }, refusing)).toBe(true);
    expect(() => rememberWelcomeSeen(refusing)).not.toThrow();
    expect(shouldWelcome({ search: '', hash: '' }, null)).toBe(true);
  });
});
