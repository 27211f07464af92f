// Vite build of the static single-page app. BASE_PATH lets the build live under a sub-path (e.g. /atlas/).
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { hostingHeaders } from './scripts/hosting/vitePlugin';
import { startupPreloads } from './scripts/hosting/startupPreloads';
import { shippedPackages } from './scripts/supply/shippedPackages';

export default defineConfig({
  base: process.env.BASE_PATH ?? './',
  plugins: [
    react(),
    // the CSP meta tag, dist/_headers and the preview server's headers (scripts/hosting/headers.ts)
    hostingHeaders(),
    // index.html starts the map's code and the startup data downloading before the entry script has run
    startupPreloads(),
    // dist/third-party-licences.json: the npm packages in the bundle and their licences (npm run check:licences)
    shippedPackages(),
    // Offline after the first visit: every built file is precached; a new deploy's service worker takes over at once.
    VitePWA({
      registerType: 'autoUpdate',
      // public/register-sw.js registers the worker and reloads a page a new version's worker takes over
      injectRegister: false,
      manifest: {
        name: 'Beijing Innovation Atlas 北京国际科技创新中心规划地图',
        short_name: 'Innovation Atlas',
        description:
          "Beijing's 14th Five-Year Plan for its International Science and Technology Innovation Center, on a map",
        theme_color: '#1f3a5f',
        background_color: '#f6f4ef',
        display: 'standalone',
        icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,mjs,css,html,json,geojson,csv,woff2,svg,png}'],
        // The README's screenshot is deployed but is not part of the app.
        globIgnores: ['screenshot.png'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        cleanupOutdatedCaches: true,
        // a new deploy's worker takes over at once (no waiting for every tab to close); public/register-sw.js then
        // reloads the page once so what the visitor sees is the new version
        skipWaiting: true,
        clientsClaim: true,
        navigateFallback: 'index.html',
      },
    }),
  ],
  build: {
    target: 'es2022',
    // every browser the es2022 target reaches supports <link rel="modulepreload">: no polyfill in the entry chunk
    modulePreload: { polyfill: false },
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ }],
        },
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
