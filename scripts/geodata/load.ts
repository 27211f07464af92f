// Node-only loader of the geodata folder: every *.geojson parsed, keyed by file name (for check:data and tests).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';

export function loadGeodataFromDisk(dir: string): Record<string, FeatureCollection> {
  const out: Record<string, FeatureCollection> = {};
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.geojson'))
    .sort()) {
    out[f] = JSON.parse(readFileSync(join(dir, f), 'utf8')) as FeatureCollection;
  }
  return out;
}
