// The app shell: loads atlas.json through the one loader, then creates the store from it and paints header + list at
// once; the map (its own chunk) is lazy-loaded when WebGL2 exists. Until the atlas is there, a boot screen says why.
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { buildAtlasIndex } from '../data/atlasIndex';
import { DataLoadError, describeLoadError, type DataLoader } from '../data/load';
import { createAtlasStore, type AtlasStore } from '../store/atlasStore';
import { AtlasStoreContext, DataLoaderContext, useAtlas } from '../store/useAtlas';
import { prepareNumberFormats, translator, useT, type Translate } from '../i18n/i18n';
import type { Language } from '../i18n/language';
import { EmbedHeader, Header } from './Header';
import { rememberWelcomeSeen, shouldWelcome } from '../store/firstVisit';
import { ViewSwitch } from './ViewSwitch';
import { FilterStatus } from '../panels/filter/FilterStatus';
import { isNoWebGL2Error, knowsWebGL2 } from './webgl';
import { AreaList } from '../panels/AreaList';
import { PanelHost } from './PanelHost';
import { UrlSync } from './UrlSync';
import { DataNotices } from './DataNotices';
import { LiveRegion } from './LiveRegion';
import { SearchBox } from '../panels/search/SearchBox';
import { LayerPanel } from '../panels/LayerPanel';
import { Notice } from '../ui/Notice';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { PartBoundary } from './PartBoundary';
import { retryableLazy, useDownloaded } from './retryableLazy';
import WelcomeScreen from '../panels/welcome/WelcomeScreen';

/** The map's chunk (with MapLibre); main.tsx preloads it at start-up. */
export const MapView = retryableLazy(() => import('../map/MapView'));
const TourCard = retryableLazy(() => import('../panels/tour/TourCard'));

/** The browser's localStorage, or null where even reading it throws (storage disabled). */
function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

type DataState =
  { status: 'loading' } | { status: 'ready'; store: AtlasStore } | { status: 'error'; error: unknown };
type MapState = { status: 'pending' } | { status: 'no-webgl' } | { status: 'failed'; error: unknown };

export interface AppProps {
  loader: DataLoader;
  /** The language of the boot screen and the store's first language (a `lang=` in the URL then applies). */
  initialLanguage: Language;
  hasWebGL2?: () => boolean;
  /** Called with the store once it exists (main.tsx exposes it to browser tests). */
  onStore?: (store: AtlasStore) => void;
}

function DataError({ error, t }: { error: unknown; t: Translate }) {
  const { file, reason } = describeLoadError(error);
  return (
    <Notice tone="error">
      <p>{t('error.fetch', { file: file ?? '?', reason })}</p>
      <p>{t('error.fetchHint')}</p>
    </Notice>
  );
}

/** What shows while atlas.json loads or when it cannot be used: the title, a notice and the language switch. */
function BootScreen({
  language,
  onLanguage,
  data,
}: {
  language: Language;
  onLanguage: (language: Language) => void;
  data: DataState;
}) {
  const t = translator(language);
  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1>{t('app.title')}</h1>
          <p className="subtitle">{t('app.subtitle')}</p>
        </div>
        <div className="header-actions">
          <LanguageSwitch language={language} onChange={onLanguage} t={t} />
        </div>
      </header>
      {data.status === 'loading' && <Notice tone="info">{t('status.loading')}</Notice>}
      {data.status === 'error' && <DataError error={data.error} t={t} />}
    </div>
  );
}

export function App({ loader, initialLanguage, hasWebGL2 = knowsWebGL2, onStore }: AppProps) {
  const [data, setData] = useState<DataState>({ status: 'loading' });
  // a language chosen on the boot screen is the store's first language (a `lang=` in the URL then applies)
  const [bootLanguage, setBootLanguage] = useState(initialLanguage);
  const languageAtLoad = useRef(initialLanguage);
  const chooseBootLanguage = useCallback((language: Language) => {
    languageAtLoad.current = language;
    setBootLanguage(language);
  }, []);

  useEffect(() => {
    let cancelled = false;
    loader.atlas().then(
      (atlas) => {
        if (cancelled) return;
        const store = createAtlasStore(buildAtlasIndex(atlas), { language: languageAtLoad.current });
        onStore?.(store);
        setData({ status: 'ready', store });
      },
      (error: unknown) => !cancelled && setData({ status: 'error', error }),
    );
    return () => {
      cancelled = true;
    };
  }, [loader, onStore]);

  if (data.status !== 'ready')
    return <BootScreen language={bootLanguage} onLanguage={chooseBootLanguage} data={data} />;
  return (
    <AtlasStoreContext.Provider value={data.store}>
      <DataLoaderContext.Provider value={loader}>
        <AtlasShell hasWebGL2={hasWebGL2} />
      </DataLoaderContext.Provider>
    </AtlasStoreContext.Provider>
  );
}

/** The map, or its placeholder while its code downloads (rendered once it is there: see useDownloaded). */
function MapPart({ onFailure }: { onFailure: (error: unknown) => void }) {
  const t = useT();
  const downloaded = useDownloaded(MapView);
  const loading = <div className="map-loading">{t('status.loadingMap')}</div>;
  return <Suspense fallback={loading}>{downloaded ? <MapView onFailure={onFailure} /> : loading}</Suspense>;
}

/** The loaded app: header, list, map, panels, all reading the one store. */
function AtlasShell({ hasWebGL2 }: { hasWebGL2: () => boolean }) {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const listOpen = useAtlas((s) => s.listOpen);
  const toggleList = useAtlas((s) => s.toggleList);
  const embed = useAtlas((s) => s.embed);
  const touring = useAtlas((s) => s.tourStop !== null);
  // decided once, from the address the visitor arrived at (before the app writes its own state into it)
  const [welcome, setWelcome] = useState(() => shouldWelcome(window.location, browserStorage()));
  const closeWelcome = useCallback(() => {
    rememberWelcomeSeen(browserStorage());
    setWelcome(false);
  }, []);
  const [mapState, setMapState] = useState<MapState>(() =>
    hasWebGL2() ? { status: 'pending' } : { status: 'no-webgl' },
  );
  // a browser that knows WebGL2 but cannot create a context (GPU off or blocklisted) learns so from the map itself
  const onMapFailure = useCallback(
    (error: unknown) =>
      setMapState(isNoWebGL2Error(error) ? { status: 'no-webgl' } : { status: 'failed', error }),
    [],
  );

  useEffect(() => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  }, [language]);

  // the panels' number formats are made while the page is idle, not in the frame of the first selection
  useEffect(() => {
    const prepare = () => prepareNumberFormats(language);
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(prepare, 2000);
      return () => clearTimeout(timer);
    }
    const id = requestIdleCallback(prepare, { timeout: 5000 });
    return () => cancelIdleCallback(id);
  }, [language]);

  const mapUnavailable = mapState.status !== 'pending';
  const showList = listOpen || mapUnavailable;
  const embedMap = embed && !mapUnavailable;

  return (
    <div className={`app${embed ? ' app-embed' : ''}`}>
      {!embed && (
        <a className="skip-link" href="#area-list">
          {t('app.skipToList')}
        </a>
      )}
      {embed ? <EmbedHeader /> : <Header search={<SearchBox />} />}
      <UrlSync />
      <DataNotices />
      <LiveRegion />
      {welcome && !embed && (
        <PartBoundary part={t('welcome.heading')} t={t}>
          <WelcomeScreen onClose={closeWelcome} />
        </PartBoundary>
      )}
      <main className={`layout${mapUnavailable ? ' layout-no-map' : ''}${embedMap ? ' layout-embed' : ''}`}>
        {/* the embed view has no side list, unless the list must stand in for a map that cannot be drawn */}
        {!embedMap && (
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
        )}
        <section className={touring ? 'map-area map-area-touring' : 'map-area'}>
          {mapState.status === 'pending' && (
            <>
              <PartBoundary part={t('map.name')} t={t}>
                <MapPart onFailure={onMapFailure} />
              </PartBoundary>
              <ViewSwitch />
              <FilterStatus />
            </>
          )}
          {touring && (
            <PartBoundary part={t('tour.label')} t={t}>
              <Suspense fallback={null}>
                <TourCard />
              </Suspense>
            </PartBoundary>
          )}
          {mapState.status === 'no-webgl' && <Notice tone="error">{t('error.noWebgl')}</Notice>}
          {mapState.status === 'failed' &&
            (mapState.error instanceof DataLoadError ? (
              <DataError error={mapState.error} t={t} />
            ) : (
              <Notice tone="error">
                {t('error.mapFailed', { reason: describeLoadError(mapState.error).reason })}
              </Notice>
            ))}
        </section>
        <PanelHost />
      </main>
    </div>
  );
}
