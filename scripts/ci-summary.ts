// Prints one closing line for CI from the vitest and Playwright JSON reports: "tests: N passed, N failed, N skipped".
import { existsSync, readFileSync, readdirSync } from 'node:fs';

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

function vitestCounts(file: string): Counts {
  const r = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
  };
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

function playwrightCounts(file: string): Counts {
  const r = JSON.parse(readFileSync(file, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected, skipped: r.stats.skipped };
}

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const dir = '.cache/reports';
const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
for (const required of ['vitest.json', 'playwright.json']) {
  if (!files.includes(required)) {
    console.error(`ci-summary: ${dir}/${required} is missing`);
    process.exit(1);
  }
}
for (const name of files) {
  const c = name.startsWith('playwright')
    ? playwrightCounts(`${dir}/${name}`)
    : vitestCounts(`${dir}/${name}`);
  console.log(`${dir}/${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
}
if (total.passed === 0) {
  console.error('ci-summary: no test ran');
  process.exit(1);
}
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed > 0 ? 1 : 0);
