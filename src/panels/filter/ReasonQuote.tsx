// One plan sentence behind a result: the industries and fields it ties the area to (chips), its section id, the
// sentence with their names marked, and our English translation marked as such.
import type { Field, Industry, Task } from '../../data/types';
import { useAtlas } from '../../store/useAtlas';
import { useT, pickName } from '../../i18n/i18n';
import { splitByTerms } from './highlight';

export interface ReasonQuoteProps {
  task: Task;
  /** The chosen industries and fields the sentence carries (both have id, zh, en). */
  industries: readonly (Industry | Field)[];
}

export function ReasonQuote({ task, industries }: ReasonQuoteProps) {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const segments = splitByTerms(
    task.zh,
    industries.map((i) => i.zh),
  );
  return (
    <>
      <p className="reason-head">
        <span className="section-id">{t('panel.section', { id: task.section })}</span>
        {industries.map((i) => (
          <span key={i.id} className="chip chip-industry">
            {pickName(language, i.zh, i.en)[0]}
          </span>
        ))}
      </p>
      <blockquote lang="zh-CN" className="task-zh reason-zh">
        {segments.map((s, n) => (s.term ? <mark key={n}>{s.text}</mark> : s.text))}
      </blockquote>
      {language === 'en' && (
        <p lang="en" className="task-en">
          <span className="translation-tag">{t('panel.translation')}</span> {task.en}
        </p>
      )}
    </>
  );
}
