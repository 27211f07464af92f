// Tests of the dictionaries and the translate function.
import { describe, expect, it, vi } from 'vitest';
import { zh } from './zh';
import { en } from './en';
import {
  pickName,
  translate,
  prepareNumberFormats,
  numberFormat,
  AREA_DIGITS,
  INDICATOR_DIGITS,
} from './i18n';

describe('dictionaries', () => {
  it('have exactly the same keys and no empty message', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const dict of [zh, en]) for (const v of Object.values(dict)) expect(v.trim()).not.toBe('');
  });

  it('keep the same placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) expect(names(en[key])).toEqual(names(zh[key]));
  });
});

describe('translate', () => {
  it('returns the message of the language', () => {
    expect(translate('zh', 'view.beijing')).toBe('北京');
    expect(translate('en', 'view.beijing')).toBe('Beijing');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'error.fetch', { file: 'data/atlas.json', reason: 'HTTP 404' })).toBe(
      'Could not load the data file data/atlas.json (HTTP 404).',
    );
    expect(translate('en', 'panel.areaValue', {})).toBe('about {n} km²');
  });
});

describe('pickName', () => {
  it('puts the current language first', () => {
    expect(pickName('zh', '海淀区', 'Haidian')).toEqual(['海淀区', 'Haidian']);
    expect(pickName('en', '海淀区', 'Haidian')).toEqual(['Haidian', '海淀区']);
  });
});

describe('prepareNumberFormats', () => {
  it("makes the panels' number formats, so their first render makes none", () => {
    prepareNumberFormats('en');
    const made = vi.spyOn(Intl, 'NumberFormat');
    try {
      numberFormat('en', AREA_DIGITS);
      numberFormat('en', INDICATOR_DIGITS);
      expect(made).not.toHaveBeenCalled();
      numberFormat('en', 3);
      expect(made).toHaveBeenCalledTimes(1);
    } finally {
      made.mockRestore();
    }
  });
});
