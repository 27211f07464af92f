// standInsFor: an undrawn area is shown through its drawn parts, else its host, else not at all.
import { describe, expect, it } from 'vitest';
import { buildAtlasIndex } from './atlasIndex';
import type { Area, Atlas } from './types';
import { standInsFor } from './standIns';

const area = (
  id: string,
  geometry: Area['geometry'],
  parent: string | null,
  district: string | null,
): Area => ({
  id,
  name_zh: id,
  name_en: id,
  kind: 'platform',
  parent,
  district,
  industries: [],
  tasks: [],
  geometry,
  geometry_source: '',
  area_km2: null,
  center: geometry === 'none' ? null : [116.3, 40],
});

const index = buildAtlasIndex({
  areas: [
    area('haidian', 'official', null, 'haidian'),
    area('chaoyang', 'official', null, 'chaoyang'),
    area('zone', 'official', null, 'haidian'),
    area('zgc', 'none', null, null),
    area('zgc-haidian', 'point', 'zgc', 'haidian'),
    area('zgc-chaoyang', 'point', 'zgc', 'chaoyang'),
    area('umbrella', 'none', null, null),
    area('sub-umbrella', 'none', 'umbrella', null),
    area('deep-part', 'point', 'sub-umbrella', 'haidian'),
    area('in-zone', 'none', 'zone', 'haidian'),
    area('in-district', 'none', null, 'chaoyang'),
    area('nowhere', 'none', null, null),
  ],
  links: [],
  industries: [],
  industry_groups: [],
  sections: [],
  indicators: [],
} as unknown as Atlas);

describe('standInsFor', () => {
  it('shows an undrawn area through its drawn parts, in atlas order', () => {
    expect(standInsFor(index, 'zgc')).toEqual({ ids: ['zgc-haidian', 'zgc-chaoyang'], reason: 'parts' });
  });

  it('passes through undrawn parts to their own drawn parts', () => {
    expect(standInsFor(index, 'umbrella')).toEqual({ ids: ['deep-part'], reason: 'parts' });
  });

  it('without drawn parts, shows its drawn parent first, then its district', () => {
    expect(standInsFor(index, 'in-zone')).toEqual({ ids: ['zone'], reason: 'host' });
    expect(standInsFor(index, 'in-district')).toEqual({ ids: ['chaoyang'], reason: 'host' });
  });

  it('has no stand-ins for a drawn area, an unknown id or a place with neither parts nor host', () => {
    for (const id of ['haidian', 'zgc-haidian', 'nowhere', 'not-an-area'])
      expect(standInsFor(index, id)).toEqual({ ids: [], reason: null });
  });
});
