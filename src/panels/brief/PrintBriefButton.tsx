// "Print brief": mounts the brief outside the app root, marks <body> so the print CSS prints only the brief, prints.
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../../i18n/i18n';
import { Brief } from './Brief';

/** Class on <body> while a brief is being printed (brief.css hides everything else in print). */
export const PRINTING_CLASS = 'brief-printing';

export function PrintBriefButton({ ids, label }: { ids: readonly string[]; label?: string }) {
  const t = useT();
  // bumped per click: printing again works even where the browser never fires `afterprint`
  const [request, setRequest] = useState(0);

  useEffect(() => {
    if (request === 0) return;
    document.body.classList.add(PRINTING_CLASS);
    const done = () => {
      document.body.classList.remove(PRINTING_CLASS);
      setRequest(0);
    };
    window.addEventListener('afterprint', done);
    // let React commit the brief before the print dialog takes its snapshot
    const frame = requestAnimationFrame(() => window.print());
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', done);
    };
  }, [request]);

  useEffect(() => () => document.body.classList.remove(PRINTING_CLASS), []);

  return (
    <>
      <button
        type="button"
        className="action-button"
        onClick={() => setRequest((n) => n + 1)}
        disabled={ids.length === 0}
      >
        {label ?? t('brief.print')}
      </button>
      {request > 0 && createPortal(<Brief ids={ids} />, document.body)}
    </>
  );
}
