// Runs every data check on content read from disk: read errors, validateGeodata and validateContent. Shared by
// check-data.ts and build-data.ts so both fail on the same issues.
import type { DataIssue } from '../content/dataIssue';
import { validateContent } from '../content/validateContent';
import { validateGeodata } from '../geodata/validateGeo';
import { SEED_README, type ContentOnDisk } from './readContent';
import { validateGeometrySourcesZh } from './geometrySourcesZh';

/** The plan text is the one the project was given: its sha256 is the one seeds/README.md records. */
export function validateSeed(seed: ContentOnDisk['seed']): DataIssue[] {
  if (seed.recordedSha256 === null)
    return [{ file: SEED_README, message: 'records no sha256 of the plan text (a line `sha256: `…``)' }];
  if (seed.sha256 !== seed.recordedSha256)
    return [
      {
        file: seed.file,
        message: `sha256 ${seed.sha256} is not the ${seed.recordedSha256} recorded in ${SEED_README}: the plan text was edited`,
      },
    ];
  return [];
}

export function collectIssues(content: ContentOnDisk): DataIssue[] {
  return [
    ...content.readErrors.map((e) => ({ file: e.file, message: e.message })),
    ...validateSeed(content.seed),
    ...validateGeodata(content.geodata),
    ...validateContent(content),
    ...validateGeometrySourcesZh(content),
  ];
}
