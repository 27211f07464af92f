// The legend's colours stay apart for everyone: unique, and at least LEGEND_MIN_DELTA_E (CIEDE2000) between every pair
// for normal vision and under simulated protanopia, deuteranopia and tritanopia (Machado et al. 2009, severity 1).
import { describe, expect, it } from 'vitest';
import { closestPair, VISIONS } from './colourVision';
import { base, contrastRatio, kindColours, kindTextColours, LEGEND_MIN_DELTA_E, legendHues } from './palette';
import { legendEntries } from '../ui/legend';
import { fixtureAtlas } from '../../tests/support/atlasFixtures';

/** What the map legend shows in colour, plus the neutrals it sits among (district line, outline ink, water). */
const legendColours = (): Record<string, string> => ({
  ...legendHues,
  districtLine: base.districtLine,
  outline: base.outline,
  water: base.water,
});

describe('legend palette', () => {
  it.each(VISIONS)('every pair of legend colours is at least ΔE2000 %s apart', (vision) => {
    const pair = closestPair(legendColours(), vision)!;
    expect(pair.deltaE, `${vision}: ${pair.a} vs ${pair.b}`).toBeGreaterThanOrEqual(LEGEND_MIN_DELTA_E);
  });

  it('no two coloured legend entries share a colour; the line-style key is neutral ink', () => {
    for (const language of ['zh', 'en'] as const) {
      const entries = legendEntries(fixtureAtlas(), language);
      const coloured = entries.filter((e) => e.group !== null);
      expect(new Set(coloured.map((e) => e.colour.toLowerCase())).size).toBe(coloured.length);
      for (const e of entries.filter((x) => x.group === null)) expect(e.colour).toBe(base.outline);
      // official: a solid outline; approximate: a dashed one
      expect(entries.find((e) => e.id === 'official')?.swatch).toBe('solid');
      expect(entries.find((e) => e.id === 'approximate')?.swatch).toBe('dashed');
    }
  });

  it('only the visible groups are listed when visibility is given', () => {
    const visible = {
      districts: true,
      'three-cities': false,
      'zgc-subparks': true,
      platforms: false,
      jjj: true,
      national: false,
      links: true,
      water: true,
    };
    const ids = legendEntries(fixtureAtlas(), 'en', visible).map((e) => e.id);
    expect(ids).toEqual(['zgc-subparks', 'jjj', 'water', 'official', 'approximate']);
  });

  it('badge text keeps AA contrast on every kind colour', () => {
    for (const [kind, bg] of Object.entries(kindColours)) {
      const text = kindTextColours[kind as keyof typeof kindColours];
      expect(contrastRatio(bg, text), kind).toBeGreaterThanOrEqual(4.5);
    }
  });
});
