// Measures what the built app ships: gzip sizes of app JS, the MapLibre chunk, geodata and the label font.
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BuildSizes {
  /** All app JS without MapLibre, lazily loaded parts included. */
  app_js_gzip_kb: number;
  /** App JS without MapLibre that every visit loads: index.html's scripts and module preloads, and their static imports. */
  app_js_first_load_gzip_kb: number;
  first_load_js: string[];
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

const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\bfrom\s*)?["'](\.\/[^"']+\.m?js)["']/g;
const HTML_JS =
  /<(?:script[^>]*\bsrc|link[^>]*\brel="modulepreload"[^>]*\bhref)="\.?\/?(assets\/[^"]+\.m?js)"/g;

/**
 * The JS files a visit loads before any panel is opened: the entry script and module preloads of index.html, and
 * every chunk they import statically (dynamic `import()` chunks are loaded on use and are not counted).
 */
export function firstLoadJs(indexHtml: string, readChunk: (file: string) => string | null): string[] {
  const seen = new Set<string>();
  const queue = [...indexHtml.matchAll(HTML_JS)].map((m) => m[1]);
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    const code = readChunk(file);
    if (code === null) continue;
    seen.add(file);
    for (const m of code.matchAll(STATIC_IMPORT))
      queue.push(join('assets', m[1].slice(2)).split('\\').join('/'));
  }
  return [...seen].sort();
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
  const indexPath = join(distDir, 'index.html');
  const firstLoad = existsSync(indexPath)
    ? firstLoadJs(readFileSync(indexPath, 'utf8'), (file) => {
        const path = join(distDir, file);
        return existsSync(path) ? readFileSync(path, 'utf8') : null;
      })
    : [];
  const firstLoadApp = app.filter((f) => firstLoad.includes(f.file.split('\\').join('/')));
  return {
    app_js_gzip_kb: kb(sum(app, 'gzip')),
    app_js_first_load_gzip_kb: kb(sum(firstLoadApp, 'gzip')),
    first_load_js: firstLoad,
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
