// @vitest-environment jsdom
// App-level fallbacks: no WebGL2, a failed data fetch, a map that cannot be created — each visible, never a blank page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GEO_FILES, createLoader, geoFilePath, type FetchLike, type GeoKey } from '../data/load';
import type { AtlasStore } from '../store/atlasStore';
import { fetchFrom, fixtureAtlas } from '../../tests/support/atlasFixtures';
import { App, type AppProps } from './App';

// jsdom has no WebGL: MapLibre's Map constructor fails there. By default it fails the way a map fails for another
// reason; `mapError` can make it fail the way MapLibre 6 does when no WebGL2 context can be created.
const mapError = vi.hoisted(() => ({ make: () => new Error('Failed to initialize WebGL') }));
vi.mock('maplibre-gl', () => ({
  Map: class {
    constructor() {
      throw mapError.make();
    }
  },
  AttributionControl: class {},
  NavigationControl: class {},
  ScaleControl: class {},
  Popup: class {},
  setWorkerUrl: () => {},
}));

const geo = JSON.parse(readFileSync('tests/fixtures/atlas-mini-geo.json', 'utf8')) as Record<GeoKey, unknown>;
/** atlas.json and every geodata file the map loads, as the build writes them. */
const files: Record<string, unknown> = {
  'data/atlas.json': fixtureAtlas(),
  ...Object.fromEntries((Object.keys(GEO_FILES) as GeoKey[]).map((key) => [geoFilePath(key), geo[key]])),
};

afterEach(() => {
  cleanup();
  // each test starts from a bare URL (the app writes its state into the query)
  window.history.replaceState(null, '', '/');
});

function renderApp(props: Partial<AppProps> & { fetch?: FetchLike } = {}) {
  let store: AtlasStore | undefined;
  render(
    <App
      loader={createLoader(props.fetch ?? fetchFrom(files))}
      initialLanguage="en"
      onStore={(s) => (store = s)}
      {...props}
    />,
  );
  return () => store;
}

describe('App', () => {
  it('without WebGL2 says so, shows the list, and a list pick opens the panel', async () => {
    const user = userEvent.setup();
    renderApp({ hasWebGL2: () => false });
    expect(await screen.findByText(/cannot draw the map \(WebGL2 unavailable\)/)).toBeTruthy();
    expect(document.querySelector('#map')).toBeNull();
    await user.click(screen.getByRole('button', { name: /^Haidian District/ }));
    const panel = document.querySelector('#area-panel') as HTMLElement;
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toContain('Haidian District');
  });

  it('names the data file that failed to load', async () => {
    renderApp({ fetch: fetchFrom({}), hasWebGL2: () => true });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not load the data file data/atlas.json (HTTP 404 Not Found).');
    expect(screen.getByRole('heading', { level: 1, name: 'Beijing Innovation Atlas' })).toBeTruthy();
    // the language switch still works on the error screen
    await userEvent.setup().click(screen.getByRole('button', { name: '中文' }));
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(screen.getByRole('alert').textContent).toContain('无法加载数据文件 data/atlas.json');
  });

  it('when a browser that knows WebGL2 cannot create a context, says WebGL2 is unavailable and shows the list', async () => {
    mapError.make = () =>
      Object.assign(new Error('WebGL2 is required to display this map.'), {
        name: 'GPUInitializationError',
      });
    try {
      renderApp({ hasWebGL2: () => true });
      expect(
        await screen.findByText(/cannot draw the map \(WebGL2 unavailable\)/, {}, { timeout: 15000 }),
      ).toBeTruthy();
      expect(screen.getByRole('button', { name: /^Shanghai/ })).toBeTruthy();
      expect(screen.queryByText(/could not be created/)).toBeNull();
    } finally {
      mapError.make = () => new Error('Failed to initialize WebGL');
    }
  });

  it('when the map cannot be created, says why and keeps the list', async () => {
    renderApp({ hasWebGL2: () => true });
    const alert = await screen.findByRole('alert', {}, { timeout: 15000 });
    expect(alert.textContent).toContain('The map could not be created (Failed to initialize WebGL)');
    expect(screen.getByRole('button', { name: /^Shanghai/ })).toBeTruthy();
  });

  it('names file › field when atlas.json has the wrong shape', async () => {
    renderApp({ fetch: fetchFrom({ 'data/atlas.json': { ...fixtureAtlas(), areas: 'none' } }) });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('data/atlas.json › areas (not a list)');
  });

  it('with an atlas.json of a slightly wrong shape, shows the rest and names file › item › field of what it left out', async () => {
    const atlas = fixtureAtlas() as unknown as Record<string, unknown> & ReturnType<typeof fixtureAtlas>;
    delete (atlas as Partial<typeof atlas>).industry_groups;
    (atlas as Record<string, unknown>).indicators = null;
    (atlas.sections as unknown[]).unshift(null);
    const haidian = atlas.areas.findIndex((a) => a.id === 'haidian');
    (atlas.areas[haidian] as unknown as Record<string, unknown>).tasks = null;
    (atlas.areas[haidian] as unknown as Record<string, unknown>).industries = 'ai';
    renderApp({ fetch: fetchFrom({ ...files, 'data/atlas.json': atlas }), hasWebGL2: () => false });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: /^Haidian District/ }));
    expect(document.querySelector('#area-panel h2')?.textContent).toContain('Haidian District');
    const notice = screen.getByText(/Part of the data could not be used/).closest('.data-notice')!;
    const items = [...notice.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([
      'data/atlas.json › sections[0]: invalid, left out',
      'data/atlas.json › industry_groups: missing; the app works without it',
      `data/atlas.json › areas[${haidian}] haidian › industries: invalid, treated as empty`,
      `data/atlas.json › areas[${haidian}] haidian › tasks: invalid, treated as empty`,
      'data/atlas.json › indicators: invalid, treated as empty',
    ]);
  });

  it('creates the store from the loaded atlas, in the language it starts in', async () => {
    const store = renderApp({ hasWebGL2: () => false, initialLanguage: 'zh' });
    await screen.findByRole('button', { name: /^海淀区/ });
    const s = store()!.getState();
    expect(s.language).toBe('zh');
    expect(s.index.atlas.areas.map((a) => a.id)).toEqual(fixtureAtlas().areas.map((a) => a.id));
    expect(s.index.areasById.get('haidian')?.name_en).toBe('Haidian District');
  });

  it('keeps the language chosen on the boot screen once atlas.json has arrived', async () => {
    const user = userEvent.setup();
    let arrive: () => void = () => {};
    const held = new Promise<void>((resolve) => (arrive = resolve));
    const serve = fetchFrom(files);
    const store = renderApp({
      hasWebGL2: () => false,
      fetch: async (url) => {
        if (url.endsWith('data/atlas.json')) await held;
        return serve(url);
      },
    });
    await user.click(await screen.findByRole('button', { name: '中文' }));
    expect(screen.getByRole('button', { name: '中文' }).getAttribute('aria-pressed')).toBe('true');
    arrive();
    await screen.findByRole('button', { name: /^海淀区/ });
    expect(store()!.getState().language).toBe('zh');
    expect(screen.getByRole('button', { name: '中文' }).getAttribute('aria-pressed')).toBe('true');
  });
});
