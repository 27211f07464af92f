// Browser tests in Debian's Chromium (WebGL2 through SwiftShader) against the production build served on loopback.
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/chromium';

const port = Number(process.env.E2E_PORT ?? 4173);
const origin = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // tests run side by side on two workers (each test has its own browser context and needs no other test's state);
  // E2E_WORKERS=1 runs them one by one
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: '.cache/reports/playwright.json' }]]
    : [['list']],
  use: {
    baseURL: `${origin}/`,
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
    // camera moves jump, as for a visitor who asks for reduced motion: the tests check where the camera ends, and a
    // flight only adds frames for software WebGL to draw. Tests of the flights themselves ask for 'no-preference'.
    reducedMotion: 'reduce',
    // a returning visitor, who has closed the first screen before; tests/e2e/visitor.spec.ts starts from a first visit
    storageState: {
      cookies: [],
      origins: [{ origin, localStorage: [{ name: 'atlas.welcome-seen', value: '1' }] }],
    },
  },
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `${origin}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
