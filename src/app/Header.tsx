// Page header: title, search, panel switcher, the tour, share, language switch, data downloads; and the embed view's
// minimal header (title, language, "open the full atlas").
import { useAtlas } from '../store/useAtlas';
import { useT } from '../i18n/i18n';
import { DATA_FILES, dataUrl } from '../data/load';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { PanelSwitcher } from './PanelHost';
import { ShareButton } from './ShareButton';
import { queryOf } from '../store/urlSync';
import type { ReactNode } from 'react';

/** Starts the guided tour at its first stop, or ends it. */
function TourButton() {
  const t = useT();
  const touring = useAtlas((s) => s.tourStop !== null);
  const hasTour = useAtlas((s) => (s.index.atlas.tour?.length ?? 0) > 0);
  const showTourStop = useAtlas((s) => s.showTourStop);
  const leaveTour = useAtlas((s) => s.leaveTour);
  if (!hasTour) return null;
  return (
    <button
      type="button"
      className="tour-button"
      aria-pressed={touring}
      onClick={() => (touring ? leaveTour() : showTourStop(0))}
    >
      {t('tour.button')}
    </button>
  );
}

export function Header({ search }: { search?: ReactNode }) {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const setLanguage = useAtlas((s) => s.setLanguage);
  return (
    <header className="app-header">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <p className="subtitle">{t('app.subtitle')}</p>
      </div>
      <div className="search-slot" id="search-slot">
        {search}
      </div>
      <div className="header-actions">
        <PanelSwitcher />
        <TourButton />
        <ShareButton />
        <LanguageSwitch language={language} onChange={setLanguage} t={t} />
        <div className="downloads">
          {/* a phone shows the short label: one of the two is displayed, and read out */}
          <span className="downloads-label downloads-label-long">{t('header.download')}</span>
          <span className="downloads-label downloads-label-short">{t('header.downloadShort')}</span>
          <a href={dataUrl(DATA_FILES.atlas)} download>
            {t('header.downloadJson')}
          </a>
          <a href={dataUrl('data/atlas.csv')} download>
            {t('header.downloadCsv')}
          </a>
        </div>
      </div>
    </header>
  );
}

/** The embed view's header: the title, the language switch and a link to this view in the full atlas (new tab). */
export function EmbedHeader() {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const setLanguage = useAtlas((s) => s.setLanguage);
  const fullQuery = useAtlas((s) => queryOf({ ...s, embed: false }));
  const href = () => `${window.location.pathname}${fullQuery}${window.location.hash}`;
  return (
    <header className="app-header app-header-embed">
      <div className="brand">
        <h1>{t('app.title')}</h1>
      </div>
      <div className="header-actions">
        <LanguageSwitch language={language} onChange={setLanguage} t={t} />
        <a
          className="embed-open"
          href={href()}
          target="_blank"
          rel="noopener"
          // the camera moves without re-rendering the header: take it as it is now
          onClick={(e) => (e.currentTarget.href = href())}
        >
          {t('embed.open')}
        </a>
      </div>
    </header>
  );
}
