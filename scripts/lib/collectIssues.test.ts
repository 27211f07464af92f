// The plan text is checked against the sha256 its README records: an edited seed fails check:data.
import { describe, expect, it } from 'vitest';
import { readContent } from './readContent';
import { validateSeed } from './collectIssues';

const seed = readContent(process.cwd()).seed;

describe('validateSeed', () => {
  it('passes the plan as given', () => {
    expect(seed.recordedSha256).toBe(seed.sha256);
    expect(validateSeed(seed)).toEqual([]);
  });

  it('names an edited plan text, and a README that records no sha256', () => {
    const edited = { ...seed, sha256: '0'.repeat(64) };
    expect(validateSeed(edited)).toEqual([
      {
        file: 'seeds/000_245563ab633a4873.txt',
        message: `sha256 ${'0'.repeat(64)} is not the ${seed.sha256} recorded in seeds/README.md: the plan text was edited`,
      },
    ]);
    expect(validateSeed({ ...seed, recordedSha256: null })[0].file).toBe('seeds/README.md');
  });
});
