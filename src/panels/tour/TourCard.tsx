// The guided tour's card: the stop's title, the plan's own sentences with their sections and translations, the places
// the map highlights, "more about" the stop's area, and previous / next / end. ← → and Esc work anywhere on the page
// except in a text field or an open dialog. On a phone it is a card at the bottom of the map.
import { useEffect, useRef } from 'react';
import { useAtlas, useAtlasIndex } from '../../store/useAtlas';
import { selectTourStop } from '../../store/tourSlice';
import { pickName, useT } from '../../i18n/i18n';
import { TaskGroups } from '../PlanQuotes';

/** Keys typed into these go to them, not to the tour. */
const TYPING = 'input, textarea, select, [contenteditable="true"]';

export default function TourCard() {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const index = useAtlas((s) => s.tourStop);
  const stop = useAtlas(selectTourStop);
  const showTourStop = useAtlas((s) => s.showTourStop);
  const leaveTour = useAtlas((s) => s.leaveTour);
  const selectArea = useAtlas((s) => s.selectArea);
  const { atlas, areasById } = useAtlasIndex();
  const total = atlas.tour?.length ?? 0;
  const heading = useRef<HTMLHeadingElement>(null);
  const card = useRef<HTMLElement>(null);

  // each stop: its heading takes the focus (unless the visitor is somewhere in the card already), so it is read out
  useEffect(() => {
    if (index === null) return;
    if (!card.current?.contains(document.activeElement)) heading.current?.focus({ preventScroll: true });
    card.current?.scrollTo?.({ top: 0 });
  }, [index]);

  useEffect(() => {
    if (index === null) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target?.closest(TYPING) || document.querySelector('dialog[open]')) return;
      if (e.key === 'ArrowRight' && index < total - 1) showTourStop(index + 1);
      else if (e.key === 'ArrowLeft' && index > 0) showTourStop(index - 1);
      else if (e.key === 'Escape') leaveTour();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [index, total, showTourStop, leaveTour]);

  if (index === null || !stop) return null;
  const name = (id: string) => {
    const area = areasById.get(id);
    return area ? pickName(language, area.name_zh, area.name_en)[0] : id;
  };
  const area = stop.area ? areasById.get(stop.area) : undefined;
  const last = index === total - 1;

  return (
    <section ref={card} className="tour-card" aria-labelledby="tour-title" data-tour-stop={stop.id}>
      <p className="tour-step">
        <span className="tour-label">{t('tour.label')}</span> · {t('tour.step', { n: index + 1, total })}
      </p>
      <h2 id="tour-title" ref={heading} tabIndex={-1} aria-live="polite">
        {pickName(language, stop.title_zh, stop.title_en)[0]}
      </h2>
      <TaskGroups tasks={stop.quotes} />
      <p className="tour-places">
        {t('tour.places', { names: stop.places.map(name).join(language === 'zh' ? '、' : ', ') })}
      </p>
      {area && (
        <button type="button" className="tour-more" onClick={() => selectArea(area.id, 'list')}>
          {t('tour.readMore', { name: name(area.id) })}
        </button>
      )}
      <div className="tour-nav">
        <button type="button" onClick={() => showTourStop(index - 1)} disabled={index === 0}>
          {t('tour.prev')}
        </button>
        {last ? (
          <button type="button" className="tour-primary" onClick={leaveTour}>
            {t('tour.finish')}
          </button>
        ) : (
          <button type="button" className="tour-primary" onClick={() => showTourStop(index + 1)}>
            {t('tour.next')}
          </button>
        )}
        <button type="button" className="tour-end" onClick={leaveTour}>
          {t('tour.end')}
        </button>
      </div>
      <p className="tour-keys">{t('tour.keys')}</p>
    </section>
  );
}
