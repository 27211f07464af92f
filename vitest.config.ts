// Node-side tests: unit, data and component tests (browser tests live in tests/e2e and run with Playwright).
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 20000,
    // one test file per core (vitest's default leaves one core out: a single worker on a 2-core CI machine)
    maxWorkers: availableParallelism(),
    // In CI a JSON report also feeds the closing "N passed, N failed" line of .ci/run.
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: process.env.VITEST_JSON ?? '.cache/reports/vitest.json' }]]
      : ['default'],
  },
});
