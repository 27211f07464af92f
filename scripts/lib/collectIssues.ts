// Runs every data check on content read from disk: read errors, validateGeodata and validateContent. Shared by
// check-data.ts and build-data.ts so both fail on the same issues.
import type { DataIssue } from '../../src/data/dataIssue';
import { validateContent } from '../../src/data/validateContent';
import { validateGeodata } from '../../src/data/validateGeo';
import type { ContentOnDisk } from './readContent';

export function collectIssues(content: ContentOnDisk): DataIssue[] {
  return [
    ...content.readErrors.map((e) => ({ file: e.file, message: e.message })),
    ...validateGeodata(content.geodata),
    ...validateContent(content),
  ];
}
