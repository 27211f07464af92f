// Entry point: palette CSS variables, the one data loader (downloads start here), and the React root.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, MapView } from './app/App';
import type { AtlasStore } from './store/atlasStore';
import { paletteCssVariables } from './data/palette';
import { createLoader } from './data/load';
import { languageOfLocale } from './i18n/language';
import { knowsWebGL2 } from './app/webgl';
import { reloadIfDeployed } from './app/chunkReload';
import { LOAD_MARKS, markLoad } from './data/loadMarks';
// Our styles, one file per part of the page. This list is their cascade order (later files win ties), so no
// component imports them (maplibre-gl.css comes with the map's chunk).
import './styles/base.css';
import './styles/layout.css';
import './styles/header.css';
import './styles/search.css';
import './styles/notices.css';
import './styles/sidebar.css';
import './styles/area-list.css';
import './styles/map.css';
import './styles/panel-controls.css';
import './styles/filter.css';
import './styles/matrix.css';
import './styles/compare.css';
import './styles/brief.css';
import './styles/area-panel.css';
import './styles/reader.css';
import './styles/indicators.css';
import './styles/tour.css';
import './styles/dialogs.css';
import './styles/phone.css';
import './styles/print.css';

declare global {
  interface Window {
    /** The app store once the atlas has loaded, for browser tests. */
    __atlasStore?: AtlasStore;
  }
}

for (const [name, value] of Object.entries(paletteCssVariables()))
  document.documentElement.style.setProperty(name, value);

// a chunk of the build this tab runs is gone (a new version was deployed): load the new version, keeping the URL
window.addEventListener('vite:preloadError', (event) => {
  void reloadIfDeployed((event as Event & { payload?: unknown }).payload);
});

// (a new version's service worker that takes over this page reloads it: public/register-sw.js)

const loader = createLoader();
// atlas.json holds everything the text UI shows: ask for it before React mounts (App asks the loader for the same file)
loader.atlas().then(
  () => markLoad(LOAD_MARKS.atlasChecked),
  () => undefined,
);
// A browser that knows WebGL2 will draw the map: fetch its code and geodata now and start its worker, in parallel with
// atlas.json (index.html preloads the same files; the map reports failures when it asks the loader for the same
// download, and says when its WebGL2 context cannot be created after all).
if (knowsWebGL2()) {
  MapView.preload().then(
    (m) => {
      markLoad(LOAD_MARKS.mapCodeRun);
      m.startMapWorker();
    },
    () => undefined,
  );
  loader.geo().then(
    () => markLoad(LOAD_MARKS.geoChecked),
    () => undefined,
  );
  loader.fontManifest().catch(() => undefined);
}

const exposeStore = (store: AtlasStore) => {
  window.__atlasStore = store;
};

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App loader={loader} initialLanguage={languageOfLocale(navigator.language)} onStore={exposeStore} />
  </StrictMode>,
);
