// Checks of the built app (dist/, after `npm run build`; skipped before): the hosting headers file, the CSP meta tag,
// and a service worker that takes over at once, so a reload after a deploy shows the new version.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { cspText, headersFile } from './headers';

const built = existsSync('dist/index.html');

describe.skipIf(!built)('the built app', () => {
  it('has dist/_headers and the meta CSP from the one definition', () => {
    expect(readFileSync('dist/_headers', 'utf8')).toBe(headersFile());
    const html = readFileSync('dist/index.html', 'utf8').replace(/&#39;/g, "'");
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${cspText({ meta: true })}">`,
    );
  });

  it('registers a service worker that activates at once and claims open pages', () => {
    const sw = readFileSync('dist/sw.js', 'utf8');
    expect(sw).toMatch(/self\.skipWaiting\(\),\w+\.clientsClaim\(\)/);
    expect(sw).toContain('"data/atlas.json"'); // precached with its revision: a data-only change is a new worker
  });
});
