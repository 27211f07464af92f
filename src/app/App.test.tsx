// @vitest-environment jsdom
// App-level fallbacks: no WebGL2, a failed data fetch, a map that cannot be created — each visible, never a blank page.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DataLoadError } from '../data/loadAtlas';
import { createAtlasStore } from '../store/atlasStore';
import { AtlasStoreContext } from '../store/useAtlas';
import { fixtureAtlas } from './testing';
import { App, type AppProps } from './App';

// jsdom has no WebGL: MapLibre's Map constructor fails there the way it fails in a browser without a usable context.
vi.mock('maplibre-gl', () => ({
  Map: class {
    constructor() {
      throw new Error('Failed to initialize WebGL');
    }
  },
  AttributionControl: class {},
  NavigationControl: class {},
  ScaleControl: class {},
  Popup: class {},
  setWorkerUrl: () => {},
}));

const geo = JSON.parse(readFileSync('tests/fixtures/atlas-mini-geo.json', 'utf8')) as Record<string, unknown>;
const geoByFile: Record<string, string> = {
  'china-provinces': 'china',
  'region-context': 'region',
  'national-areas': 'national',
  'jjj-areas': 'jjj',
  'beijing-districts': 'districts',
  'beijing-outline': 'outline',
  zones: 'zones',
  water: 'water',
};

beforeEach(() => {
  vi.stubGlobal('fetch', async (url: string) => {
    const name = /geo\/([\w-]+)\.geojson$/.exec(url)?.[1];
    const body = name ? geo[geoByFile[name]] : undefined;
    return { ok: body !== undefined, status: body ? 200 : 404, statusText: '', json: async () => body };
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderApp(props: AppProps) {
  const store = createAtlasStore({ language: 'en' });
  render(
    <AtlasStoreContext.Provider value={store}>
      <App {...props} />
    </AtlasStoreContext.Provider>,
  );
  return store;
}

describe('App', () => {
  it('without WebGL2 says so, shows the list, and a list pick opens the panel', async () => {
    const user = userEvent.setup();
    renderApp({ load: async () => fixtureAtlas(), hasWebGL2: () => false });
    expect(await screen.findByText(/cannot draw the map \(WebGL2 unavailable\)/)).toBeTruthy();
    expect(document.querySelector('#map')).toBeNull();
    await user.click(screen.getByRole('button', { name: /^Haidian District/ }));
    const panel = document.querySelector('#area-panel') as HTMLElement;
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toContain('Haidian District');
  });

  it('names the data file that failed to load', async () => {
    renderApp({
      load: async () => Promise.reject(new DataLoadError('data/atlas.json', 'HTTP 404')),
      hasWebGL2: () => true,
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load the data file data/atlas.json (HTTP 404).');
  });

  it('when the map cannot be created, says why and keeps the list', async () => {
    renderApp({ load: async () => fixtureAtlas(), hasWebGL2: () => true });
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert.textContent).toContain('The map could not be created (Failed to initialize WebGL)');
    expect(screen.getByRole('button', { name: /^Shanghai/ })).toBeTruthy();
  });

  it('paints the header and the list before the map module arrives', async () => {
    renderApp({ load: async () => fixtureAtlas(), hasWebGL2: () => true });
    expect(await screen.findByRole('heading', { level: 1, name: 'Beijing Innovation Atlas' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: /^Haidian District/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'JSON' }).getAttribute('href')).toMatch(/data\/atlas\.json$/);
  });
});
