// Runs Lighthouse 12 offline against a served page in Debian's Chromium; returns category scores (0–1).
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../tests/e2e/chromium.ts';

export interface LighthouseScores {
  performance: number | null;
  accessibility: number | null;
  'best-practices': number | null;
}

export async function runLighthouse(url: string): Promise<LighthouseScores> {
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
      formFactor: 'desktop',
      screenEmulation: { mobile: false, width: 1280, height: 800, deviceScaleFactor: 1, disabled: false },
      throttlingMethod: 'provided',
    });
    const categories = result?.lhr.categories ?? {};
    const failing = Object.values(result?.lhr.audits ?? {})
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    if (failing.length) console.log(`lighthouse: audits not passed: ${failing.join(', ')}`);
    return {
      performance: categories.performance?.score ?? null,
      accessibility: categories.accessibility?.score ?? null,
      'best-practices': categories['best-practices']?.score ?? null,
    };
  } finally {
    await chrome.kill();
  }
}
