// The plan reader (lazy chunk): the whole plan with a table of contents, in-text search, place names that select the
// place on the map, the selected area's passages marked, and a target sentence highlighted (from a task or indicator).
import { Fragment, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { DATA_FILES, describeLoadError } from '../../data/load';
import { locateQuote, type PlanDoc, type PlanDocSection } from '../../plan';
import { useAtlas, useAtlasIndex, useLoader } from '../../store/useAtlas';
import { useT, pickName } from '../../i18n/i18n';
import { placeMarks, sectionLabel } from './planText';
import { findAll, paragraphRanges, segmentText, type TextMark } from './segments';
import { PanelHeader } from '../../ui/PanelHeader';
import { sectionDomId, useHitIntoView, useOpenAtTarget, useSectionFollowsScroll } from './readerScroll';
import { attachedSentences } from './attachments';
import { AttachmentMarker } from './SentenceAttachments';

type DocState =
  | { status: 'loading' }
  | { status: 'ready'; doc: PlanDoc }
  | { status: 'error'; file: string; reason: string };

/** plan.json through the app's loader (fetched once per page, checked at the edge). */
function usePlanDoc(): DocState {
  const loader = useLoader();
  const [state, setState] = useState<DocState>({ status: 'loading' });
  useEffect(() => {
    let cancelled = false;
    loader.plan().then(
      (doc) => !cancelled && setState({ status: 'ready', doc }),
      (error: unknown) => {
        const { file = DATA_FILES.plan, reason } = describeLoadError(error);
        if (!cancelled) setState({ status: 'error', file, reason });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [loader]);
  return state;
}

export default function ReaderPanel() {
  const t = useT();
  const state = usePlanDoc();
  return (
    <aside id="reader-panel" className="side-panel reader-panel" aria-labelledby="reader-title">
      {/* stays at the top of the panel while the plan scrolls under it: the close button and where the reader is */}
      <div className="reader-sticky">
        <PanelHeader titleId="reader-title" title={t('panels.reader')} focusable />
        {state.status === 'ready' && <SectionBeingRead doc={state.doc} />}
      </div>
      {state.status === 'loading' && <p className="panel-loading-inline">{t('panels.loading')}</p>}
      {state.status === 'error' && (
        <p className="notice notice-error" role="alert">
          {t('error.fetch', { file: state.file, reason: state.reason })}
        </p>
      )}
      {state.status === 'ready' && <PlanReader doc={state.doc} />}
    </aside>
  );
}

/** The chapter (and subsection) of the plan the reader shows, under the panel's title, one line each. */
function SectionBeingRead({ doc }: { doc: PlanDoc }) {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const readerSection = useAtlas((s) => s.readerSection);
  const section = doc.sections.find((s) => s.id === readerSection);
  // before the first chapter: the preamble (the line keeps its place, so the plan under it does not move)
  if (!section || section.level === 'preamble')
    return (
      <p className="reader-where" data-testid="reader-where">
        <span className="reader-where-section">{t('reader.preamble')}</span>
      </p>
    );
  const chapter = section.parent ? doc.sections.find((s) => s.id === section.parent) : undefined;
  const lines = chapter ? [chapter, section] : [section];
  return (
    <p className="reader-where" data-testid="reader-where" lang={language === 'zh' ? 'zh-CN' : 'en'}>
      {lines.map((s, i) => (
        <span key={s.id} className={s === section ? 'reader-where-section' : undefined}>
          {/* English titles are the atlas's translation: said once, on the first line */}
          {language === 'en' && i === 0 && <span className="translation-tag">{t('panel.translation')}</span>}
          {language === 'en' && i === 0 && ' '}
          {sectionLabel(s)}
          {pickName(language, s.title_zh, s.title_en)[0]}
        </span>
      ))}
    </p>
  );
}

function PlanReader({ doc }: { doc: PlanDoc }) {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const selectedId = useAtlas((s) => s.selectedId);
  const readerSection = useAtlas((s) => s.readerSection);
  const readerQuote = useAtlas((s) => s.readerQuote);
  const readerRequest = useAtlas((s) => s.readerRequest);
  const setReaderSection = useAtlas((s) => s.setReaderSection);
  const selectArea = useAtlas((s) => s.selectArea);
  const { atlas, areasById } = useAtlasIndex();
  const body = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);

  const places = useMemo(() => placeMarks(atlas.areas, doc), [atlas, doc]);
  const attached = useMemo(() => attachedSentences(atlas, doc), [atlas, doc]);
  const attachedMarks = useMemo(
    () => attached.map((a, i): TextMark => ({ start: a.start, end: a.end, kind: 'attached', ref: i })),
    [attached],
  );
  const sentenceCount = useMemo(() => doc.sections.reduce((n, s) => n + s.sentences.length, 0), [doc]);
  const area = selectedId ? areasById.get(selectedId) : undefined;

  const passages = useMemo(() => {
    const out: TextMark[] = [];
    for (const task of area?.tasks ?? []) {
      const at = locateQuote(doc, task.section, task.zh);
      if (at) out.push({ ...at, kind: 'passage' });
    }
    return out;
  }, [area, doc]);

  const target = useMemo(() => {
    if (!readerQuote) return null;
    const at = locateQuote(doc, readerQuote.section, readerQuote.text);
    return at ? { ...at, kind: 'target' as const } : null;
  }, [doc, readerQuote]);

  const hits = useMemo(() => {
    const q = query.trim();
    if (q === '') return [];
    return doc.sections.flatMap((s) => findAll(doc.text, q, s.text_start, s.text_end));
  }, [doc, query]);
  const currentHit = hits.length > 0 ? Math.min(current, hits.length - 1) : -1;

  useOpenAtTarget(body, doc, readerSection, readerRequest);
  useSectionFollowsScroll(body, setReaderSection);
  useHitIntoView(body, currentHit, hits);

  const goTo = (i: number) => {
    setReaderSection(doc.sections[i].id);
    const heading = document.getElementById(sectionDomId(i));
    heading?.scrollIntoView({ block: 'start' });
    heading?.querySelector<HTMLElement>('h3, h4, p')?.focus({ preventScroll: true });
  };

  const step = (delta: number) => {
    if (hits.length === 0) return;
    setCurrent((currentHit + delta + hits.length) % hits.length);
  };
  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      step(e.shiftKey ? -1 : 1);
    }
  };

  const marksFor = (s: PlanDocSection): TextMark[] => {
    const inRange = (m: { start: number; end: number }) => m.end > s.text_start && m.start < s.text_end;
    const out: TextMark[] = places.filter(inRange);
    for (const a of attachedMarks) if (inRange(a)) out.push(a);
    for (const p of passages) if (inRange(p)) out.push(p);
    if (target && inRange(target)) out.push(target);
    hits.forEach(([start, end], i) => {
      if (end > s.text_start && start < s.text_end)
        out.push({ start, end, kind: i === currentHit ? 'hit-current' : 'hit', ref: i });
    });
    return out;
  };

  const renderSegments = (from: number, to: number, marks: TextMark[]): ReactNode[] => {
    const nodes: ReactNode[] = [];
    const segments = segmentText(from, to, marks);
    const ends = marks
      .filter((m) => m.kind === 'attached' && m.end > from && m.end <= to)
      .sort((a, b) => a.end - b.end);
    // the attachment mark of each quoted sentence goes right after the sentence's last character
    const markersUpTo = (at: number) => {
      while (ends.length > 0 && ends[0].end <= at) {
        const m = ends.shift()!;
        const index = Number(m.ref);
        nodes.push(<AttachmentMarker key={`a${m.end}`} index={index} sentence={attached[index]} />);
      }
    };
    let i = 0;
    while (i < segments.length) {
      markersUpTo(segments[i].start);
      const place = segments[i].marks.find((m) => m.kind === 'place');
      if (!place) {
        nodes.push(renderPiece(segments[i].start, segments[i].end, segments[i].marks));
        i += 1;
        continue;
      }
      const inner: ReactNode[] = [];
      while (i < segments.length && segments[i].marks.includes(place)) {
        inner.push(renderPiece(segments[i].start, segments[i].end, segments[i].marks));
        i += 1;
      }
      const placeArea = areasById.get(String(place.ref));
      const name = placeArea ? pickName(language, placeArea.name_zh, placeArea.name_en)[0] : '';
      nodes.push(
        <button
          key={`p${place.start}`}
          type="button"
          className="place-link"
          data-area={place.ref}
          aria-pressed={place.ref === selectedId}
          title={t('reader.showOnMap', { name })}
          onClick={() => selectArea(String(place.ref), 'list')}
        >
          {inner}
        </button>,
      );
    }
    markersUpTo(to);
    return nodes;
  };

  const renderPiece = (start: number, end: number, marks: TextMark[]): ReactNode => {
    const text = doc.text.slice(start, end);
    const kinds = marks.filter((m) => m.kind !== 'place');
    if (kinds.length === 0) return <Fragment key={start}>{text}</Fragment>;
    if (kinds.every((m) => m.kind === 'attached'))
      return (
        <span key={start} className="mark-attached">
          {text}
        </span>
      );
    const hit = kinds.find((m) => m.kind === 'hit' || m.kind === 'hit-current');
    const isTarget = kinds.find((m) => m.kind === 'target');
    const className = kinds.map((m) => `mark-${m.kind}`).join(' ');
    return (
      <mark
        key={start}
        className={className}
        data-hit={hit && hit.start === start ? hit.ref : undefined}
        data-target={isTarget ? (isTarget.start === start ? 'start' : 'part') : undefined}
        tabIndex={isTarget && isTarget.start === start ? -1 : undefined}
      >
        {text}
      </mark>
    );
  };

  const chapters = doc.sections.filter((s) => s.level !== 'subsection');

  return (
    <>
      <p className="reader-title" lang="zh-CN">
        {doc.title}
      </p>
      <p className="reader-title-en" lang="en">
        <span className="translation-tag">{t('panel.translation')}</span> {doc.title_en}
      </p>

      <details className="reader-toc">
        <summary>{t('reader.contents')}</summary>
        <nav aria-label={t('reader.contents')}>
          {language === 'en' && <span className="translation-tag">{t('panel.translation')}</span>}
          <ol>
            {chapters.map((c) => (
              <li key={c.id}>
                <TocButton doc={doc} section={c} current={readerSection} onPick={goTo} />
                {doc.sections.some((s) => s.parent === c.id) && (
                  <ol>
                    {doc.sections
                      .filter((s) => s.parent === c.id)
                      .map((s) => (
                        <li key={s.id}>
                          <TocButton doc={doc} section={s} current={readerSection} onPick={goTo} />
                        </li>
                      ))}
                  </ol>
                )}
              </li>
            ))}
          </ol>
        </nav>
      </details>

      <div className="reader-search" role="search">
        <label htmlFor="reader-search-input">{t('reader.search')}</label>
        <div className="reader-search-row">
          <input
            id="reader-search-input"
            type="search"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setCurrent(0);
            }}
            onKeyDown={onSearchKey}
          />
          <button
            type="button"
            onClick={() => step(-1)}
            disabled={hits.length === 0}
            aria-label={t('reader.prev')}
          >
            ↑
          </button>
          <button
            type="button"
            onClick={() => step(1)}
            disabled={hits.length === 0}
            aria-label={t('reader.next')}
          >
            ↓
          </button>
        </div>
        <p className="reader-count" aria-live="polite">
          {query.trim() === ''
            ? ''
            : hits.length === 0
              ? // the plan is Chinese: a search in English letters finds nothing in it, and says where to look
                t(/[\u2e80-\u9fff]/.test(query) ? 'reader.noMatches' : 'reader.noMatchesLatin')
              : t('reader.matchCount', { i: currentHit + 1, n: hits.length })}
        </p>
      </div>

      {area && (
        <p className="reader-passages">
          {passages.length > 0 ? (
            <>
              <mark className="mark-passage">{t('reader.passagesKey')}</mark>{' '}
              {t('reader.passages', {
                name: pickName(language, area.name_zh, area.name_en)[0],
                n: passages.length,
              })}
            </>
          ) : (
            t('reader.noPassages', { name: pickName(language, area.name_zh, area.name_en)[0] })
          )}
        </p>
      )}
      <p className="reader-hint">{t('reader.placeHint')}</p>
      <p className="reader-hint reader-legend">
        <span className="mark-attached" aria-hidden="true">
          {t('reader.attachedSample')}
        </span>
        <span className="attach-marker attach-marker-sample" aria-hidden="true">
          2
        </span>{' '}
        {t('reader.attachedLegend', { n: attached.length, total: sentenceCount })}
      </p>

      <div className="reader-body" ref={body} lang="zh-CN">
        {doc.sections.map((s, i) => {
          const marks = marksFor(s);
          const label = sectionLabel(s);
          const Heading = s.level === 'subsection' ? 'h4' : 'h3';
          return (
            <section
              key={s.id}
              id={sectionDomId(i)}
              className={`plan-section plan-${s.level}`}
              data-section={s.id}
            >
              {s.level !== 'preamble' && (
                <Heading tabIndex={-1}>
                  {label}
                  {s.title_zh}
                  {s.title_en && (
                    <span className="plan-heading-en" lang="en">
                      <span className="translation-tag">{t('panel.translation')}</span> {s.title_en}
                    </span>
                  )}
                </Heading>
              )}
              {paragraphRanges(s.text_start, s.text_end, s.sentences, doc.text).map(([a, b]) => (
                <p key={a}>{renderSegments(a, b, marks)}</p>
              ))}
            </section>
          );
        })}
      </div>
    </>
  );
}

function TocButton({
  doc,
  section,
  current,
  onPick,
}: {
  doc: PlanDoc;
  section: PlanDocSection;
  current: string | null;
  onPick: (i: number) => void;
}) {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const title =
    section.level === 'preamble'
      ? t('reader.preamble')
      : pickName(language, section.title_zh, section.title_en)[0];
  return (
    <button
      type="button"
      className="link-button toc-link"
      aria-current={section.id === current ? 'location' : undefined}
      onClick={() => onPick(doc.sections.indexOf(section))}
    >
      {sectionLabel(section)}
      {title}
    </button>
  );
}
