// Says which parts of the loaded data files the checks left out or emptied (file › item › field), so a damaged file
// is never silently partial; capped like the URL notice, dismissible.
import { useState, useSyncExternalStore } from 'react';
import { useLoader } from '../store/useAtlas';
import { useT } from '../i18n/i18n';
import type { DataProblem } from '../data/checkItems';
import { MAX_NOTICES_SHOWN } from './UrlSync';

export const problemPlace = (p: DataProblem): string =>
  [p.file, p.item, p.field].filter((part) => part !== undefined && part !== '').join(' › ');

export function DataNotices() {
  const t = useT();
  const loader = useLoader();
  const problems = useSyncExternalStore(loader.onProblems, loader.problems);
  const [dismissed, setDismissed] = useState(0);
  const open = problems.slice(dismissed);
  if (open.length === 0) return null;
  const shown = open.slice(0, MAX_NOTICES_SHOWN);
  const more = open.length - shown.length;
  return (
    <div className="notice notice-error url-notice data-notice" role="alert">
      <p>{t('data.notice')}</p>
      <ul>
        {shown.map((p, i) => (
          <li key={i}>{t(`data.action.${p.action}`, { place: problemPlace(p) })}</li>
        ))}
        {more > 0 && <li className="url-notice-more">{t('url.more', { n: more.toLocaleString() })}</li>}
      </ul>
      <button type="button" className="dismiss-button" onClick={() => setDismissed(problems.length)}>
        {t('url.dismiss')}
      </button>
    </div>
  );
}
