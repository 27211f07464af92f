// Completeness of the knowledge base against the plan: every place chapter 七 gives work to carries those sentences,
// silent places are really silent, industries are the union of their tasks, links agree with tasks, points sit inside.
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { readContent } from '../../scripts/lib/readContent';
import type { ContentArea, Industry, IndustryGroup, Link } from '../../src/data/types';
import type { PlanSection } from '../../scripts/plan';

const ROOT = new URL('../..', import.meta.url).pathname;
const content = readContent(ROOT);
const { plan } = content;
const areas = content.areas.map((f) => f.data as ContentArea);
const byId = new Map(areas.map((a) => [a.id, a]));
const industries = content.industries as Industry[];
const groups = content.groups as IndustryGroup[];
const links = content.links as Link[];

const section = (id: string): PlanSection => {
  const s = plan.sections.find((x) => x.id === id);
  if (!s) throw new Error(`no section ${id}`);
  return s;
};
/** The plan splits at ；too, so a plan sentence is attached when one of the area's task quotes (same section) holds it. */
const attachedTo = (areaId: string, sectionId: string, sentence: string): boolean =>
  (byId.get(areaId)?.tasks ?? []).some((t) => t.section === sectionId && t.zh.includes(sentence));
const areasHolding = (sectionId: string, sentence: string): string[] =>
  areas.filter((a) => attachedTo(a.id, sectionId, sentence)).map((a) => a.id);

const DISTRICTS = [
  'dongcheng', 'xicheng', 'chaoyang', 'fengtai', 'shijingshan', 'haidian', 'mentougou', 'fangshan',
  'tongzhou', 'shunyi', 'changping', 'daxing', 'huairou', 'pinggu', 'miyun', 'yanqing',
]; // prettier-ignore

describe('required areas', () => {
  const idsOfKind = (kind: string): string[] =>
    areas
      .filter((a) => a.kind === kind)
      .map((a) => a.id)
      .sort();

  it('has exactly the 16 districts, each its own district', () => {
    expect(idsOfKind('district')).toEqual([...DISTRICTS].sort());
    for (const d of DISTRICTS) expect(byId.get(d)?.district).toBe(d);
  });

  it('has the 三城一区 with 北京经济技术开发区 inside 创新型产业集群示范区', () => {
    expect(idsOfKind('three-cities-one-district')).toEqual(
      [
        'etdz',
        'future-science-city',
        'huairou-science-city',
        'innovation-cluster-zone',
        'three-cities-one-zone',
        'zgc-science-city',
      ].sort(),
    );
    expect(byId.get('etdz')?.parent).toBe('innovation-cluster-zone');
    for (const part of [
      'zgc-science-city',
      'huairou-science-city',
      'future-science-city',
      'innovation-cluster-zone',
    ])
      expect(byId.get(part)?.parent, part).toBe('three-cities-one-zone');
  });

  it('has one 中关村 sub-park per district, all children of the zgc zone', () => {
    const subparks = areas.filter((a) => a.kind === 'zgc-subpark');
    expect(subparks).toHaveLength(16);
    expect(subparks.map((a) => a.district).sort()).toEqual([...DISTRICTS].sort());
    for (const a of subparks) expect(a.parent).toBe('zgc');
  });

  it('has the JJJ and national places of 七.(三) and 七.(四)', () => {
    expect(idsOfKind('jjj')).toEqual(
      expect.arrayContaining([
        'beijing',
        'tianjin',
        'hebei',
        'xiongan',
        'beisanxian',
        'jjj-tech-innovation-center',
      ]),
    );
    expect(idsOfKind('national')).toEqual(
      expect.arrayContaining(
        ['shanghai', 'gba', 'hefei', 'inner-mongolia', 'shenyang', 'nanyang', 'xinjiang', 'tibet'].sort(),
      ),
    );
  });
});

describe('chapter 七.(一): every sentence of a 三城一区 paragraph is that area’s task', () => {
  const s = section('七.(一)');
  const texts = s.sentences.map((x) => x.text);
  // Each paragraph opens with a one-phrase heading sentence; the paragraph runs to the next heading.
  const paragraphs: Array<[string, string]> = [
    ['聚焦中关村科学城。', 'zgc-science-city'],
    ['突破怀柔科学城。', 'huairou-science-city'],
    ['搞活未来科学城。', 'future-science-city'],
    ['提升创新型产业集群示范区。', 'innovation-cluster-zone'],
    ['加强“三城一区”协同联动和引领带动。', 'three-cities-one-zone'],
  ];
  const starts = paragraphs.map(([h]) => texts.indexOf(h));
  // the 三城一区 paragraph runs to the district sentences (东城区聚焦… 延庆区推动…), which belong to each district
  const districtsStart = texts.findIndex((t) => t.startsWith('东城区'));

  it('finds the five paragraph headings in order', () => {
    expect(starts.every((i) => i >= 0)).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  for (let p = 0; p < paragraphs.length; p++) {
    const [, areaId] = paragraphs[p];
    it(`attaches every sentence of the ${areaId} paragraph to ${areaId}`, () => {
      const body = texts.slice(starts[p] + 1, p + 1 < starts.length ? starts[p + 1] : districtsStart);
      expect(body.length).toBeGreaterThan(0);
      expect(body.filter((t) => !attachedTo(areaId, '七.(一)', t))).toEqual([]);
    });
  }

  it('attaches each district-subject sentence (东城区聚焦… 延庆区推动…) to that district', () => {
    const districtNames = DISTRICTS.map((d) => [d, byId.get(d)!.name_zh] as const);
    let found = 0;
    for (const t of texts) {
      const subject = districtNames.find(([, zh]) => t.startsWith(zh));
      if (!subject) continue;
      found++;
      expect(attachedTo(subject[0], '七.(一)', t), `${subject[0]}: ${t}`).toBe(true);
    }
    // 东城 西城 朝阳 丰台 石景山 大兴 门头沟 房山 平谷 延庆, and 顺义 (in the cluster-zone paragraph)
    expect(found).toBe(11);
  });
});

describe('chapters 七.(二)–七.(四): every working sentence belongs to a place', () => {
  // One-phrase paragraph headings that restate the subsection title, deliberately attached to no area.
  const HEADINGS = [
    '保护和激发中小微企业创新活力。',
    '构建完善的创新创业服务体系。',
    '推动“一区多园”统筹协同发展。',
    '建立和完善园区管理体制机制。',
    '面向京津冀协同发展需求布局基础研究。',
    '优化京津冀创新链和产业链布局。',
    '深化国际科技创新中心协同合作。',
    '加强与重点省区市科技交流合作。',
  ];

  it('attaches every 七.(二) sentence but the headings to the zgc zone', () => {
    const missing = section('七.(二)')
      .sentences.map((x) => x.text)
      .filter((t) => !HEADINGS.includes(t) && !attachedTo('zgc', '七.(二)', t));
    expect(missing).toEqual([]);
  });

  for (const id of ['七.(三)', '七.(四)']) {
    it(`attaches every ${id} sentence but the headings to some area`, () => {
      const missing = section(id)
        .sentences.map((x) => x.text)
        .filter((t) => !HEADINGS.includes(t) && areasHolding(id, t).length === 0);
      expect(missing).toEqual([]);
    });
  }

  // Which sentences must carry which place: a name pattern, the section, and the area.
  const NAMED: Array<[RegExp, string, string]> = [
    [/雄安新区/, '七.(三)', 'xiongan'],
    [/雄安新区中关村科技园/, '七.(三)', 'xiongan-zgc-park'],
    [/北三县/, '七.(三)', 'beisanxian'],
    [/通州区/, '七.(三)', 'tongzhou'],
    [/中关村通州园/, '七.(三)', 'zgc-tongzhou'],
    [/张家湾设计小镇/, '七.(三)', 'zhangjiawan-design-town'],
    [/(?<!京)津冀/, '七.(三)', 'tianjin'],
    [/(?<!京)津冀/, '七.(三)', 'hebei'],
    [/京津冀国家技术创新中心/, '七.(三)', 'jjj-tech-innovation-center'],
    [/上海/, '七.(四)', 'shanghai'],
    [/张江/, '七.(四)', 'zhangjiang'],
    [/粤港澳大湾区/, '七.(四)', 'gba'],
    [/合肥/, '七.(四)', 'hefei'],
    [/内蒙古/, '七.(四)', 'inner-mongolia'],
    [/沈阳/, '七.(四)', 'shenyang'],
    [/南阳/, '七.(四)', 'nanyang'],
    [/援疆/, '七.(四)', 'xinjiang'],
    [/援藏/, '七.(四)', 'tibet'],
    [/北京怀柔综合性国家科学中心/, '七.(四)', 'huairou-national-science-center'],
  ];
  it.each(NAMED)('attaches each sentence matching %s in %s to %s', (pattern, sectionId, areaId) => {
    const hits = section(sectionId).sentences.filter((x) => pattern.test(x.text));
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(attachedTo(areaId, sectionId, h.text), h.text).toBe(true);
  });
});

describe('plan_silent is honest', () => {
  const silent = areas.filter((a) => a.plan_silent);

  it('marks exactly the places the plan never names with work (3 districts, 14 sub-parks)', () => {
    expect(silent.map((a) => a.id).sort()).toEqual(
      [
        'changping', 'huairou', 'miyun',
        'zgc-changping', 'zgc-daxing-yizhuang', 'zgc-dongcheng', 'zgc-fangshan', 'zgc-fengtai', 'zgc-haidian',
        'zgc-huairou', 'zgc-mentougou', 'zgc-miyun', 'zgc-pinggu', 'zgc-shijingshan', 'zgc-shunyi', 'zgc-xicheng',
        'zgc-yanqing',
      ], // prettier-ignore
    );
    for (const a of silent) {
      expect(a.tasks).toEqual([]);
      expect(a.industries).toEqual([]);
    }
  });

  it('never finds a silent place’s full name (or a sub-park’s short name) in the plan', () => {
    for (const a of silent) {
      const names = [a.name_zh, ...(a.kind === 'zgc-subpark' ? (a.aliases_zh ?? []) : [])];
      for (const n of names) expect(plan.text.includes(n), `${a.id}: ${n}`).toBe(false);
    }
  });
});

describe('industries', () => {
  it('gives each area exactly the union of its tasks’ industries', () => {
    for (const a of areas) {
      const union = new Set(a.tasks.flatMap((t) => t.industries ?? []));
      expect([...new Set(a.industries)].sort(), a.id).toEqual([...union].sort());
    }
  });

  it('uses every industry for some area and every group for some industry', () => {
    const used = new Set(areas.flatMap((a) => a.industries));
    expect(industries.filter((i) => !used.has(i.id)).map((i) => i.id)).toEqual([]);
    expect(groups.filter((g) => !industries.some((i) => i.group === g.id)).map((g) => g.id)).toEqual([]);
  });

  it('ties the district sentences of 七.(一) to the fields they name', () => {
    const fields = (id: string) => byId.get(id)!.industries;
    expect(fields('fengtai')).toEqual(expect.arrayContaining(['rail-transit', 'aerospace']));
    expect(fields('yanqing')).toEqual(expect.arrayContaining(['drones', 'sports-tech']));
    expect(fields('pinggu')).toContain('modern-agriculture');
    expect(fields('etdz')).toEqual(expect.arrayContaining(['ic', 'biomedicine', 'nev']));
    expect(fields('shunyi')).toContain('third-gen-semiconductor');
  });
});

describe('links', () => {
  it('quotes a sentence that is a task of both ends', () => {
    for (const l of links) {
      expect(attachedTo(l.from, l.section, l.zh), `${l.id} from`).toBe(true);
      expect(attachedTo(l.to, l.section, l.zh), `${l.id} to`).toBe(true);
    }
  });

  it('joins a Beijing place to a JJJ place (kind jjj) or to a national place (kind national)', () => {
    for (const l of links) {
      expect(byId.get(l.to)?.kind, l.id).toBe(l.kind);
      expect(byId.get(l.from)?.kind, l.id).not.toBe('national');
    }
  });
});

describe('points placed by the content', () => {
  type Poly = Feature<Polygon | MultiPolygon>;
  const polygons = new Map<string, Poly>();
  for (const fc of Object.values(content.geodata)) {
    for (const f of (fc as { features?: Poly[] }).features ?? []) {
      const id = String(f.id ?? (f.properties as { id?: string } | null)?.id);
      if (f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon') polygons.set(id, f);
    }
  }
  /** The nearest enclosing area that has a polygon: the district, else the parent chain. */
  const container = (a: ContentArea): string | undefined => {
    if (a.district && polygons.has(a.district)) return a.district;
    let p = a.parent ? byId.get(a.parent) : undefined;
    while (p && !polygons.has(p.id)) p = p.parent ? byId.get(p.parent) : undefined;
    return p?.id;
  };

  it('puts every content center inside its district or its nearest parent with a polygon', () => {
    const placed = areas.filter((a) => Array.isArray(a.center));
    expect(placed.length).toBeGreaterThan(10);
    for (const a of placed) {
      const c = container(a);
      expect(c, `${a.id} has no enclosing polygon`).toBeDefined();
      expect(booleanPointInPolygon(a.center!, polygons.get(c!)!), `${a.id} in ${c}`).toBe(true);
    }
  });

  it('labels every content-placed point as approximate', () => {
    for (const a of areas.filter((x) => Array.isArray(x.center)))
      expect(a.geometry_source ?? '', a.id).toMatch(/approximate/);
  });
});
