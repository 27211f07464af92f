// "Share": copies the current URL (which carries the whole view) and says so; without clipboard access it shows the
// link in a selected text field to copy by hand.
import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/i18n';

type ShareState = { status: 'idle' } | { status: 'copied' } | { status: 'manual'; url: string };

export function ShareButton() {
  const t = useT();
  const [state, setState] = useState<ShareState>({ status: 'idle' });
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state.status === 'manual') field.current?.select();
    if (state.status !== 'copied') return;
    const timer = setTimeout(() => setState({ status: 'idle' }), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  const share = async () => {
    const url = window.location.href;
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setState({ status: 'copied' });
    } catch {
      setState({ status: 'manual', url });
    }
  };

  return (
    <div className="share">
      <button type="button" className="share-button" onClick={share} title={t('share.label')}>
        {t('share.button')}
      </button>
      <span className="share-status" role="status">
        {state.status === 'copied' && t('share.copied')}
      </span>
      {state.status === 'manual' && (
        <label className="share-fallback">
          {t('share.fallback')}
          <input
            ref={field}
            readOnly
            value={state.url}
            onBlur={() => setState({ status: 'idle' })}
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
      )}
    </div>
  );
}
