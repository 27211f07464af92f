// The host headers: one CSP for the meta tag and the header (framing only in the header), written for each host kind.
import { describe, expect, it } from 'vitest';
import { cspText, headersFile, nginxSnippet, parseFrameAncestors, securityHeaders } from './headers';

describe('hosting headers', () => {
  it('the meta CSP leaves out frame-ancestors (a meta tag cannot set it); the header carries it', () => {
    expect(cspText({ meta: true })).not.toContain('frame-ancestors');
    expect(cspText({ meta: false })).toContain("frame-ancestors 'self'");
    for (const csp of [cspText({ meta: true }), cspText({ meta: false })]) {
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
    }
  });

  it('_headers and the nginx snippet carry every header with the same value', () => {
    const headers = securityHeaders();
    expect(Object.keys(headers)).toEqual(
      expect.arrayContaining(['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy']),
    );
    const file = headersFile();
    // comment lines (#), then one rule for every path
    expect(file.split('\n').find((line) => !line.startsWith('#'))).toBe('/*');
    for (const [name, value] of Object.entries(headers)) {
      expect(file).toContain(`  ${name}: ${value}\n`);
      expect(nginxSnippet()).toContain(`add_header ${name} "${value}" always;`);
    }
  });
});

describe('README', () => {
  it('gives the nginx form of the headers exactly as the code defines them', async () => {
    const { readFileSync } = await import('node:fs');
    expect(readFileSync('README.md', 'utf8')).toContain(nginxSnippet());
  });
});

describe('framing by other sites (the embed view)', () => {
  it('by default only the own origin may frame the app, in both headers', () => {
    const headers = securityHeaders();
    expect(headers['Content-Security-Policy']).toMatch(/frame-ancestors 'self'$/);
    expect(headers['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(headersFile()).toContain('ATLAS_FRAME_ANCESTORS');
  });

  it('a host that allows other origins lists them in frame-ancestors and drops X-Frame-Options', () => {
    const frameAncestors = parseFrameAncestors('https://news.example, https://*.school.example:8443');
    expect(frameAncestors).toEqual(['https://news.example', 'https://*.school.example:8443']);
    const headers = securityHeaders({ frameAncestors });
    expect(headers['Content-Security-Policy']).toContain(
      "frame-ancestors 'self' https://news.example https://*.school.example:8443",
    );
    expect(headers).not.toHaveProperty('X-Frame-Options');
    expect(headersFile({ frameAncestors })).not.toContain('X-Frame-Options');
    expect(nginxSnippet({ frameAncestors })).toContain("frame-ancestors 'self' https://news.example");
    // the meta tag never carries framing
    expect(cspText({ meta: true, frameAncestors })).not.toContain('frame-ancestors');
  });

  it.each([
    '*',
    'news.example',
    'https://news.example/path',
    "https://a.example; script-src 'unsafe-inline'",
    'javascript:x',
  ])('refuses %s with a message naming it', (value) => {
    expect(() => parseFrameAncestors(value)).toThrow(/ATLAS_FRAME_ANCESTORS: ".*" is not an origin/);
  });

  it('reads nothing from an empty or absent setting', () => {
    expect(parseFrameAncestors(undefined)).toEqual([]);
    expect(parseFrameAncestors('  ')).toEqual([]);
  });
});
