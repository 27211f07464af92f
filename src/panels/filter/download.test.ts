// Export file names: readable, ASCII, bounded in length.
import { describe, expect, it } from 'vitest';
import { exportFileName } from './download';

describe('exportFileName', () => {
  it.each<[string, Parameters<typeof exportFileName>[0], string, string]>([
    ['one industry', { industries: ['ai'], groups: [], match: 'any' }, 'csv', 'atlas-ai-any.csv'],
    ['two, all', { industries: ['ai', 'ic'], groups: [], match: 'all' }, 'json', 'atlas-ai+ic-all.json'],
    [
      'a group',
      { industries: ['ai'], groups: ['digital'], match: 'any' },
      'geojson',
      'atlas-ai+grp-digital-any.geojson',
    ],
    ['nothing chosen', { industries: [], groups: [], match: 'any' }, 'csv', 'atlas-all-any.csv'],
    [
      'restricted to kinds of area',
      { industries: ['ic', 'biomedicine'], groups: [], match: 'any', kinds: ['district'] },
      'csv',
      'atlas-ic+biomedicine-any-district.csv',
    ],
    [
      'long selections are cut',
      { industries: ['a', 'b', 'c', 'd', 'e', 'f'], groups: [], match: 'any' },
      'csv',
      'atlas-a+b+c+3more-any.csv',
    ],
    [
      'odd characters replaced',
      { industries: ['a b/c'], groups: [], match: 'any' },
      'csv',
      'atlas-a-b-c-any.csv',
    ],
  ])('%s', (_n, filter, ext, expected) => {
    expect(exportFileName(filter, ext)).toBe(expected);
  });
});
