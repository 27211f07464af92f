// @vitest-environment jsdom
// The text UI paints first: header, search, list and a first visit's welcome are there while the map module is still
// downloading.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { createLoader } from '../data/load';
import { fetchFrom, fixtureAtlas } from '../../tests/support/atlasFixtures';
import { App } from './App';

// The map chunk arrives only when the test says so.
const mapChunk = vi.hoisted(() => {
  let release = () => {};
  const arrived = new Promise<void>((resolve) => (release = resolve));
  return { arrived, release: () => release() };
});
vi.mock('../map/MapView', async () => {
  await mapChunk.arrived;
  const { createElement } = await import('react');
  return { default: () => createElement('div', { id: 'map', 'data-testid': 'map-stand-in' }) };
});

afterEach(cleanup);

describe('App first paint', () => {
  it('paints the header, the list and the downloads before the map module arrives', async () => {
    render(
      <App
        loader={createLoader(fetchFrom({ 'data/atlas.json': fixtureAtlas() }))}
        initialLanguage="en"
        hasWebGL2={() => true}
      />,
    );
    expect(await screen.findByRole('button', { name: /^Haidian District/ })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Beijing Innovation Atlas' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'JSON' }).getAttribute('href')).toMatch(/data\/atlas\.json$/);
    expect(screen.getByRole('combobox', { name: 'Search areas or industries' })).toBeTruthy();
    // a first visit's welcome comes in the same paint as the list, not once a chunk of its own has arrived
    expect(screen.getByTestId('welcome')).toBeTruthy();
    // the map is still on its way: its place says so
    expect(document.querySelector('#map')).toBeNull();
    expect(screen.getByText('Loading the map…')).toBeTruthy();

    await act(async () => mapChunk.release());
    expect(await screen.findByTestId('map-stand-in')).toBeTruthy();
    expect(screen.queryByText('Loading the map…')).toBeNull();
  });
});
