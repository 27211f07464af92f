// Vite plugin: the built index.html gets the app's meta CSP, dist/_headers gets the host headers, and `vite preview`
// sends the same headers as a configured host would (scripts/hosting/headers.ts is the one definition).
import type { Plugin } from 'vite';
import { cspText, headersFile, parseFrameAncestors, securityHeaders } from './headers';

export function hostingHeaders(): Plugin {
  // other sites that may frame the app (the embed view), from the build's environment; a bad value stops the build
  const framing = { frameAncestors: parseFrameAncestors(process.env.ATLAS_FRAME_ANCESTORS) };
  return {
    name: 'atlas-hosting-headers',
    transformIndexHtml: {
      order: 'pre',
      handler: (_html, context) =>
        // the dev server injects inline scripts (React refresh): the policy applies to the build only
        context.server
          ? []
          : [
              {
                tag: 'meta',
                attrs: { 'http-equiv': 'Content-Security-Policy', content: cspText({ meta: true }) },
                injectTo: 'head-prepend',
              },
            ],
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(framing) });
    },
    configurePreviewServer(server) {
      const headers = securityHeaders(framing);
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        next();
      });
    },
  };
}
