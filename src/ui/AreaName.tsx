// A place name in both languages: the current language first, the other one smaller, each tagged with its lang.
import type { Language } from '../i18n/language';

export interface AreaNameProps {
  zh: string;
  en: string;
  language: Language;
}

export function AreaName({ zh, en, language }: AreaNameProps) {
  const zhPart = (
    <span lang="zh-CN" className={language === 'zh' ? 'name-primary' : 'name-secondary'}>
      {zh}
    </span>
  );
  const enPart = (
    <span lang="en" className={language === 'en' ? 'name-primary' : 'name-secondary'}>
      {en}
    </span>
  );
  return language === 'zh' ? (
    <>
      {zhPart} {enPart}
    </>
  ) : (
    <>
      {enPart} {zhPart}
    </>
  );
}
