// The zh/EN switch: one pressed button per interface language (the header's, and the boot screen's before the store).
import { LANGUAGES, type Language } from '../i18n/language';
import type { Translate } from '../i18n/i18n';

export function LanguageSwitch({
  language,
  onChange,
  t,
}: {
  language: Language;
  onChange: (language: Language) => void;
  t: Translate;
}) {
  return (
    <div className="lang-switch" role="group" aria-label={t('header.language')}>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang === 'zh' ? 'zh-CN' : 'en'}
          aria-pressed={language === lang}
          onClick={() => onChange(lang)}
        >
          {t(lang === 'zh' ? 'header.languageZh' : 'header.languageEn')}
        </button>
      ))}
    </div>
  );
}
