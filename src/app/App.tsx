// The app shell: loads atlas.json, paints header + list at once, lazy-loads the map (its own chunk) when WebGL2 exists.
import { Suspense, lazy, useCallback, useEffect, useMemo, useState } from 'react';
import type { Atlas } from '../data/types';
import { DataLoadError, loadAtlas } from '../data/loadAtlas';
import { useAtlas } from '../store/useAtlas';
import { useT } from '../i18n/i18n';
import { AtlasDataContext, buildAtlasIndex } from './atlasData';
import { Header } from './Header';
import { ViewSwitch } from './ViewSwitch';
import { FilterStatus } from '../panels/filter/FilterStatus';
import { supportsWebGL2 } from './webgl';
import { AreaList } from '../panels/AreaList';
import { PanelHost } from './PanelHost';
import { UrlSync } from './UrlSync';
import { LiveRegion } from './LiveRegion';
import { SearchBox } from '../panels/search/SearchBox';
import { LayerPanel } from '../panels/LayerPanel';
import { Notice } from '../ui/Notice';

const MapView = lazy(() => import('../map/MapView'));

type DataState =
  { status: 'loading' } | { status: 'ready'; atlas: Atlas } | { status: 'error'; error: unknown };
type MapState = { status: 'pending' } | { status: 'no-webgl' } | { status: 'failed'; error: unknown };

export interface AppProps {
  load?: () => Promise<Atlas>;
  hasWebGL2?: () => boolean;
}

function describe(error: unknown): { file?: string; reason: string } {
  if (error instanceof DataLoadError) return { file: error.file, reason: error.reason };
  return { reason: error instanceof Error ? error.message : String(error) };
}

function DataError({ error }: { error: unknown }) {
  const t = useT();
  const { file, reason } = describe(error);
  return (
    <Notice tone="error">
      <p>{t('error.fetch', { file: file ?? '?', reason })}</p>
      <p>{t('error.fetchHint')}</p>
    </Notice>
  );
}

export function App({ load = loadAtlas, hasWebGL2 = supportsWebGL2 }: AppProps) {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const listOpen = useAtlas((s) => s.listOpen);
  const toggleList = useAtlas((s) => s.toggleList);
  const [data, setData] = useState<DataState>({ status: 'loading' });
  const [mapState, setMapState] = useState<MapState>(() =>
    hasWebGL2() ? { status: 'pending' } : { status: 'no-webgl' },
  );
  const index = useMemo(() => (data.status === 'ready' ? buildAtlasIndex(data.atlas) : null), [data]);
  const onMapFailure = useCallback((error: unknown) => setMapState({ status: 'failed', error }), []);

  useEffect(() => {
    let cancelled = false;
    load().then(
      (atlas) => !cancelled && setData({ status: 'ready', atlas }),
      (error: unknown) => !cancelled && setData({ status: 'error', error }),
    );
    return () => {
      cancelled = true;
    };
  }, [load]);

  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);

  const mapUnavailable = mapState.status !== 'pending';
  const showList = listOpen || mapUnavailable;

  return (
    <div className="app">
      <a className="skip-link" href="#area-list">
        {t('app.skipToList')}
      </a>
      <Header
        search={
          index && (
            <AtlasDataContext.Provider value={index}>
              <SearchBox />
            </AtlasDataContext.Provider>
          )
        }
      />
      {data.status === 'loading' && <Notice tone="info">{t('status.loading')}</Notice>}
      {data.status === 'error' && <DataError error={data.error} />}
      {index && (
        <AtlasDataContext.Provider value={index}>
          <UrlSync />
          <LiveRegion />
          <main className={`layout${index && mapUnavailable ? ' layout-no-map' : ''}`}>
            <div className="sidebar">
              {!mapUnavailable && <LayerPanel />}
              <div className="list-header">
                <button
                  type="button"
                  className="list-toggle"
                  aria-expanded={showList}
                  onClick={toggleList}
                  disabled={mapUnavailable}
                >
                  {showList ? t('list.hide') : t('list.show')}
                </button>
              </div>
              {showList && <AreaList />}
            </div>
            <section className="map-area">
              {mapState.status === 'pending' && (
                <>
                  <Suspense fallback={<div className="map-loading">{t('status.loadingMap')}</div>}>
                    <MapView atlas={index.atlas} onFailure={onMapFailure} />
                  </Suspense>
                  <ViewSwitch />
                  <FilterStatus />
                </>
              )}
              {mapState.status === 'no-webgl' && <Notice tone="error">{t('error.noWebgl')}</Notice>}
              {mapState.status === 'failed' &&
                (mapState.error instanceof DataLoadError ? (
                  <DataError error={mapState.error} />
                ) : (
                  <Notice tone="error">
                    {t('error.mapFailed', { reason: describe(mapState.error).reason })}
                  </Notice>
                ))}
            </section>
            <PanelHost />
          </main>
        </AtlasDataContext.Provider>
      )}
    </div>
  );
}
