// The HTTP headers the atlas wants from its host, in one place: the Content-Security-Policy (also written into
// index.html as a meta tag for hosts that set no headers), framing, sniffing and referrer rules. The build writes them
// as dist/_headers (Netlify, Cloudflare Pages), `vite preview` sends them, and README gives the nginx form.

/** Every directive of the app's CSP: only its own origin, no inline script or style, workers from blob: (MapLibre). */
export const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self' blob:"],
  ['child-src', "'self' blob:"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  // only in the header: a meta CSP cannot say who may frame the page
  ['frame-ancestors', "'self'"],
];

/** Directives a <meta http-equiv> CSP ignores (browsers warn about them there). */
const HEADER_ONLY = new Set(['frame-ancestors']);

export function cspText({ meta }: { meta: boolean }): string {
  return CSP_DIRECTIVES.filter(([name]) => !meta || !HEADER_ONLY.has(name))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/** The security headers every response of the app carries. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': cspText({ meta: false }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'SAMEORIGIN',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
}

/** dist/_headers for hosts that read it (Netlify, Cloudflare Pages): the headers on every path. */
export function headersFile(): string {
  const lines = Object.entries(securityHeaders()).map(([name, value]) => `  ${name}: ${value}`);
  return `/*\n${lines.join('\n')}\n`;
}

/** The same headers as nginx `add_header` lines (for a `server` or `location` block). */
export function nginxSnippet(): string {
  return Object.entries(securityHeaders())
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join('\n');
}
