// @vitest-environment jsdom
// Property-based fault tests on the real atlas (built from src/content as `npm run build` writes it): whatever is
// dropped, nulled, mistyped or multiplied, the loader never throws anything but a DataLoadError naming the file, and
// the app rendered with the result never crashes: it shows the list or the clear message, and names what it dropped.
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanup, render, screen } from '@testing-library/react';
import { readContent } from '../../scripts/lib/readContent';
import { buildAtlasFromContent } from '../../scripts/lib/buildAtlas';
import { DataLoadError, createLoader } from '../../src/data/load';
import { parseAtlas } from '../../src/data/checkFiles';
import type { DataProblem } from '../../src/data/checkItems';
import { buildAtlasIndex } from '../../src/data/atlasIndex';
import { createAtlasStore } from '../../src/store/atlasStore';
import type { AtlasStore } from '../../src/store/atlasStore';
import { App } from '../../src/app/App';
import { fetchFrom } from '../support/atlasFixtures';
import { applyMutations, mutationsOf } from './atlasMutations';

const ROOT = process.cwd();
const atlas = JSON.parse(JSON.stringify(buildAtlasFromContent(readContent(ROOT)))) as unknown;
const mutations = mutationsOf(atlas);

/** Cases run per property (printed, so the run says how many); FAULT_RUNS=10 runs ten times as many. */
const SCALE = Number(process.env.FAULT_RUNS ?? 1);
const LOADER_RUNS = 200 * SCALE;
const RENDER_RUNS = 10 * SCALE;

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

describe('the real atlas.json', () => {
  it('loads whole: every list item is kept and nothing is reported', () => {
    const problems: DataProblem[] = [];
    const parsed = parseAtlas(JSON.parse(JSON.stringify(atlas)), 'data/atlas.json', (p) => problems.push(p));
    expect(problems).toEqual([]);
    const source = atlas as Record<string, unknown[]>;
    for (const list of [
      'areas',
      'links',
      'industries',
      'fields',
      'statements',
      'tour',
      'goals',
      'indicators',
    ] as const)
      expect(parsed[list]?.length, list).toBe(source[list].length);
  });
});

describe('a mutated atlas.json', () => {
  it('never makes the loader throw anything but a DataLoadError, and what it returns builds a store', () => {
    let refused = 0;
    let withProblems = 0;
    fc.assert(
      fc.property(mutations, (m) => {
        const problems: DataProblem[] = [];
        let parsed;
        try {
          parsed = parseAtlas(applyMutations(atlas, m), undefined, (p) => problems.push(p));
        } catch (err) {
          expect(err).toBeInstanceOf(DataLoadError);
          expect((err as DataLoadError).file).toBe('data/atlas.json');
          refused++;
          return;
        }
        if (problems.length > 0) withProblems++;
        for (const p of problems) expect(p.file).toBe('data/atlas.json');
        const store = createAtlasStore(buildAtlasIndex(parsed), { language: 'en' });
        const first = parsed.areas[0];
        if (first) store.getState().selectArea(first.id);
      }),
      { numRuns: LOADER_RUNS, seed: 20261201 + SCALE },
    );
    console.log(
      `atlas loader: ${LOADER_RUNS} mutated files, ${refused} refused with a DataLoadError, ${withProblems} loaded with a notice`,
    );
  }, 600_000);

  it('renders the app with the list or the clear message, never a crash', async () => {
    let shownNotice = 0;
    await fc.assert(
      fc.asyncProperty(mutations, async (m) => {
        cleanup();
        let store: AtlasStore | undefined;
        const loader = createLoader(fetchFrom({ 'data/atlas.json': applyMutations(atlas, m) }));
        render(
          <App loader={loader} initialLanguage="en" hasWebGL2={() => false} onStore={(s) => (store = s)} />,
        );
        await screen.findByRole('heading', { level: 1, name: 'Beijing Innovation Atlas' });
        const outcome = await screen.findByText(
          /cannot draw the map|Could not load the data file data\/atlas\.json/,
          {},
          { timeout: 5000 },
        );
        expect(outcome).toBeTruthy();
        if (store) {
          // the area and link panels render what is left
          const { areas, links } = store.getState().index.atlas;
          if (areas[0]) store.getState().selectArea(areas[0].id);
          await Promise.resolve();
          if (links[0]) store.getState().selectLink(links[0].id);
          await Promise.resolve();
          store.getState().openPanel('indicators');
          await Promise.resolve();
          if (loader.problems().length > 0) {
            expect(await screen.findByText(/Part of the data could not be used/)).toBeTruthy();
            shownNotice++;
          }
        }
        expect(document.body.textContent).not.toMatch(/could not be loaded or shown/);
      }),
      { numRuns: RENDER_RUNS, seed: 20261201 + SCALE },
    );
    console.log(`app render: ${RENDER_RUNS} mutated files rendered, ${shownNotice} with the data notice`);
  }, 600_000);
});
