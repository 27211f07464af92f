// The legend of the real atlas (built from src/content): one colour per coloured entry, and only what the map draws.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/lib/readContent';
import { buildAtlasFromContent } from '../../scripts/lib/buildAtlas';
import { legendEntries } from '../../src/ui/legend';
import type { Atlas } from '../../src/data/types';

const atlas = JSON.parse(JSON.stringify(buildAtlasFromContent(readContent(process.cwd())))) as Atlas;

describe('the legend of the real atlas', () => {
  it.each(['zh', 'en'] as const)('gives every coloured entry its own colour (%s)', (language) => {
    const coloured = legendEntries(atlas, language).filter((e) => e.group !== null);
    const byColour = new Map<string, string[]>();
    for (const e of coloured)
      byColour.set(e.colour.toLowerCase(), [...(byColour.get(e.colour.toLowerCase()) ?? []), e.id]);
    expect([...byColour.values()].filter((ids) => ids.length > 1)).toEqual([]);
  });

  it('lists a zone only when the map draws it', () => {
    const drawn = new Set(atlas.areas.filter((a) => a.geometry !== 'none').map((a) => a.id));
    const zones = legendEntries(atlas, 'zh').filter((e) => e.group === 'three-cities');
    expect(zones.length).toBeGreaterThanOrEqual(5);
    for (const z of zones) expect(drawn.has(z.id), z.id).toBe(true);
  });
});
