// The host headers: one CSP for the meta tag and the header (framing only in the header), written for each host kind.
import { describe, expect, it } from 'vitest';
import { cspText, headersFile, nginxSnippet, securityHeaders } from './headers';

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
    expect(file.startsWith('/*\n')).toBe(true);
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
