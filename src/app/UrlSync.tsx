// Binds the store to the URL once the atlas is known, and shows what a link named that could not be used (dismissible).
import { useEffect, useState } from 'react';
import { useAtlasIndex, useAtlasStore } from '../store/useAtlas';
import { useT } from '../i18n/i18n';
import { bindUrlToStore, browserUrlEnv } from '../store/urlSync';
import { truncateForNotice, urlKnownIds, type UrlNotice } from '../store/urlState';
import { isCameraHash } from '../store/cameraHash';
import { LAYER_GROUPS } from '../store/layerGroups';

/** The notice lists this many dropped values, then "and N more". */
export const MAX_NOTICES_SHOWN = 8;

function cameraNotices(hash: string): UrlNotice[] {
  if (hash === '' || hash === '#' || isCameraHash(hash)) return [];
  return [{ key: '#', value: truncateForNotice(decodeHash(hash)), reason: 'malformed' }];
}

function decodeHash(hash: string): string {
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}

export function UrlSync() {
  const t = useT();
  const store = useAtlasStore();
  const { atlas } = useAtlasIndex();
  // a `#` part that is not a camera (#zoom/lat/lon) is ignored by the map: said once, on arrival
  const [camera] = useState(() => cameraNotices(window.location.hash));
  const [notices, setNotices] = useState<UrlNotice[]>(camera);

  useEffect(
    () =>
      bindUrlToStore(store, urlKnownIds(atlas, LAYER_GROUPS), browserUrlEnv(), (n) =>
        setNotices([...camera, ...n]),
      ),
    [store, atlas, camera],
  );

  const shown = notices.slice(0, MAX_NOTICES_SHOWN);
  const more = notices.length - shown.length;

  return (
    <div className="url-notices" role="status">
      {notices.length > 0 && (
        <div className="notice notice-info url-notice">
          <p>{t('url.notice')}</p>
          <ul>
            {shown.map((n, i) => (
              <li key={i}>{t(`url.reason.${n.reason}`, { key: n.key, value: n.value })}</li>
            ))}
            {more > 0 && <li className="url-notice-more">{t('url.more', { n: more.toLocaleString() })}</li>}
          </ul>
          <button type="button" className="dismiss-button" onClick={() => setNotices([])}>
            {t('url.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
