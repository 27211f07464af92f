// Page header: title, search, panel switcher, share, language switch, data downloads.
import { useAtlas } from '../store/useAtlas';
import { useT } from '../i18n/i18n';
import { DATA_FILES, dataUrl } from '../data/load';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { PanelSwitcher } from './PanelHost';
import { ShareButton } from './ShareButton';
import type { ReactNode } from 'react';

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
        <ShareButton />
        <LanguageSwitch language={language} onChange={setLanguage} t={t} />
        <div className="downloads">
          <span className="downloads-label">{t('header.download')}</span>
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
