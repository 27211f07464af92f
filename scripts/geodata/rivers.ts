// Reads rivers from GSHHG's WDB-II binned netCDF/HDF5 file (Debian gmt-gshhg-full) with h5wasm; both are fetched into the cache, not installed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Feature, LineString, Position } from 'geojson';
import { CACHE_DIR } from './sources.ts';

export const GSHHG_DEB = 'gmt-gshhg-full';
export const H5WASM = 'h5wasm@0.10.3';

interface H5Dataset {
  value: ArrayLike<number>;
}
interface H5File {
  get(path: string): H5Dataset;
  close(): void;
}
interface H5Module {
  ready: Promise<unknown>;
  File: new (path: string, mode: string) => H5File;
}

/** apt-get download the Debian package and npm pack h5wasm into the cache (once); return the .nc path and the module. */
async function ensureRiverSources(): Promise<{ nc: string; h5: H5Module; debVersion: string }> {
  mkdirSync(CACHE_DIR, { recursive: true });
  let deb = readdirSync(CACHE_DIR).find((f) => f.startsWith(`${GSHHG_DEB}_`) && f.endsWith('.deb'));
  if (!deb) {
    execFileSync('apt-get', ['download', GSHHG_DEB], { cwd: CACHE_DIR, stdio: 'inherit' });
    deb = readdirSync(CACHE_DIR).find((f) => f.startsWith(`${GSHHG_DEB}_`) && f.endsWith('.deb'));
    if (!deb) throw new Error(`apt-get download ${GSHHG_DEB} produced no .deb`);
  }
  const nc = join(CACHE_DIR, 'gshhg/usr/share/gmt-gshhg/binned_river_f.nc');
  if (!existsSync(nc))
    execFileSync('dpkg-deb', ['-x', join(CACHE_DIR, deb), join(CACHE_DIR, 'gshhg')], { stdio: 'inherit' });
  const h5dir = join(CACHE_DIR, 'h5wasm');
  const entry = join(h5dir, 'package/dist/node/hdf5_hl.js');
  if (!existsSync(entry)) {
    execFileSync('npm', ['pack', H5WASM, '--silent'], {
      cwd: CACHE_DIR,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    mkdirSync(h5dir, { recursive: true });
    execFileSync('tar', ['xzf', join(CACHE_DIR, `${H5WASM.replace('@', '-')}.tgz`), '-C', h5dir], {
      stdio: 'inherit',
    });
  }
  const mod = (await import(pathToFileURL(entry).href)) as { default: H5Module };
  await mod.default.ready;
  const debVersion = deb.split('_')[1];
  return { nc, h5: mod.default, debVersion };
}

export interface RiverSegment {
  level: number;
  line: Position[];
}

/**
 * All river segments with a point in [w, s, e, n] and a level in `levels` (WDB-II: 0 double-lined, 1 permanent major,
 * 2 additional major, 3 additional, 4 minor, 5–7 intermittent, 8–10 canals). Bins are 1° × 1°, numbered row by row
 * from the north-west; point offsets are unsigned 16-bit fractions of the bin (GMT's gmt_shore.c convention).
 */
export async function readRivers(
  box: [number, number, number, number],
  levels: number[],
): Promise<{ segments: RiverSegment[]; debVersion: string }> {
  const { nc, h5, debVersion } = await ensureRiverSources();
  const f = new h5.File(nc, 'r');
  const num = (k: string): number => f.get(k).value[0];
  const binMin = num('Bin_size_in_minutes');
  const nx = num('N_bins_in_360_longitude_range');
  const binDeg = binMin / 60;
  const firstSeg = f.get('Id_of_first_segment_in_a_bin').value;
  const nSeg = f.get('N_segments_in_a_bin').value;
  const segN = f.get('N_points_for_a_segment').value;
  const segLevel = f.get('Hierarchial_level_of_a_segment').value;
  const segFirst = f.get('Id_of_first_point_in_a_segment').value;
  const dx = f.get('Relative_longitude_from_SW_corner_of_bin').value;
  const dy = f.get('Relative_latitude_from_SW_corner_of_bin').value;
  const scale = binDeg / 65535;
  const segments: RiverSegment[] = [];
  const [w, s, e, n] = box;
  for (let bin = 0; bin < firstSeg.length; bin++) {
    const lonSw = (bin % nx) * binDeg;
    const latSw = 90 - (Math.floor(bin / nx) + 1) * binDeg;
    if (lonSw + binDeg < w || lonSw > e || latSw + binDeg < s || latSw > n) continue;
    for (let k = 0; k < nSeg[bin]; k++) {
      const sid = firstSeg[bin] + k;
      if (!levels.includes(segLevel[sid])) continue;
      const line: Position[] = [];
      for (let p = 0; p < segN[sid]; p++) {
        const i = segFirst[sid] + p;
        line.push([lonSw + (dx[i] & 0xffff) * scale, latSw + (dy[i] & 0xffff) * scale]);
      }
      if (line.length >= 2) segments.push({ level: segLevel[sid], line });
    }
  }
  f.close();
  return { segments, debVersion };
}

export function segmentsToFeatures(segments: RiverSegment[]): Feature<LineString, { level: number }>[] {
  return segments.map((sg) => ({
    type: 'Feature',
    properties: { level: sg.level },
    geometry: { type: 'LineString', coordinates: sg.line },
  }));
}
