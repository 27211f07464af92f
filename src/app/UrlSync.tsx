// Binds the store to the URL once the atlas is known, and shows what a link named that could not be used (dismissible).
import { useEffect, useState } from 'react';
import { useAtlasStore } from '../store/useAtlas';
import { useAtlasIndex } from '../store/useAtlas';
import { useT } from '../i18n/i18n';
import { bindUrlToStore } from '../store/urlSync';
import { urlKnownIds, type UrlNotice } from '../store/urlState';
import { LAYER_GROUPS } from '../store/layerGroups';

export function UrlSync() {
  const t = useT();
  const store = useAtlasStore();
  const { atlas } = useAtlasIndex();
  const [notices, setNotices] = useState<UrlNotice[]>([]);

  useEffect(
    () => bindUrlToStore(store, urlKnownIds(atlas, LAYER_GROUPS), window, setNotices),
    [store, atlas],
  );

  return (
    <div className="url-notices" role="status">
      {notices.length > 0 && (
        <div className="notice notice-info url-notice">
          <p>{t('url.notice')}</p>
          <ul>
            {notices.map((n, i) => (
              <li key={i}>{t(`url.reason.${n.reason}`, { key: n.key, value: n.value })}</li>
            ))}
          </ul>
          <button type="button" className="dismiss-button" onClick={() => setNotices([])}>
            {t('url.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
