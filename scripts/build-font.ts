// `tsx scripts/build-font.ts`: subsets Noto Sans SC to the characters of every map label → public/fonts/atlas-labels*.woff2
// plus a manifest (files, unicode ranges, covered code points) the app turns into the style's `font-faces`.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import * as fontverter from 'fontverter';
import * as hb from 'harfbuzzjs';
import type { Atlas } from '../src/data/types';
import type { FontManifest } from '../src/data/load';

const require = createRequire(import.meta.url);
export const FONT_FAMILY = 'Atlas Labels';
const FONTSOURCE_DIR = join(require.resolve('@fontsource/noto-sans-sc/package.json'), '..');
/** The one fontsource file that holds all of GB 2312 Chinese plus Latin: the preferred source. */
const PRIMARY_FILE = 'noto-sans-sc-chinese-simplified-400-normal.woff2';
/** Always in the font: printable ASCII and the punctuation English names use (Xiong'an, Daxing–Yizhuang, ·). */
const BASE_CHARACTERS =
  Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join('') + '·–—‘’“”（）、';

/** Every string drawn as a map label: area names from atlas.json and the names in the geo files. */
export function collectLabelStrings(atlas: Pick<Atlas, 'areas'>, geoNames: readonly string[] = []): string[] {
  return [...atlas.areas.flatMap((a) => [a.name_zh, a.name_en]), ...geoNames];
}

/** Sorted unique code points of the strings plus the base set; whitespace other than space is left out. */
export function labelCodepoints(strings: readonly string[]): number[] {
  const set = new Set<number>();
  for (const s of [BASE_CHARACTERS, ...strings]) {
    for (const ch of s) {
      const cp = ch.codePointAt(0)!;
      if (cp >= 0x20) set.add(cp);
    }
  }
  return [...set].sort((a, b) => a - b);
}

/** name_zh / name_en of every feature of the GeoJSON files in `dir`. */
export function geoNames(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.geojson'))
    .flatMap((f) => {
      const fc = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
        features: { properties?: Record<string, unknown> }[];
      };
      return fc.features.flatMap((feat) =>
        ['name_zh', 'name_en']
          .map((k) => feat.properties?.[k])
          .filter((v): v is string => typeof v === 'string'),
      );
    });
}

/** Code points a font file maps (its cmap), read with HarfBuzz. */
export async function fontCodepoints(font: Buffer): Promise<Set<number>> {
  const sfnt = await fontverter.convert(font, 'truetype');
  const face = new hb.Face(new hb.Blob(new Uint8Array(sfnt)));
  return new Set(face.collectUnicodes());
}

interface FontsourceFace {
  file: string;
  ranges: [number, number][];
}

/** The numbered unicode-range files of @fontsource/noto-sans-sc, weight 400, parsed from its 400.css. */
export function parseFontsourceCss(css: string): FontsourceFace[] {
  const faces: FontsourceFace[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(',').map((r): [number, number] => {
      const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(a, 16), parseInt(b ?? a, 16)];
    });
    faces.push({ file, ranges });
  }
  return faces;
}

const toRange = (cp: number) => `U+${cp.toString(16).toUpperCase()}`;

export interface BuiltFont {
  manifest: FontManifest;
  missing: number[];
  bytes: number;
}

/**
 * Writes the subset font(s) into `outDir`. Characters the primary file lacks are taken from the fontsource
 * unicode-range file that has them, as extra files limited to exactly those characters (listed first in the manifest).
 */
export async function buildLabelFont(codepoints: readonly number[], outDir: string): Promise<BuiltFont> {
  mkdirSync(outDir, { recursive: true });
  const primary = readFileSync(join(FONTSOURCE_DIR, 'files', PRIMARY_FILE));
  const primaryCovers = await fontCodepoints(primary);
  const inPrimary = codepoints.filter((cp) => primaryCovers.has(cp));
  let rest = codepoints.filter((cp) => !primaryCovers.has(cp));

  const files: FontManifest['files'] = [];
  let bytes = 0;
  const faces = parseFontsourceCss(readFileSync(join(FONTSOURCE_DIR, '400.css'), 'utf8'));
  let extra = 0;
  for (const face of faces) {
    if (rest.length === 0) break;
    const wanted = rest.filter((cp) => face.ranges.some(([a, b]) => cp >= a && cp <= b));
    if (wanted.length === 0) continue;
    const source = readFileSync(join(FONTSOURCE_DIR, 'files', face.file));
    const covers = await fontCodepoints(source);
    const got = wanted.filter((cp) => covers.has(cp));
    if (got.length === 0) continue;
    const file = `atlas-labels-${++extra}.woff2`;
    const out = await subsetFont(source, String.fromCodePoint(...got), { targetFormat: 'woff2' });
    writeFileSync(join(outDir, file), out);
    bytes += out.length;
    files.push({ file, unicodeRange: got.map(toRange) });
    rest = rest.filter((cp) => !got.includes(cp));
  }

  const out = await subsetFont(primary, String.fromCodePoint(...inPrimary), { targetFormat: 'woff2' });
  writeFileSync(join(outDir, 'atlas-labels.woff2'), out);
  bytes += out.length;
  files.push({ file: 'atlas-labels.woff2' });

  const covered = codepoints.filter((cp) => !rest.includes(cp));
  const manifest: FontManifest = { family: FONT_FAMILY, files, codepoints: covered };
  writeFileSync(join(outDir, 'atlas-labels.json'), JSON.stringify(manifest));
  return { manifest, missing: rest, bytes };
}

async function main(): Promise<void> {
  const root = process.cwd();
  const atlasFile = join(root, 'public/data/atlas.json');
  if (!existsSync(atlasFile)) {
    console.error('build-font: public/data/atlas.json is missing — run `tsx scripts/build-data.ts` first');
    process.exit(1);
  }
  const atlas = JSON.parse(readFileSync(atlasFile, 'utf8')) as Atlas;
  const strings = collectLabelStrings(atlas, geoNames(join(root, 'public/data/geo')));
  const codepoints = labelCodepoints(strings);
  const { manifest, missing, bytes } = await buildLabelFont(codepoints, join(root, 'public/fonts'));
  if (missing.length > 0) {
    const chars = missing.map((cp) => `${String.fromCodePoint(cp)} (${toRange(cp)})`).join(', ');
    console.error(`build-font: no Noto Sans SC file has these label characters: ${chars}`);
    process.exit(1);
  }
  console.log(
    `build-font: ${codepoints.length} characters in ${manifest.files.length} file(s), ${(bytes / 1024).toFixed(1)} kB → public/fonts/`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
