// Runs every data check on content read from disk: read errors, validateGeodata and validateContent. Shared by
// check-data.ts and build-data.ts so both fail on the same issues.
import type { DataIssue } from '../content/dataIssue';
import { validateContent } from '../content/validateContent';
import { validateGeodata } from '../geodata/validateGeo';
import type { ContentOnDisk } from './readContent';

export function collectIssues(content: ContentOnDisk): DataIssue[] {
  return [
    ...content.readErrors.map((e) => ({ file: e.file, message: e.message })),
    ...validateGeodata(content.geodata),
    ...validateContent(content),
  ];
}
