// The first screen: three lines on what the plan is and what the map shows, the legend, and the ways in — explore,
// shortlist by industry, compare, the guided tour — each a button into that flow. A modal dialog: Esc or any button
// closes it, and the caller remembers that it was closed.
import { useEffect, useMemo, useRef } from 'react';
import { useAtlas, useAtlasIndex } from '../../store/useAtlas';
import { useT, type MessageKey } from '../../i18n/i18n';
import { legendEntries } from '../../ui/legend';
import { LegendSwatch } from '../../ui/LegendSwatch';
import type { PanelId } from '../../store/panelIds';

export interface WelcomeScreenProps {
  /** Called once the screen is closed, whichever way. */
  onClose: () => void;
}

interface Way {
  id: string;
  label: MessageKey;
  hint: MessageKey;
  panel?: PanelId;
  tour?: true;
}

const WAYS: readonly Way[] = [
  { id: 'explore', label: 'welcome.explore', hint: 'welcome.exploreHint' },
  { id: 'shortlist', label: 'welcome.shortlist', hint: 'welcome.shortlistHint', panel: 'filter' },
  { id: 'compare', label: 'welcome.compare', hint: 'welcome.compareHint', panel: 'compare' },
  { id: 'tour', label: 'welcome.tour', hint: 'welcome.tourHint', tour: true },
];

export default function WelcomeScreen({ onClose }: WelcomeScreenProps) {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const openPanel = useAtlas((s) => s.openPanel);
  const showTourStop = useAtlas((s) => s.showTourStop);
  const { atlas } = useAtlasIndex();
  const stops = atlas.tour?.length ?? 0;
  const entries = useMemo(() => legendEntries(atlas, language), [atlas, language]);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open && typeof d.showModal === 'function') d.showModal();
  }, []);

  const choose = (way: Way) => {
    dialog.current?.close();
    if (way.panel) openPanel(way.panel);
    if (way.tour) showTourStop(0);
    if (way.id === 'explore') document.querySelector<HTMLInputElement>('#search-slot input')?.focus();
  };

  return (
    <dialog
      ref={dialog}
      className="welcome"
      aria-labelledby="welcome-heading"
      data-testid="welcome"
      onClose={onClose}
    >
      <h2 id="welcome-heading">{t('welcome.heading')}</h2>
      <p>{t('welcome.plan')}</p>
      <p>{t('welcome.map')}</p>
      <p>{t('welcome.words')}</p>
      <h3>{t('welcome.actions')}</h3>
      <ul className="welcome-ways">
        {WAYS.filter((way) => !way.tour || stops > 0).map((way) => (
          <li key={way.id}>
            <button
              type="button"
              className="welcome-way"
              data-way={way.id}
              onClick={() => choose(way)}
              aria-describedby={`welcome-hint-${way.id}`}
            >
              {t(way.label)}
            </button>
            <span id={`welcome-hint-${way.id}`} className="welcome-hint">
              {t(way.hint, { n: stops })}
            </span>
          </li>
        ))}
      </ul>
      <h3>{t('welcome.legend')}</h3>
      <ul className="welcome-legend">
        {entries.map((entry) => (
          <li key={entry.id}>
            <LegendSwatch style={entry.swatch} colour={entry.colour} />
            {entry.label}
          </li>
        ))}
      </ul>
      <button type="button" className="welcome-close" onClick={() => dialog.current?.close()}>
        {t('welcome.close')}
      </button>
    </dialog>
  );
}
