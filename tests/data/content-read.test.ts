// readContent on a copy of the fixture content with one file removed: a missing content file is an issue naming it,
// never read as an empty list (which would let check:data pass with, say, no links at all).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectIssues } from '../../scripts/lib/collectIssues';
import { readContent } from '../../scripts/lib/readContent';

const ROOT = new URL('../..', import.meta.url).pathname;
const FIXTURE = 'tests/fixtures/plan-content';
const tmp = mkdtempSync(join(tmpdir(), 'atlas-content-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The fixture content copied to a fresh folder without `missing`; returns contentDir relative to the root. */
function contentWithout(missing: string): string {
  const dir = join(tmp, missing.replace(/\W/g, '_'));
  cpSync(join(ROOT, FIXTURE, 'content'), dir, { recursive: true });
  rmSync(join(dir, missing), { recursive: true, force: true });
  return relative(ROOT, dir);
}

const read = (contentDir: string) => readContent(ROOT, { contentDir, geodataDir: `${FIXTURE}/geodata` });

describe('readContent: missing content files', () => {
  it('reads the complete fixture without a read error', () => {
    expect(read(contentWithout('nothing')).readErrors).toEqual([]);
  });

  it.each([
    'industries.json',
    'industry-groups.json',
    'links.json',
    'indicators.json',
    'sections-en.json',
    'statements.json',
    'synonyms.json',
    'glossary.json',
    'tour.json',
    'areas',
  ])('reports a missing %s by name, as a data issue', (missing) => {
    const contentDir = contentWithout(missing);
    const issues = collectIssues(read(contentDir));
    const named = issues.filter((i) => i.file === `${contentDir}/${missing}`);
    expect(named[0]?.message).toMatch(/^(file|folder) is missing$/);
  });
});
