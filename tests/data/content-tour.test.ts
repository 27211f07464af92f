// The guided tour (src/content/tour.json) against the real plan and areas, and the tour validator on broken copies:
// every quote verbatim in its section, every place a known area, each problem named file › stop › field.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/lib/readContent';
import { formatIssue, validateContent } from '../../scripts/content/validateContent';
import { MAX_TOUR_STOPS } from '../../scripts/content/validate/tour';
import { buildAtlasFromContent } from '../../scripts/lib/buildAtlas';
import type { TourStop } from '../../src/data/types';

const ROOT = new URL('../..', import.meta.url).pathname;
const content = readContent(ROOT);
const tour = content.tour as TourStop[];
const FILE = 'src/content/tour.json';

/** The issues of the real content with the tour replaced by a changed copy. */
function issuesWith(change: (stops: TourStop[]) => void): string[] {
  const copy = structuredClone(tour);
  change(copy);
  return validateContent({ ...content, tour: copy }).map(formatIssue);
}

describe('the tour on disk', () => {
  it('has a sensible number of stops, each with places and quotes, and validates without issue', () => {
    expect(tour.length).toBeGreaterThanOrEqual(6);
    expect(tour.length).toBeLessThanOrEqual(MAX_TOUR_STOPS);
    expect(issuesWith(() => {})).toEqual([]);
  });

  it('walks the plan’s geography in the order of chapter 七: 三城一区, the 中关村 zone, 京津冀, the country', () => {
    expect(tour.map((s) => s.id)).toEqual([
      'three-cities-one-district',
      'zgc-science-city',
      'huairou-science-city',
      'future-science-city',
      'innovation-cluster-zone',
      'zgc',
      'jjj',
      'national',
    ]);
    // the 中关村 stop shows all sixteen sub-parks the plan speaks of (十六个分园)
    const zgc = tour.find((s) => s.id === 'zgc')!;
    expect(zgc.places).toHaveLength(16);
    expect(zgc.quotes.some((q) => q.zh.includes('十六个分园'))).toBe(true);
  });

  it('goes into atlas.json as it is', () => {
    expect(buildAtlasFromContent(content).tour).toEqual(tour);
  });
});

describe('the tour validator', () => {
  it('names a misquote and says where the quote stops matching', () => {
    const issues = issuesWith((t) => {
      t[1].quotes[0].zh = t[1].quotes[0].zh.replace('量子信息', '量子计算');
    });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(
      new RegExp(`^${FILE} › zgc-science-city › quotes\\[0\\]\\.zh: quote not found verbatim.*then differs`),
    );
  });

  it('names a quote given the wrong section, with the section it is really in', () => {
    const issues = issuesWith((t) => {
      t[6].quotes[0].section = '七.(四)';
    });
    expect(issues).toEqual([
      `${FILE} › jjj › quotes[0].zh: quote is in section 七.(三), not in 七.(四): "推动通州区与北三县一体化发展。"`,
    ]);
  });

  it('names unknown or repeated places, an unknown read-more area, a missing translation and an empty stop', () => {
    const issues = issuesWith((t) => {
      t[0].places.push('atlantis', 'zgc-science-city');
      t[2].area = 'nowhere';
      t[3].quotes[0].en = ' ';
      t[4].quotes = [];
      t[5].places = [];
      t[7].id = t[6].id;
    });
    expect(issues).toEqual([
      `${FILE} › three-cities-one-district › places[4]: unknown area "atlantis"`,
      `${FILE} › three-cities-one-district › places[5]: zgc-science-city is named twice`,
      `${FILE} › huairou-science-city › area: unknown area "nowhere"`,
      `${FILE} › future-science-city › quotes[0].en: missing English translation`,
      `${FILE} › innovation-cluster-zone › quotes: a stop quotes at least one of the plan's sentences`,
      `${FILE} › zgc › places: a stop names at least one area to show`,
      `${FILE} › jjj › id: duplicate tour stop id "jjj" (also in ${FILE})`,
    ]);
  });
});
