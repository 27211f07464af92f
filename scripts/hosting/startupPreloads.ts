// Vite plugin: the built index.html names every download the first drawn map needs, so the browser starts them while
// it is still reading the entry script — the map's code (its lazy chunk and what that imports, MapLibre included)
// and the data files the app fetches at startup (atlas.json, the geodata, the label font's manifest).
import type { Plugin } from 'vite';
import type { HtmlTagDescriptor } from 'vite';
import { DATA_FILES, geoFilePath, GEO_FILES, type GeoKey } from '../../src/data/load.ts';

/** The data files main.tsx and the map ask the loader for before the first frame, in the order they are needed. */
export const STARTUP_DATA_FILES: readonly string[] = [
  DATA_FILES.atlas,
  ...(Object.keys(GEO_FILES) as GeoKey[]).map(geoFilePath),
  DATA_FILES.fontManifest,
];

interface ChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
  facadeModuleId?: string | null;
  imports?: readonly string[];
}

/** The file names of the chunk built from `moduleSuffix` and of every chunk it imports statically, deepest last. */
export function chunkClosure(bundle: Record<string, ChunkLike>, moduleSuffix: string): string[] {
  const start = Object.values(bundle).find(
    (c) => c.type === 'chunk' && c.facadeModuleId?.replace(/\\/g, '/').endsWith(moduleSuffix),
  );
  if (!start) return [];
  const seen: string[] = [];
  const visit = (fileName: string) => {
    if (seen.includes(fileName)) return;
    seen.push(fileName);
    for (const dep of bundle[fileName]?.imports ?? []) visit(dep);
  };
  visit(start.fileName);
  return seen;
}

/** The link tags: modulepreload for code already in the entry's own graph is left to Vite. */
export function preloadTags(
  codeFiles: readonly string[],
  alreadyPreloaded: ReadonlySet<string>,
  base: string,
): HtmlTagDescriptor[] {
  const href = (file: string) => `${base}${file}`;
  return [
    ...STARTUP_DATA_FILES.map((file) => ({
      tag: 'link',
      // as=fetch with crossorigin matches the loader's fetch(), so the response is used, not downloaded twice
      attrs: { rel: 'preload', as: 'fetch', crossorigin: '', href: href(file) },
      injectTo: 'head' as const,
    })),
    ...codeFiles
      .filter((f) => f.endsWith('.js') && !alreadyPreloaded.has(f))
      .map((file) => ({
        tag: 'link',
        attrs: { rel: 'modulepreload', crossorigin: '', href: href(file) },
        injectTo: 'head' as const,
      })),
  ];
}

export function startupPreloads(mapModule = 'src/map/MapView.tsx'): Plugin {
  let base = './';
  return {
    name: 'atlas-startup-preloads',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        if (!context.bundle) return [];
        const bundle = context.bundle as unknown as Record<string, ChunkLike>;
        const entry = context.chunk as ChunkLike | undefined;
        const entryGraph = new Set(entry ? chunkClosure(bundle, entry.facadeModuleId ?? '') : []);
        if (entry) entryGraph.add(entry.fileName);
        return { html, tags: preloadTags(chunkClosure(bundle, mapModule), entryGraph, base) };
      },
    },
  };
}
