// "Share": opens the Share dialog (its own chunk): the link to this view, the embed snippet and a citation.
import { Suspense, useState } from 'react';
import { useT } from '../i18n/i18n';
import { retryableLazy } from './retryableLazy';
import { PartBoundary } from './PartBoundary';

const ShareDialog = retryableLazy(() => import('./ShareDialog'));

export function ShareButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <div className="share">
      <button
        type="button"
        className="share-button"
        onClick={() => setOpen(true)}
        title={t('share.label')}
        aria-haspopup="dialog"
      >
        {t('share.button')}
      </button>
      {open && (
        <PartBoundary part={t('share.title')} t={t}>
          <Suspense fallback={null}>
            <ShareDialog onClose={() => setOpen(false)} />
          </Suspense>
        </PartBoundary>
      )}
    </div>
  );
}
