// Damaged or failed runtime files in the real browser (service worker blocked, so every route reaches the page):
// the page is never blank, it says what happened, and no uncaught error reaches the console.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import fc from 'fast-check';
import { DataLoadError } from '../../src/data/load';
import { parseAtlas } from '../../src/data/checkFiles';
import type { DataProblem } from '../../src/data/checkItems';
import { applyMutations, mutationsOf, type Mutation } from '../faults/atlasMutations';
import { openMap, watchPage } from './helpers';

const atlas = JSON.parse(readFileSync('dist/data/atlas.json', 'utf8')) as Record<string, unknown>;
const origin = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;

/** The shapes the issue met as a white page, then generated ones (fixed seed, so every run tries the same files). */
const named: [string, Mutation[]][] = [
  [
    'optional lists missing',
    ['industry_groups', 'indicators', 'source'].map((k) => ({ kind: 'drop', path: [k] })),
  ],
  ['sections entries null', [0, 1, 2].map((i) => ({ kind: 'set', path: ['sections', i], value: null }))],
  ["one area's tasks null", [{ kind: 'set', path: ['areas', 0, 'tasks'], value: null }]],
  ['industries a string', [{ kind: 'set', path: ['areas', 1, 'industries'], value: 'ai' }]],
  ['indicators null', [{ kind: 'set', path: ['indicators'], value: null }]],
  ['an area of unknown kind', [{ kind: 'set', path: ['areas', 2, 'kind'], value: 'science-park' }]],
  ['areas missing (required)', [{ kind: 'drop', path: ['areas'] }]],
];
const generated = fc
  .sample(mutationsOf(atlas), { numRuns: 6, seed: 4203 })
  .map((m, i): [string, Mutation[]] => [`generated #${i + 1}`, m]);

/** What the app's own loader makes of the file: refused (the clear message), loaded with notices, or clean. */
function expected(file: unknown): 'refused' | 'notice' | 'clean' {
  const problems: DataProblem[] = [];
  try {
    parseAtlas(file, undefined, (p) => problems.push(p));
  } catch (err) {
    if (err instanceof DataLoadError) return 'refused';
    throw err;
  }
  return problems.length > 0 ? 'notice' : 'clean';
}

async function expectNotBlank(page: Page) {
  await expect(page.locator('h1')).toBeVisible();
  expect((await page.locator('body').innerText()).trim().length).toBeGreaterThan(40);
}

test(`${named.length + generated.length} damaged atlas.json files: never blank, each says what happened`, async ({
  page,
}) => {
  test.setTimeout(300_000);
  const watch = watchPage(page, origin);
  let body = '';
  await page.route('**/data/atlas.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  const outcomes: string[] = [];
  for (const [name, mutations] of [...named, ...generated]) {
    const file = applyMutations(atlas, mutations);
    body = JSON.stringify(file);
    const outcome = expected(file);
    outcomes.push(`${name}: ${outcome}`);
    await page.goto('./?lang=en');
    await expectNotBlank(page);
    if (outcome === 'refused') {
      await expect(page.getByRole('alert'), name).toContainText(
        'Could not load the data file data/atlas.json',
      );
      continue;
    }
    await expect(page.locator('#area-list'), name).toBeVisible();
    const notice = page.locator('.data-notice');
    if (outcome === 'notice') await expect(notice, name).toContainText('data/atlas.json ›');
    else await expect(notice, name).toHaveCount(0);
  }
  console.log(outcomes.join('\n'));
  expect(watch.consoleErrors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
});

test('a plan text that cannot be loaded is named in the reader; the rest keeps working', async ({ page }) => {
  await page.route('**/data/plan.json', (route) => route.fulfill({ status: 404, body: '' }));
  const watch = await openMap(page, './?lang=en&panel=reader');
  await expect(page.locator('.panel-host').getByRole('alert')).toContainText('data/plan.json');
  // the other panels work
  await page
    .getByRole('navigation', { name: 'Panels' })
    .getByRole('button', { name: 'Industry filter' })
    .click();
  await expect(page.locator('#filter-panel h2')).toBeVisible();
  expect(watch.consoleErrors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
});

test('a search index of the wrong shape says so and search still finds places by name', async ({ page }) => {
  await page.route('**/data/search.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"entries": []}' }),
  );
  const watch = await openMap(page, './?lang=en');
  const search = page.getByRole('combobox');
  await search.fill('Haidian');
  await expect(page.getByRole('option', { name: /Haidian District/ }).first()).toBeVisible();
  await expect(page.getByText(/search\.json/)).toBeVisible();
  expect(watch.consoleErrors.filter((e) => e.startsWith('uncaught'))).toEqual([]);
});
