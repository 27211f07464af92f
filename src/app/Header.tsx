// Page header: title, search slot (filled by the search feature later), language switch, data downloads.
import { useAtlas } from '../store/useAtlas';
import { useT } from '../i18n/i18n';
import { dataUrl } from '../data/loadAtlas';
import type { Language } from '../store/atlasStore';
import { PanelSwitcher } from './PanelHost';
import { ShareButton } from './ShareButton';
import type { ReactNode } from 'react';

const LANGUAGES: readonly Language[] = ['zh', 'en'];

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
        <div className="lang-switch" role="group" aria-label={t('header.language')}>
          {LANGUAGES.map((lang) => (
            <button
              key={lang}
              type="button"
              lang={lang === 'zh' ? 'zh-CN' : 'en'}
              aria-pressed={language === lang}
              onClick={() => setLanguage(lang)}
            >
              {t(lang === 'zh' ? 'header.languageZh' : 'header.languageEn')}
            </button>
          ))}
        </div>
        <div className="downloads">
          <span className="downloads-label">{t('header.download')}</span>
          <a href={dataUrl('data/atlas.json')} download>
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
