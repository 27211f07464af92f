// Runs every data check on content read from disk: read errors, validateGeodata (when the geodata helper's module is
// present) and validateContent. Shared by check-data.ts and build-data.ts so both fail on the same issues.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { DataIssue } from '../../src/data/dataIssue';
import { validateContent } from '../../src/data/validateContent';
import type { ContentOnDisk } from './readContent';

export interface CheckResult {
  issues: DataIssue[];
  /** False when src/data/validateGeo.ts does not exist yet: the geodata itself was not checked. */
  geodataChecked: boolean;
}

type GeoValidator = (files: Record<string, unknown>) => DataIssue[];

export async function collectIssues(root: string, content: ContentOnDisk): Promise<CheckResult> {
  const issues: DataIssue[] = content.readErrors.map((e) => ({ file: e.file, message: e.message }));
  let geodataChecked = false;
  const geoModule = join(root, 'src/data/validateGeo.ts');
  if (existsSync(geoModule)) {
    const mod = (await import(geoModule)) as { validateGeodata?: GeoValidator };
    if (typeof mod.validateGeodata === 'function') {
      issues.push(...mod.validateGeodata(content.geodata));
      geodataChecked = true;
    }
  }
  issues.push(...validateContent(content));
  return { issues, geodataChecked };
}
