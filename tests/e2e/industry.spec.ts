// Industry profiles: from a place's industry chip to where the plan puts the industry and what it says city-wide,
// every sentence verbatim with its translation; the profile comes back from the URL; searches people type find it.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { Atlas } from '../../src/data/types';
import { expectCleanPage, openMap } from './helpers';

const atlas = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as Atlas;
const statementsOf = (id: string) => (atlas.statements ?? []).filter((s) => s.industries.includes(id));
const placesOf = (id: string) => atlas.areas.filter((a) => a.industries.includes(id));

test('an industry chip opens its profile: places with their sentences, city-wide sentences, in the URL', async ({
  page,
}) => {
  const watch = await openMap(page, './?lang=en&area=zgc-science-city');
  const panel = page.locator('#area-panel, .area-panel').first();
  await panel.getByRole('button', { name: 'Artificial intelligence', exact: true }).click();
  const profile = page.locator('#industry-panel');
  await expect(profile.getByRole('heading', { level: 2 })).toHaveText('Artificial intelligence');
  await expect(profile.locator('.industry-places > li')).toHaveCount(placesOf('ai').length);
  const cityWide = profile.getByRole('region', { name: 'What the plan says city-wide' });
  await expect(cityWide.locator('.task')).toHaveCount(statementsOf('ai').length);
  const first = statementsOf('ai')[0];
  await expect(cityWide.getByText(first.zh, { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/panel=industry/);
  await expect(page).toHaveURL(/industry=ai/);

  // Read in the plan opens the reader on that sentence
  await cityWide.locator('.task').first().getByRole('button', { name: 'Read in the plan' }).click();
  await expect(page.locator('#reader-panel mark[data-target="start"]').first()).toContainText(
    first.zh.slice(0, 8),
  );

  expectCleanPage(watch);
});

test('the profile comes back from its URL, in Chinese', async ({ page }) => {
  const watch = await openMap(page, './?lang=zh&panel=industry&industry=quantum');
  const profile = page.locator('#industry-panel');
  await expect(profile.getByRole('heading', { level: 2 })).toHaveText('量子信息');
  await expect(profile.getByRole('region', { name: '全市层面的表述' }).locator('.task')).toHaveCount(
    statementsOf('quantum').length,
  );
  expectCleanPage(watch);
});

test('the search box finds what people type: chips, BDA, 芯片', async ({ page }) => {
  await openMap(page, './?lang=en');
  const box = page.getByRole('combobox').first();
  for (const [query, label] of [
    ['chips', 'Integrated circuits'],
    ['BDA', atlas.areas.find((a) => a.id === 'etdz')!.name_en],
    ['芯片', 'Integrated circuits'],
  ]) {
    await box.fill(query);
    await expect(page.getByRole('option').first()).toContainText(label);
  }
});
