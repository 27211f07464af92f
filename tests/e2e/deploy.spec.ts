// A new deploy, for real: three versions served in turn by one static server, with the service worker at work.
// v1 is dist/. A second build takes about 40 s on the test machine, so the next versions are derived from it, as a
// rebuild would change it: v2 renames every chunk of assets/ (a new hash in each file name, every reference to it rewritten —
// what a code change does to the file names) and names 海淀区 differently in atlas.json; v3 is a data-only deploy, v2
// with atlas.json edited again. In both, sw.js gets each precached file's revision recomputed (the md5 of its content,
// as the build writes it). The visitor's tabs must end on the deployed version, with their URL.
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startStaticServer, type StaticServer } from '../../scripts/lib/static-server';
import { disableWebGL } from './helpers';

test.use({ serviceWorkers: 'allow' });

const work = mkdtempSync(join(tmpdir(), 'atlas-deploy-'));
const dist = { v1: resolve('dist'), v2: join(work, 'dist-v2'), v3: join(work, 'dist-v3') };

const md5 = (data: string | Buffer) => createHash('md5').update(data).digest('hex');

/** `from` deployed again as `to`: its chunks renamed (when asked), 海淀区 named `haidianName`, sw.js brought up to date. */
function deriveDeploy(
  from: string,
  to: string,
  { renameChunks, haidianName }: { renameChunks: boolean; haidianName: string },
) {
  cpSync(from, to, { recursive: true });
  const assets = readdirSync(join(to, 'assets'));
  const renames = new Map<string, string>();
  for (const file of renameChunks ? assets : []) {
    const m = /^(.+)-[\w-]{8}\.(js|mjs|css)$/.exec(file);
    if (m)
      renames.set(
        file,
        `${m[1]}-${createHash('sha256').update(`next ${file}`).digest('base64url').slice(0, 8)}.${m[2]}`,
      );
  }
  for (const file of ['index.html', 'sw.js', ...assets.map((f) => `assets/${f}`)]) {
    if (!/\.(html|js|mjs|css)$/.test(file)) continue;
    let text = readFileSync(join(to, file), 'utf8');
    for (const [old, renamed] of renames) text = text.replaceAll(old, renamed);
    writeFileSync(join(to, file), text);
  }
  for (const [old, renamed] of renames) renameSync(join(to, 'assets', old), join(to, 'assets', renamed));
  const atlasFile = join(to, 'data/atlas.json');
  const atlas = JSON.parse(readFileSync(atlasFile, 'utf8')) as { areas: { id: string; name_en: string }[] };
  atlas.areas.find((a) => a.id === 'haidian')!.name_en = haidianName;
  writeFileSync(atlasFile, JSON.stringify(atlas));
  const sw = join(to, 'sw.js');
  writeFileSync(
    sw,
    readFileSync(sw, 'utf8').replace(
      /\{url:"([^"]+)",revision:"[0-9a-f]{32}"\}/g,
      (_, url: string) => `{url:"${url}",revision:"${md5(readFileSync(join(to, url)))}"}`,
    ),
  );
}

/** The entry script a build's index.html starts, e.g. `assets/index-DfDIBnd5.js`. */
const entryOf = (dir: string) =>
  /<script type="module"[^>]* src="\.\/(assets\/index-[\w-]+\.js)"/.exec(
    readFileSync(join(dir, 'index.html'), 'utf8'),
  )![1];

/** The plan reader's chunk of a build (the panel the open tab asks for after the deploy). */
const readerChunkOf = (dir: string) =>
  /assets\/ReaderPanel-[\w-]+\.js/.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))![0];

/** The entry script the page runs (null while the page is navigating: it reloads itself into a new version). */
const runningEntry = (page: Page) =>
  page
    .evaluate(() => {
      const src = document.querySelector<HTMLScriptElement>(
        'script[type="module"][src*="assets/index-"]',
      )!.src;
      return new URL(src).pathname.replace(/^\//, '');
    })
    .catch(() => null);

const haidian = (page: Page, name: string) =>
  page
    .getByRole('navigation', { name: /^All areas/ })
    .getByRole('button', { name: new RegExp(`^${name} 海淀区`) });

let server: StaticServer;

test.beforeAll(async () => {
  deriveDeploy(dist.v1, dist.v2, { renameChunks: true, haidianName: 'Haidian District v2' });
  deriveDeploy(dist.v2, dist.v3, { renameChunks: false, haidianName: 'Haidian District v3' });
  server = await startStaticServer({ '/': dist.v1 });
});

test.afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

test('after a deploy a reload shows the new version, an open tab reloads into it keeping its URL, new data arrives', async ({
  context,
}) => {
  test.setTimeout(240_000);
  const [v1, v2, v3] = [entryOf(dist.v1), entryOf(dist.v2), entryOf(dist.v3)];
  expect(v2).not.toBe(v1);
  // the chunk the open tab will ask for is not in the new deploy
  expect(existsSync(join(dist.v2, readerChunkOf(dist.v1)))).toBe(false);
  // a data-only deploy: the same code
  expect(v3).toBe(v2);
  // what is tested is the app's code and the service worker, not the map: the list view keeps the test fast
  await context.addInitScript(() => localStorage.setItem('atlas.welcome-seen', '1'));
  const open = async (path: string) => {
    const page = await context.newPage();
    await disableWebGL(page);
    await page.goto(`${server.url}${path}`);
    return page;
  };
  const controlled = (page: Page) =>
    expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 60_000 })
      .toBe(true);

  // tab B: a first visit, an area and an industry filter in its URL; the service worker installs and takes it over
  const query = '?lang=en&area=haidian&panel=filter&ind=ai';
  const tabB = await open(`/${query}`);
  await expect(tabB.locator('#filter-panel h2')).toBeVisible();
  await controlled(tabB);
  // tab A: a returning visitor, whose page the service worker serves from its cache
  const tabA = await open('/?lang=en');
  await expect(haidian(tabA, 'Haidian District')).toBeVisible();
  expect(await runningEntry(tabA)).toBe(v1);

  server.remount({ '/': dist.v2 });

  // a reload of A: the new service worker installs, takes over and the page shows v2, code and data
  await tabA.reload();
  await expect.poll(() => runningEntry(tabA), { timeout: 60_000 }).toBe(v2);
  await expect(haidian(tabA, 'Haidian District v2')).toBeVisible();

  // B still runs v1, whose chunks are gone from the server and the cache: opening a panel it has not loaded yet
  // reloads it into v2, with the area, the filter and the panel it asked for
  expect(await runningEntry(tabB)).toBe(v1);
  await tabB.getByRole('navigation', { name: 'Panels' }).getByRole('button', { name: 'Plan text' }).click();
  await expect.poll(() => runningEntry(tabB), { timeout: 60_000 }).toBe(v2);
  await expect(tabB.locator('#reader-panel .reader-body')).toBeVisible();
  const url = new URL(tabB.url());
  expect(url.searchParams.get('area')).toBe('haidian');
  expect(url.searchParams.get('ind')).toBe('ai');
  expect(url.searchParams.get('panel')).toBe('reader');
  await expect(haidian(tabB, 'Haidian District v2')).toBeVisible();

  // a data-only deploy reaches a returning visitor: a new tab shows v3's atlas.json with v2's code
  server.remount({ '/': dist.v3 });
  const tabC = await open('/?lang=en');
  await expect(haidian(tabC, 'Haidian District v3')).toBeVisible({ timeout: 60_000 });
  expect(await runningEntry(tabC)).toBe(v3);
});
