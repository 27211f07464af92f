// The Share dialog: the link to this view, the <iframe> snippet that embeds it, and a citation, each copyable. Where the
// clipboard is refused, the text stays selected in its field to copy by hand.
import { useEffect, useRef, useState } from 'react';
import { useAtlasStore } from '../store/useAtlas';
import { useT, type MessageKey } from '../i18n/i18n';
import { citationText, embedSnippet } from './shareText';
import { viewUrl } from '../store/urlSync';

export interface ShareDialogProps {
  onClose: () => void;
}

type Field = 'link' | 'embed' | 'cite';

const FIELDS: readonly { id: Field; label: MessageKey; copy: MessageKey; copied: MessageKey }[] = [
  { id: 'link', label: 'share.link', copy: 'share.copyLink', copied: 'share.copied' },
  { id: 'embed', label: 'share.embed', copy: 'share.copyEmbed', copied: 'share.copiedEmbed' },
  { id: 'cite', label: 'share.cite', copy: 'share.copyCite', copied: 'share.copiedCite' },
];

export default function ShareDialog({ onClose }: ShareDialogProps) {
  const t = useT();
  const store = useAtlasStore();
  const dialog = useRef<HTMLDialogElement>(null);
  const fields = useRef<Partial<Record<Field, HTMLTextAreaElement | null>>>({});
  const [status, setStatus] = useState<{ field: Field; ok: boolean } | null>(null);
  // the texts of the view as it is when the dialog opens
  const [texts] = useState<Record<Field, string>>(() => {
    const state = store.getState();
    const place = window.location;
    const link = viewUrl(place, state, false);
    return {
      link,
      embed: embedSnippet(viewUrl(place, state, true), t('share.iframeTitle', { title: t('app.title') })),
      cite: citationText(t, state, link, new Date()),
    };
  });

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open && typeof d.showModal === 'function') d.showModal();
  }, []);

  const copy = async (field: Field) => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(texts[field]);
      setStatus({ field, ok: true });
    } catch {
      fields.current[field]?.select();
      setStatus({ field, ok: false });
    }
  };

  return (
    <dialog ref={dialog} className="share-dialog" aria-labelledby="share-title" onClose={onClose}>
      <h2 id="share-title">{t('share.title')}</h2>
      {FIELDS.map((f) => (
        <div className="share-field" key={f.id} data-share={f.id}>
          <label htmlFor={`share-${f.id}`}>{t(f.label)}</label>
          {f.id === 'embed' && <p className="share-hint">{t('share.embedHint')}</p>}
          <textarea
            id={`share-${f.id}`}
            ref={(el) => {
              fields.current[f.id] = el;
            }}
            readOnly
            rows={f.id === 'link' ? 2 : 3}
            value={texts[f.id]}
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" onClick={() => void copy(f.id)}>
            {t(f.copy)}
          </button>
        </div>
      ))}
      <p className="share-status" role="status">
        {status && (status.ok ? t(FIELDS.find((f) => f.id === status.field)!.copied) : t('share.copyFailed'))}
      </p>
      <button type="button" className="share-close" onClick={() => dialog.current?.close()}>
        {t('share.close')}
      </button>
    </dialog>
  );
}
