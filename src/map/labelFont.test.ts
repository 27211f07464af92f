// The subset label font covers every character the map labels draw: checked against the fonts' own cmap tables.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Atlas } from '../data/types';
import type { FontManifest } from '../data/load';
import {
  buildLabelFont,
  collectLabelStrings,
  fontCodepoints,
  geoNames,
  labelCodepoints,
} from '../../scripts/build-font';

async function coveredBy(dir: string, manifest: FontManifest): Promise<Set<number>> {
  const all = new Set<number>();
  for (const { file } of manifest.files)
    for (const cp of await fontCodepoints(readFileSync(join(dir, file)))) all.add(cp);
  return all;
}

const uncovered = (strings: string[], covered: Set<number>) =>
  [...new Set(strings.join(''))].filter((ch) => ch !== '\n' && !covered.has(ch.codePointAt(0)!));

describe('labelCodepoints', () => {
  it('is sorted, unique, and always holds printable ASCII', () => {
    const cps = labelCodepoints(['海淀区', '海淀']);
    expect(cps).toEqual([...new Set(cps)].sort((a, b) => a - b));
    expect(cps).toContain('海'.codePointAt(0));
    expect(cps).toContain('A'.codePointAt(0));
    expect(cps).not.toContain(10);
  });
});

describe('buildLabelFont', () => {
  it('covers every fixture label, taking characters the main file lacks from the file that has them', async () => {
    const atlas = JSON.parse(readFileSync('tests/fixtures/atlas-mini.json', 'utf8')) as Atlas;
    // 愆 (U+6106) is not in the chinese-simplified file: it must come from a numbered unicode-range file
    const strings = [...collectLabelStrings(atlas), '愆'];
    const dir = mkdtempSync(join(tmpdir(), 'atlas-font-'));
    const { manifest, missing } = await buildLabelFont(labelCodepoints(strings), dir);
    expect(missing).toEqual([]);
    expect(manifest.files[0]).toEqual({ file: 'atlas-labels-1.woff2', unicodeRange: ['U+6106'] });
    expect(manifest.files.at(-1)).toEqual({ file: 'atlas-labels.woff2' });
    expect(uncovered(strings, await coveredBy(dir, manifest))).toEqual([]);
    // subset, not the 1.1 MB source
    expect(readFileSync(join(dir, 'atlas-labels.woff2')).length).toBeLessThan(60_000);
  });
});

const built = existsSync('public/fonts/atlas-labels.json') && existsSync('public/data/atlas.json');

describe('the built label font (after npm run build:data)', () => {
  it.skipIf(!built)('covers every label of the built atlas and geodata', async () => {
    const atlas = JSON.parse(readFileSync('public/data/atlas.json', 'utf8')) as Atlas;
    const manifest = JSON.parse(readFileSync('public/fonts/atlas-labels.json', 'utf8')) as FontManifest;
    const strings = collectLabelStrings(atlas, geoNames('public/data/geo'));
    expect(uncovered(strings, await coveredBy('public/fonts', manifest))).toEqual([]);
  });
});
