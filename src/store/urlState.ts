// The app state that lives in the URL's query string, as one typed table (parse/serialize are pure and never throw).
//
// The map camera is not here: MapLibre's own `hash` option keeps `#zoom/lat/lon`. Keys not in the table are left
// alone (someone else's `utm_*`); every value of ours that cannot be used is dropped with a notice the UI shows.
import { AREA_KINDS, type AreaKind } from '../data/areaKinds';
import { INDUSTRY_MATCHES, type IndustryMatch } from '../data/industryFilter';
import type { Atlas } from '../data/types';
import { LANGUAGES, type Language } from '../i18n/language';
import { PANEL_IDS, type PanelId } from './panelIds';

export interface UrlState {
  /** Selected area id. */
  area: string;
  /** Selected link id (atlas.links); ignored when `area` is given too. */
  link: string;
  lang: Language;
  /** Visible layer-group ids; `[]` means "all hidden" (an absent key means the app's default). */
  layers: string[];
  /** Selected industry ids of the filter. */
  ind: string[];
  /** Selected industry-group ids of the filter (a group stands for all its industries). */
  grp: string[];
  /** Selected field ids of the filter. */
  fld: string[];
  match: IndustryMatch;
  /** Area kinds the filter is limited to. */
  kinds: AreaKind[];
  /** Compare set: 2–4 distinct area ids. */
  cmp: string[];
  /** Which side panel is open. */
  panel: PanelId;
  /** Plan reader section id in the plan's own numbering (七.(一)). */
  sec: string;
  /** Industry shown by the industry panel. */
  industry: string;
  /** The guided tour's stop, counted from 1. */
  tour: number;
  /** The embeddable view: the map with a minimal header and no side list. */
  embed: boolean;
}

export type UrlKey = keyof UrlState;

/** The ids the URL may name; anything else is dropped as `unknown-id`. */
export interface UrlKnownIds {
  areaIds: ReadonlySet<string>;
  industryIds: ReadonlySet<string>;
  layerIds: ReadonlySet<string>;
  sectionIds: ReadonlySet<string>;
  /** Industry-group ids; without it every `grp` value is unknown. */
  groupIds?: ReadonlySet<string>;
  /** Link ids; without it every `link` value is unknown. */
  linkIds?: ReadonlySet<string>;
  /** How many stops the guided tour has; without it every `tour` value is out of range. */
  tourStops?: number;
  /** Field ids; without it every `fld` value is unknown. */
  fieldIds?: ReadonlySet<string>;
}

/** The ids an atlas lets the URL name; `layerIds` are the map's layer groups (the store's LAYER_GROUPS). */
export function urlKnownIds(
  atlas: Pick<Atlas, 'areas' | 'industries' | 'industry_groups' | 'sections'> &
    Partial<Pick<Atlas, 'links' | 'tour' | 'fields'>>,
  layerIds: Iterable<string>,
): UrlKnownIds {
  return {
    areaIds: new Set(atlas.areas.map((a) => a.id)),
    industryIds: new Set(atlas.industries.map((i) => i.id)),
    layerIds: new Set(layerIds),
    sectionIds: new Set(atlas.sections.map((s) => s.id)),
    groupIds: new Set(atlas.industry_groups.map((g) => g.id)),
    linkIds: new Set((atlas.links ?? []).map((l) => l.id)),
    tourStops: atlas.tour?.length ?? 0,
    fieldIds: new Set((atlas.fields ?? []).map((f) => f.id)),
  };
}

export type UrlNoticeReason =
  'unknown-id' | 'malformed' | 'too-long' | 'invalid-value' | 'too-many' | 'duplicate';

/** One dropped value, for the UI to show ("the link named an unknown area: xyz"). `value` is cut for display. */
export interface UrlNotice {
  key: string;
  value: string;
  reason: UrlNoticeReason;
}

export interface ParsedUrlState {
  state: Partial<UrlState>;
  notices: UrlNotice[];
}

/** Longest raw (still percent-encoded) value read for one key; longer ones are dropped whole. */
export const MAX_PARAM_CHARS = 2000;
/** Most items read from one list key. */
export const MAX_LIST_ITEMS = 64;
/** Longest `value` a notice carries (the rest becomes "…"). */
export const NOTICE_VALUE_CHARS = 40;

type KnownSetName =
  'areaIds' | 'industryIds' | 'layerIds' | 'sectionIds' | 'groupIds' | 'linkIds' | 'fieldIds';

type FieldConf =
  | { type: 'id'; known: KnownSetName }
  /** A position counted from 1 (`tour=3`) in a list whose length `known[count]` gives. */
  | { type: 'ordinal'; count: 'tourStops' }
  /** On when `key=1`; off is never written. */
  | { type: 'flag' }
  | { type: 'enum'; values: readonly string[]; default?: string }
  | {
      type: 'list';
      known?: KnownSetName;
      values?: readonly string[];
      min: number;
      max: number;
      /** True when an empty list says something (no layers visible) and so is written as `key=`. */
      emptyMeaningful: boolean;
    };

/**
 * Which keys go into the URL and how each is read, in the order they are written (like excalidraw's
 * APP_STATE_STORAGE_CONF). `match` defaults to `any`, so `any` is never written.
 */
export const URL_STATE_CONF: { readonly [K in UrlKey]: FieldConf } = {
  area: { type: 'id', known: 'areaIds' },
  link: { type: 'id', known: 'linkIds' },
  lang: { type: 'enum', values: LANGUAGES },
  layers: { type: 'list', known: 'layerIds', min: 0, max: MAX_LIST_ITEMS, emptyMeaningful: true },
  ind: { type: 'list', known: 'industryIds', min: 1, max: MAX_LIST_ITEMS, emptyMeaningful: false },
  grp: { type: 'list', known: 'groupIds', min: 1, max: MAX_LIST_ITEMS, emptyMeaningful: false },
  fld: { type: 'list', known: 'fieldIds', min: 1, max: MAX_LIST_ITEMS, emptyMeaningful: false },
  match: { type: 'enum', values: INDUSTRY_MATCHES, default: 'any' },
  kinds: { type: 'list', values: AREA_KINDS, min: 1, max: MAX_LIST_ITEMS, emptyMeaningful: false },
  cmp: { type: 'list', known: 'areaIds', min: 2, max: 4, emptyMeaningful: false },
  panel: { type: 'enum', values: PANEL_IDS },
  sec: { type: 'id', known: 'sectionIds' },
  industry: { type: 'id', known: 'industryIds' },
  tour: { type: 'ordinal', count: 'tourStops' },
  embed: { type: 'flag' },
};

export const URL_KEYS = Object.keys(URL_STATE_CONF) as UrlKey[];

function isUrlKey(key: string): key is UrlKey {
  return Object.prototype.hasOwnProperty.call(URL_STATE_CONF, key);
}

/** Cut a value for display in a notice. */
export function truncateForNotice(value: string): string {
  const chars = Array.from(value.slice(0, NOTICE_VALUE_CHARS * 2));
  return chars.length > NOTICE_VALUE_CHARS || value.length > NOTICE_VALUE_CHARS * 2
    ? chars.slice(0, NOTICE_VALUE_CHARS).join('') + '…'
    : chars.join('');
}

/** Form-style decoding (`+` is a space); null for a malformed `%` sequence or invalid UTF-8. */
function decodeComponent(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Strict RFC 3986 encoding: also escapes `!'()*`, so a section id like 七.(一) survives Markdown and chat linkifiers. */
function encodeComponent(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase(),
  );
}

function isKnown(
  conf: { known?: KnownSetName; values?: readonly string[] },
  known: UrlKnownIds,
  value: string,
) {
  if (conf.values) return conf.values.includes(value);
  if (conf.known) return known[conf.known]?.has(value) ?? false;
  return false;
}

/** The `key=value` pairs of a query string (with or without `?`; anything after `#` ignored), empty ones left out. */
function queryPairs(search: string): string[] {
  let query = typeof search === 'string' ? search : '';
  const hashAt = query.indexOf('#');
  if (hashAt >= 0) query = query.slice(0, hashAt);
  if (query.startsWith('?')) query = query.slice(1);
  return query.split('&').filter((pair) => pair !== '');
}

/** A decoded query key; null for one too long or undecodable to be ours (keys are short). */
function decodeKey(rawKey: string): string | null {
  return rawKey.length <= 16 ? decodeComponent(rawKey) : null;
}

/** The key of ours that `key` is a bracketed form of (`area` for `area[]`, `ind[0]`), or null. */
function bracketedUrlKey(key: string): UrlKey | null {
  const m = /^(\w+)\[\w*\]$/.exec(key);
  return m !== null && isUrlKey(m[1]) ? m[1] : null;
}

/** `area[]`, `ind[0]`: a form of one of our keys that the table does not read (dropped with a notice). */
function isBracketedUrlKey(key: string): boolean {
  return bracketedUrlKey(key) !== null;
}

/** The key of ours that a raw `key=value` pair names (also in a bracketed form the app drops), or null: a foreign pair. */
function ownKeyOf(pair: string): UrlKey | null {
  const eq = pair.indexOf('=');
  const key = decodeKey(eq < 0 ? pair : pair.slice(0, eq));
  if (key === null) return null;
  return isUrlKey(key) ? key : bracketedUrlKey(key);
}

/**
 * Read our keys from a query string (`?a=b&c=d`, with or without the `?`; anything after `#` is ignored).
 * Never throws. The first occurrence of a key wins; later ones are dropped as `duplicate`.
 */
export function parseUrlState(search: string, known: UrlKnownIds): ParsedUrlState {
  const notices: UrlNotice[] = [];
  const state: Partial<Record<UrlKey, string | string[] | number | boolean>> = {};
  const seen = new Set<UrlKey>();
  // a value named twice for the same reason (`ind=a,a,a`) is one notice
  const noted = new Set<string>();
  const note = (key: string, value: string, reason: UrlNoticeReason) => {
    const notice = { key, value: truncateForNotice(value), reason };
    const id = JSON.stringify(notice);
    if (noted.has(id)) return;
    noted.add(id);
    notices.push(notice);
  };

  for (const pair of queryPairs(search)) {
    const eq = pair.indexOf('=');
    const rawKey = eq < 0 ? pair : pair.slice(0, eq);
    const rawValue = eq < 0 ? '' : pair.slice(eq + 1);
    const key = decodeKey(rawKey);
    if (key !== null && isBracketedUrlKey(key)) {
      note(key, decodeComponent(rawValue) ?? rawValue, 'malformed');
      continue;
    }
    if (key === null || !isUrlKey(key)) continue;
    if (seen.has(key)) {
      note(key, decodeComponent(rawValue) ?? rawValue, 'duplicate');
      continue;
    }
    seen.add(key);
    if (rawValue.length > MAX_PARAM_CHARS) {
      note(key, rawValue, 'too-long');
      continue;
    }
    const conf = URL_STATE_CONF[key];
    if (conf.type === 'list') {
      const list = parseList(key, rawValue, conf, known, note);
      if (list !== null) state[key] = list;
      continue;
    }
    if (rawValue === '') continue;
    const value = decodeComponent(rawValue);
    if (value === null) {
      note(key, rawValue, 'malformed');
    } else if (conf.type === 'ordinal') {
      const n = /^[1-9][0-9]{0,3}$/.test(value) ? Number(value) : NaN;
      if (n <= (known[conf.count] ?? 0)) state[key] = n;
      else note(key, value, 'invalid-value');
    } else if (conf.type === 'flag') {
      if (value === '1') state[key] = true;
      else note(key, value, 'invalid-value');
    } else if (conf.type === 'enum') {
      if (conf.values.includes(value)) {
        if (value !== conf.default) state[key] = value;
      } else note(key, value, 'invalid-value');
    } else if (isKnown(conf, known, value)) {
      state[key] = value;
    } else note(key, value, 'unknown-id');
  }
  // The table guarantees each key holds the type UrlState gives it: strings for id/enum keys, known ids for lists,
  // a number for an ordinal, true for a flag.
  return { state: state as Partial<UrlState>, notices };
}

function parseList(
  key: UrlKey,
  rawValue: string,
  conf: Extract<FieldConf, { type: 'list' }>,
  known: UrlKnownIds,
  note: (key: string, value: string, reason: UrlNoticeReason) => void,
): string[] | null {
  if (rawValue === '') return conf.emptyMeaningful ? [] : null;
  if (/^,+$/.test(rawValue)) {
    // `layers=,,,,` names nothing: not the same as `layers=` (none) — dropped, the default stays
    note(key, rawValue, 'malformed');
    return null;
  }
  const items: string[] = [];
  for (const rawItem of rawValue.split(',')) {
    if (rawItem === '') continue;
    const item = decodeComponent(rawItem);
    if (item === null) note(key, rawItem, 'malformed');
    else if (!isKnown(conf, known, item)) note(key, item, conf.values ? 'invalid-value' : 'unknown-id');
    else if (items.includes(item)) note(key, item, 'duplicate');
    else items.push(item);
  }
  if (items.length > conf.max) {
    note(key, items.slice(conf.max).join(','), 'too-many');
    items.length = conf.max;
  }
  if (items.length === 0) return conf.emptyMeaningful ? [] : null;
  if (items.length < conf.min) {
    note(key, items.join(','), 'invalid-value');
    return null;
  }
  return items;
}

/**
 * The pairs of `search` that are not ours (`utm_source=x`, someone else's keys), raw and in order: the app writes
 * them back untouched after its own keys.
 */
export function foreignParams(search: string): string[] {
  return queryPairs(search).filter((pair) => ownKeyOf(pair) === null);
}

/**
 * True when `search` has one of our keys other than those in `except`, even in a form the app then drops (`area[]=…`,
 * an unknown value).
 */
export function hasOwnKeys(search: string, except: readonly UrlKey[] = []): boolean {
  return queryPairs(search).some((pair) => {
    const key = ownKeyOf(pair);
    return key !== null && !except.includes(key);
  });
}

/** Our query (`''` or `?…`) with the foreign pairs appended. */
export function withForeignParams(query: string, foreign: readonly string[]): string {
  if (foreign.length === 0) return query;
  return `${query === '' ? '?' : `${query}&`}${foreign.join('&')}`;
}

export interface SerializeOptions {
  /** Values equal to these (lists compared as sets) are left out, e.g. the app's default visible layers. */
  defaults?: Partial<UrlState>;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}

/** True when `value` is what the URL leaves out for `key` (absent, a default, or an empty list that says nothing). */
function isOmitted(key: UrlKey, value: unknown, options: SerializeOptions): boolean {
  if (value === undefined || value === null || value === false) return true;
  const conf = URL_STATE_CONF[key];
  const given = options.defaults?.[key];
  if (Array.isArray(value)) {
    if (conf.type === 'list' && value.length === 0 && !conf.emptyMeaningful) return true;
    return Array.isArray(given) && sameSet(value, given);
  }
  if (value === '') return true;
  return (conf.type === 'enum' && value === conf.default) || value === given;
}

/**
 * The query string for `state`: keys in table order, defaults and empty values left out, each id strictly
 * percent-encoded. '' when there is nothing to say, else it starts with '?'.
 */
export function serializeUrlState(state: Partial<UrlState>, options: SerializeOptions = {}): string {
  const parts: string[] = [];
  for (const key of URL_KEYS) {
    const value: unknown = state[key];
    if (isOmitted(key, value, options)) continue;
    const text = Array.isArray(value)
      ? value.map((v) => encodeComponent(String(v))).join(',')
      : value === true
        ? '1'
        : encodeComponent(String(value));
    parts.push(`${key}=${text}`);
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** `state` as it reads back from its URL: the keys serializeUrlState would leave out are removed. */
export function canonicalUrlState(
  state: Partial<UrlState>,
  options: SerializeOptions = {},
): Partial<UrlState> {
  const out: Partial<Record<UrlKey, unknown>> = {};
  for (const key of URL_KEYS) {
    if (!isOmitted(key, state[key], options)) out[key] = state[key];
  }
  return out as Partial<UrlState>;
}
