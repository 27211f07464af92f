// The header search: one combobox over areas, industries, the plan's fields and links (Chinese, English, pinyin,
// initials) and over the plan sentences attached to them; "/" focuses it. The search code is a lazy chunk, loaded with
// search.json when the visitor turns to the box (pointer over it, focus): building its index at start-up would take
// the main thread from the map's first drawing. Code that cannot be downloaded is said so, and asked for again when the
// visitor next turns to the box.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { DATA_FILES, describeLoadError, type DataLoader } from '../../data/load';
import type { Atlas } from '../../data/types';
import type { SearchResult } from '../../data/search';
import type * as SearchModule from '../../data/search';
import { useAtlas, useAtlasIndex, useLoader } from '../../store/useAtlas';
import { useT, pickName } from '../../i18n/i18n';
import { AreaName } from '../../ui/AreaName';
import { retryableModule, type RetryableModule } from '../../data/retryableModule';

const MAX_RESULTS = 12;

type Searcher = (query: string, limit: number) => SearchResult[];

export type SearchCode = RetryableModule<typeof SearchModule>;

/** The search code's chunk (with pinyin matching and the sentence index). */
const searchCode: SearchCode = retryableModule(() => import('../../data/search'));

/**
 * Search over the build's precomputed search.json (with pinyin); without it, names only — and `missing` says which
 * file could not be used and why, for the visitor.
 */
async function searcherOf(
  loader: DataLoader,
  atlas: Atlas,
  code: SearchCode,
): Promise<{ search: Searcher; missing: { file: string; reason: string } | null }> {
  const [{ loadSearchIndex, searchAtlas }, loaded] = await Promise.all([
    code.load(),
    loader.searchEntries().then(
      (entries) => ({ entries, missing: null }),
      (error: unknown) => {
        const { file = DATA_FILES.search, reason } = describeLoadError(error);
        return { entries: null, missing: { file, reason } };
      },
    ),
  ]);
  const index = loadSearchIndex(atlas, loaded.entries);
  return { search: (query, limit) => searchAtlas(index, query, limit), missing: loaded.missing };
}

/** True when a key press happens where typing "/" means text, not the shortcut. */
function isTextTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function SearchBox({ code = searchCode }: { code?: SearchCode }) {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const selectArea = useAtlas((s) => s.selectArea);
  const selectLink = useAtlas((s) => s.selectLink);
  const openPanel = useAtlas((s) => s.openPanel);
  const setIndustries = useAtlas((s) => s.setIndustries);
  const setFields = useAtlas((s) => s.setFields);
  const openIndustry = useAtlas((s) => s.openIndustry);
  const { atlas, areasById, industriesById, fieldsById } = useAtlasIndex();
  const loader = useLoader();
  const [wanted, setWanted] = useState(false);
  const [search, setSearch] = useState<{ run: Searcher } | null>(null);
  const [missing, setMissing] = useState<{ file: string; reason: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  // the "/" shortcut means nothing without a keyboard: a touch screen's placeholder leaves it out
  const [touch] = useState(
    () => typeof window.matchMedia === 'function' && window.matchMedia('(hover: none)').matches,
  );
  const listboxId = useId();
  const labelId = useId();

  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    searcherOf(loader, atlas, code).then(
      (built) => {
        if (cancelled) return;
        setSearch({ run: built.search });
        setMissing(built.missing);
        setFailure(null);
      },
      (error: unknown) => {
        if (cancelled) return;
        setFailure(describeLoadError(error).reason);
        // the next pointer over the box or focus asks again
        setWanted(false);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [wanted, atlas, loader, code]);

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTextTarget(e.target)) return;
      e.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const results: SearchResult[] = useMemo(
    () => (search ? search.run(query, MAX_RESULTS) : []),
    [search, query],
  );
  const expanded = open && query.trim() !== '';

  const choose = (result: SearchResult) => {
    setOpen(false);
    setActive(-1);
    setQuery(pickName(language, result.label_zh, result.label_en)[0]);
    if (result.type === 'area') {
      selectArea(result.id, 'list');
      openPanel('area');
    } else if (result.type === 'link') {
      selectLink(result.id, 'list');
      openPanel('link');
    } else if (result.type === 'field') {
      // a field opens its industry's profile (where the plan puts it, in its sentences) with the map filtered to it
      const field = fieldsById.get(result.id);
      setFields([result.id]);
      if (field) openIndustry(field.industry);
      else openPanel('filter');
    } else if (result.match === 'text') {
      // the matching sentence is one of the industry's city-wide statements: its profile shows it
      openIndustry(result.id);
    } else {
      setIndustries([result.id]);
      openPanel('filter');
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      if (results.length > 0) setActive((i) => (i + 1) % results.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (results.length > 0) setActive((i) => (i <= 0 ? results.length - 1 : i - 1));
    } else if (e.key === 'Enter') {
      const pick = results[active >= 0 ? active : 0];
      if (expanded && pick) {
        e.preventDefault();
        choose(pick);
      }
    } else if (e.key === 'Escape') {
      if (expanded) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      } else if (query !== '') setQuery('');
    }
  };

  const optionId = (i: number) => `${listboxId}-opt-${i}`;
  const describe = (r: SearchResult) => {
    if (r.type === 'industry') return t('search.industry');
    if (r.type === 'field') {
      const industry = industriesById.get(fieldsById.get(r.id)?.industry ?? '');
      const under = industry ? ` · ${pickName(language, industry.zh, industry.en)[0]}` : '';
      return `${t('search.field')}${under}`;
    }
    if (r.type === 'link') {
      const link = atlas.links.find((l) => l.id === r.id);
      return link ? `${t('search.link')} · ${t(`layers.${link.kind}`)}` : t('search.link');
    }
    const area = areasById.get(r.id);
    return area ? t(`kind.${area.kind}`) : '';
  };

  return (
    <div className="search-box">
      <label id={labelId} className="visually-hidden" htmlFor={`${listboxId}-input`}>
        {t('search.label')}
      </label>
      <input
        ref={input}
        id={`${listboxId}-input`}
        type="text"
        role="combobox"
        aria-labelledby={labelId}
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-keyshortcuts="/"
        aria-describedby={missing || failure ? `${listboxId}-note` : undefined}
        aria-busy={wanted && search === null}
        placeholder={t(touch ? 'search.placeholderTouch' : 'search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onPointerEnter={() => setWanted(true)}
        onFocus={() => {
          setWanted(true);
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
      />
      {(missing || failure) && (
        <p id={`${listboxId}-note`} className="search-note" role="status">
          {failure ? t('search.unavailable', { reason: failure }) : t('search.namesOnly', missing!)}
        </p>
      )}
      <ul
        id={listboxId}
        role="listbox"
        aria-labelledby={labelId}
        className="search-results"
        hidden={!expanded}
      >
        {expanded &&
          results.map((r, i) => {
            return (
              <li
                key={`${r.type}:${r.id}`}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className="search-option"
                // mousedown, not click: the input's blur would close the list first
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(r);
                }}
                onMouseMove={() => setActive(i)}
              >
                <AreaName zh={r.label_zh} en={r.label_en} language={language} />
                <span className="search-kind"> · {describe(r)}</span>
                {r.snippet && (
                  <span className="search-snippet">
                    <span lang={r.snippet.lang === 'zh' ? 'zh-CN' : 'en'}>
                      {r.snippet.before}
                      <mark>{r.snippet.match}</mark>
                      {r.snippet.after}
                    </span>
                    <span className="search-kind">
                      {' '}
                      · {r.snippet.section}
                      {r.snippet.lang === 'en' && ` · ${t('search.translation')}`}
                    </span>
                  </span>
                )}
              </li>
            );
          })}
        {expanded && results.length === 0 && (
          <li role="option" aria-selected={false} aria-disabled="true" className="search-empty">
            {search ? t('search.none') : failure ? t('search.unavailableShort') : t('panels.loading')}
          </li>
        )}
      </ul>
    </div>
  );
}
