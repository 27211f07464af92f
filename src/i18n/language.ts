// The interface languages: the one list the store, the URL table, the header switch and the dictionaries share.
export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The language a browser asks for: Chinese for any zh-* locale, English otherwise. */
export function languageOfLocale(locale: string): Language {
  return locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
