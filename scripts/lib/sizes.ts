// Measures what the built app ships: gzip sizes of app JS, the MapLibre chunk, geodata and the label font.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BuildSizes {
  app_js_gzip_kb: number;
  maplibre_gzip_kb: number;
  maplibre_chunk: string | null;
  geodata_gzip_kb: number;
  font_kb: number;
  atlas_json_kb: number;
  atlas_json_gzip_kb: number;
  files: { file: string; bytes: number; gzip: number }[];
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** A MapLibre chunk is recognised by its file name (vite chunk group "maplibre") — not by guessing from size. */
export function isMaplibreChunk(file: string): boolean {
  return /(^|[\\/])maplibre[-.][^\\/]*\.m?js$/.test(file) || /maplibre-gl-worker/.test(file);
}

export function measureBuild(distDir: string): BuildSizes {
  const files = walk(distDir).map((path) => {
    const buf = readFileSync(path);
    return { file: relative(distDir, path), bytes: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
  });
  const js = files.filter((f) => /\.m?js$/.test(f.file) && f.file.startsWith('assets'));
  const maplibre = js.filter((f) => isMaplibreChunk(f.file));
  const app = js.filter((f) => !isMaplibreChunk(f.file));
  const geodata = files.filter((f) => f.file.startsWith(join('data', 'geo')));
  const fonts = files.filter((f) => /\.(woff2?|ttf|otf)$/.test(f.file));
  const atlas = files.find((f) => f.file === join('data', 'atlas.json'));
  const sum = (list: typeof files, key: 'bytes' | 'gzip') => list.reduce((s, f) => s + f[key], 0);
  return {
    app_js_gzip_kb: kb(sum(app, 'gzip')),
    maplibre_gzip_kb: kb(sum(maplibre, 'gzip')),
    maplibre_chunk: maplibre.find((f) => !/worker/.test(f.file))?.file ?? null,
    geodata_gzip_kb: kb(sum(geodata, 'gzip')),
    font_kb: kb(sum(fonts, 'bytes')),
    atlas_json_kb: kb(atlas?.bytes ?? 0),
    atlas_json_gzip_kb: kb(atlas?.gzip ?? 0),
    files,
  };
}

/**
 * Gzip kB of the built files a page load requested (`paths`: URL paths such as /assets/index-x.js, '/' for
 * index.html); paths that are not files of the build (e.g. a benchmark's own pages) are not counted.
 */
export function requestedKbGz(files: BuildSizes['files'], paths: readonly string[]): number {
  const byFile = new Map(files.map((f) => [f.file.split('\\').join('/'), f.gzip]));
  const seen = new Set(paths.map((p) => (p === '/' ? 'index.html' : p.replace(/^\//, ''))));
  let bytes = 0;
  for (const file of seen) bytes += byFile.get(file) ?? 0;
  return kb(bytes);
}
