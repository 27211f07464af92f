// Translation lookup: `translate(language, key, params)` (pure) and the `useT()` hook bound to the store's language.
import { zh, type MessageKey } from './zh';
import { en } from './en';
import type { Language } from './language';
import { useAtlas } from '../store/useAtlas';

export type { MessageKey };
export type TranslateParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

const dictionaries: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { zh, en };

/** The message for `key` in `language`, with `{name}` placeholders filled from `params`. */
export function translate(language: Language, key: MessageKey, params?: TranslateParams): string {
  const template = dictionaries[language][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function translator(language: Language): Translate {
  return (key, params) => translate(language, key, params);
}

/** Hook: the translate function for the current language (re-renders on a language switch). */
export function useT(): Translate {
  const language = useAtlas((s) => s.language);
  return translator(language);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** The number format of `language` with at most `digits` decimals (made once: making one costs more than using it). */
export function numberFormat(language: Language, digits: number): Intl.NumberFormat {
  const key = `${language}:${digits}`;
  let format = numberFormats.get(key);
  if (!format)
    numberFormats.set(
      key,
      (format = new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: digits })),
    );
  return format;
}

/** Decimals the panels show: an area's size (AreaPanel) and an indicator's value (IndicatorsPanel). */
export const AREA_DIGITS = 1;
export const INDICATOR_DIGITS = 2;

/**
 * Makes the number formats the panels use in `language` ahead of their first render: the first format of a language
 * costs about 30 ms (its locale data), which would otherwise fall in the visitor's first selection.
 */
export function prepareNumberFormats(language: Language): void {
  for (const digits of [AREA_DIGITS, INDICATOR_DIGITS]) numberFormat(language, digits);
}

/** A bilingual pair shown in the current language first. */
export function pickName(language: Language, zhText: string, enText: string): [string, string] {
  return language === 'zh' ? [zhText, enText] : [enText, zhText];
}

/** A link between two places, named by its ends in `language` ("北京 — 天津", "Beijing — Tianjin"). */
export function linkName(
  language: Language,
  from: { name_zh: string; name_en: string } | undefined,
  to: { name_zh: string; name_en: string } | undefined,
): string {
  const name = (a: typeof from) => (a ? pickName(language, a.name_zh, a.name_en)[0] : '?');
  return `${name(from)} — ${name(to)}`;
}
