// @vitest-environment jsdom
// The notice of what a link named that could not be used: capped, the camera hash included, foreign keys left alone.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { renderWithAtlas } from '../../tests/support/atlasFixtures';
import { MAX_NOTICES_SHOWN, UrlSync } from './UrlSync';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

describe('UrlSync notice', () => {
  it('lists a few dropped values and says how many more there are', () => {
    const bad = Array.from({ length: 200 }, (_, i) => `x${i}`).join(',');
    window.history.replaceState(null, '', `/?ind=${bad}`);
    renderWithAtlas(<UrlSync />, { language: 'en' });
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(MAX_NOTICES_SHOWN + 1);
    // 200 unknown industries: 8 named, the rest counted
    expect(items[0].textContent).toBe('ind: unknown value “x0”');
    expect(items.at(-1)!.textContent).toBe('… and 192 more');
  });

  it('names a # part that is not a map camera, and keeps a foreign key in the URL', () => {
    window.history.replaceState(null, '', '/?utm_source=mail#not-a-camera');
    renderWithAtlas(<UrlSync />, { language: 'en' });
    expect(screen.getByRole('status').textContent).toContain('#: malformed value “#not-a-camera”');
    expect(window.location.search).toBe('?lang=en&utm_source=mail');
  });
});
