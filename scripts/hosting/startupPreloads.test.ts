// The startup preload tags: the map chunk and what it imports, minus what Vite already preloads; the startup data.
import { describe, expect, it } from 'vitest';
import { chunkClosure, preloadTags, STARTUP_DATA_FILES } from './startupPreloads.ts';
import { GEO_FILES } from '../../src/data/load.ts';

const bundle = {
  'assets/index-a.js': {
    type: 'chunk' as const,
    fileName: 'assets/index-a.js',
    facadeModuleId: '/r/src/main.tsx',
    imports: ['assets/jsx-b.js'],
  },
  'assets/jsx-b.js': {
    type: 'chunk' as const,
    fileName: 'assets/jsx-b.js',
    facadeModuleId: null,
    imports: [],
  },
  'assets/MapView-c.js': {
    type: 'chunk' as const,
    fileName: 'assets/MapView-c.js',
    facadeModuleId: '/r/src/map/MapView.tsx',
    imports: ['assets/maplibre-d.js', 'assets/jsx-b.js'],
  },
  'assets/maplibre-d.js': {
    type: 'chunk' as const,
    fileName: 'assets/maplibre-d.js',
    facadeModuleId: null,
    imports: ['assets/jsx-b.js'],
  },
  'assets/index.css': { type: 'asset' as const, fileName: 'assets/index.css' },
};

describe('chunkClosure', () => {
  it('is the chunk of a module and everything it imports, each once', () => {
    expect(chunkClosure(bundle, 'src/map/MapView.tsx')).toEqual([
      'assets/MapView-c.js',
      'assets/maplibre-d.js',
      'assets/jsx-b.js',
    ]);
  });
  it('is empty for a module the bundle does not hold', () => {
    expect(chunkClosure(bundle, 'src/map/Nope.tsx')).toEqual([]);
  });
});

describe('preloadTags', () => {
  const tags = preloadTags(chunkClosure(bundle, 'src/map/MapView.tsx'), new Set(['assets/jsx-b.js']), './');
  const hrefs = (rel: string) => tags.filter((t) => t.attrs?.rel === rel).map((t) => t.attrs?.href);
  it('modulepreloads the map code the entry does not already preload', () => {
    expect(hrefs('modulepreload')).toEqual(['./assets/MapView-c.js', './assets/maplibre-d.js']);
  });
  it('preloads atlas.json, every geodata file and the font manifest as fetches with CORS, like the loader', () => {
    expect(hrefs('preload')).toEqual(STARTUP_DATA_FILES.map((f) => `./${f}`));
    expect(STARTUP_DATA_FILES).toContain('data/atlas.json');
    expect(STARTUP_DATA_FILES.filter((f) => f.endsWith('.geojson'))).toHaveLength(
      Object.keys(GEO_FILES).length,
    );
    for (const t of tags.filter((x) => x.attrs?.rel === 'preload'))
      expect(t.attrs).toMatchObject({ as: 'fetch', crossorigin: '' });
  });
  it('puts the base in front (a build under a sub-path)', () => {
    expect(preloadTags([], new Set(), '/atlas/')[0].attrs?.href).toBe('/atlas/data/atlas.json');
  });
});
