// The HTTP headers the atlas wants from its host, in one place: the Content-Security-Policy (also written into
// index.html as a meta tag for hosts that set no headers), framing, sniffing and referrer rules. The build writes them
// as dist/_headers (Netlify, Cloudflare Pages), `vite preview` sends them, and README gives the nginx form.
//
// Framing (the `?embed=1` view in another site's <iframe>): a static host cannot give one query string other headers,
// so the choice is the host's, for the whole app. By default only the app's own origin may frame it. A build with
// ATLAS_FRAME_ANCESTORS="https://news.example https://*.school.example" lets those origins frame it too: their
// origins join `frame-ancestors` and X-Frame-Options (which cannot name other origins) is left out.

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

/** Other sites allowed to frame the app (the embed view): origins such as `https://news.example`. */
export interface FramingOptions {
  frameAncestors?: readonly string[];
}

/** A CSP source for an origin that may frame the app: scheme, host (an optional `*.` for subdomains), port. */
const FRAME_ANCESTOR = /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:[0-9]{1,5})?$/;

/** The origins of ATLAS_FRAME_ANCESTORS (space- or comma-separated); throws naming a value that is not an origin. */
export function parseFrameAncestors(text: string | undefined): string[] {
  const origins = (text ?? '').split(/[\s,]+/).filter((x) => x !== '');
  for (const origin of origins) {
    if (!FRAME_ANCESTOR.test(origin.toLowerCase()))
      throw new Error(
        `ATLAS_FRAME_ANCESTORS: "${origin}" is not an origin like https://news.example (scheme and host, ` +
          'optionally *. and a port, no path)',
      );
  }
  return origins;
}

export function cspText({ meta, frameAncestors = [] }: { meta: boolean } & FramingOptions): string {
  return CSP_DIRECTIVES.filter(([name]) => !meta || !HEADER_ONLY.has(name))
    .map(([name, value]) =>
      name === 'frame-ancestors' && frameAncestors.length > 0
        ? `${name} ${value} ${frameAncestors.join(' ')}`
        : `${name} ${value}`,
    )
    .join('; ');
}

/** The security headers every response of the app carries. */
export function securityHeaders(options: FramingOptions = {}): Record<string, string> {
  const framedElsewhere = (options.frameAncestors ?? []).length > 0;
  return {
    'Content-Security-Policy': cspText({ meta: false, ...options }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // X-Frame-Options can only say "this origin": with other framing origins, frame-ancestors alone decides
    ...(framedElsewhere ? {} : { 'X-Frame-Options': 'SAMEORIGIN' }),
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
}

/** dist/_headers for hosts that read it (Netlify, Cloudflare Pages): the headers on every path. */
export function headersFile(options: FramingOptions = {}): string {
  const lines = Object.entries(securityHeaders(options)).map(([name, value]) => `  ${name}: ${value}`);
  return (
    "# The atlas's security headers (scripts/hosting/headers.ts). Only this origin may frame the app unless the\n" +
    '# build was given ATLAS_FRAME_ANCESTORS="https://a.example https://b.example" (see README, "Embedding").\n' +
    `/*\n${lines.join('\n')}\n`
  );
}

/** The same headers as nginx `add_header` lines (for a `server` or `location` block). */
export function nginxSnippet(options: FramingOptions = {}): string {
  return Object.entries(securityHeaders(options))
    .map(([name, value]) => `add_header ${name} "${value}" always;`)
    .join('\n');
}
