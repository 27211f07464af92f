// Prints one closing line for CI from the vitest and Playwright JSON reports: "tests: N passed, N failed, N skipped".
import { existsSync, readFileSync } from 'node:fs';

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
const reports: [string, (f: string) => Counts][] = [
  ['.cache/reports/vitest.json', vitestCounts],
  ['.cache/reports/playwright.json', playwrightCounts],
];
for (const [file, read] of reports) {
  if (!existsSync(file)) {
    console.error(`ci-summary: ${file} is missing`);
    process.exit(1);
  }
  const c = read(file);
  console.log(`${file}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
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
