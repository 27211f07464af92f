// validateContent on a small fixture (real plan quotes) and on broken copies of it: each break is named by file/area/field.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/lib/readContent';
import type { AreaFile, ContentInput } from '../../scripts/content/validateContent';
import { formatIssue, validateContent } from '../../scripts/content/validateContent';

const ROOT = new URL('../..', import.meta.url).pathname;
const fixture = readContent(ROOT, {
  contentDir: 'tests/fixtures/plan-content/content',
  geodataDir: 'tests/fixtures/plan-content/geodata',
});
const AREA_FILE = 'tests/fixtures/plan-content/content/areas/zgc-science-city.json';

type Json = Record<string, unknown>;

/** A deep copy of the fixture input with one area changed. */
type FileInput = Omit<ContentInput, 'areas'> & { areas: AreaFile[] };

function withArea(id: string, change: (a: Json) => void): FileInput {
  const copy = structuredClone({ ...fixture, plan: undefined }) as unknown as FileInput;
  copy.plan = fixture.plan;
  const entry = copy.areas.find((f) => (f.data as Json).id === id)!;
  change(entry.data as Json);
  return copy;
}
function tasksOf(a: Json): Json[] {
  return a.tasks as Json[];
}

describe('validateContent on the fixture', () => {
  it('finds nothing wrong with consistent content', () => {
    expect(fixture.readErrors).toEqual([]);
    expect(validateContent(fixture).map(formatIssue)).toEqual([]);
  });
});

describe('validateContent on broken copies', () => {
  it('names a misquoted task by file, area and field', () => {
    const issues = validateContent(
      withArea('zgc-science-city', (a) => {
        tasksOf(a)[0].zh = '聚焦中关村科技城。';
      }),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: AREA_FILE, feature: 'zgc-science-city', field: 'tasks[0].zh' });
    expect(issues[0].message).toMatch(/not found verbatim/);
  });

  it('names a quote cited under the wrong section and says where it is', () => {
    const issues = validateContent(
      withArea('zgc-science-city', (a) => {
        tasksOf(a)[0].section = '七.(二)';
      }),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ feature: 'zgc-science-city', field: 'tasks[0].zh' });
    expect(issues[0].message).toContain('七.(一)');
  });

  it('accepts a quote cited under its chapter (a chapter covers its subsections)', () => {
    const issues = validateContent(
      withArea('zgc-science-city', (a) => {
        tasksOf(a)[0].section = '七';
      }),
    );
    expect(issues).toEqual([]);
  });

  it('names an unknown section id', () => {
    const issues = validateContent(
      withArea('zgc-science-city', (a) => {
        tasksOf(a)[1].section = '七.(九)';
      }),
    );
    expect(issues.map((i) => i.field)).toEqual(['tasks[1].section']);
  });

  it('names an unknown industry, in the area and in a task', () => {
    const issues = validateContent(
      withArea('zgc-science-city', (a) => {
        a.industries = ['ai', 'blockchain'];
        tasksOf(a)[1].industries = ['ai', 'quantum'];
      }),
    );
    expect(issues.map((i) => [i.feature, i.field])).toEqual([
      ['zgc-science-city', 'industries[1]'],
      ['zgc-science-city', 'tasks[1].industries[1]'],
    ]);
  });

  it('names a task without English', () => {
    const issues = validateContent(
      withArea('zgc-science-city', (a) => {
        tasksOf(a)[0].en = ' ';
      }),
    );
    expect(issues).toEqual([
      {
        file: AREA_FILE,
        feature: 'zgc-science-city',
        field: 'tasks[0].en',
        message: 'missing English translation',
      },
    ]);
  });

  it('names a duplicate area id (two files with the same id)', () => {
    const input = structuredClone({ ...fixture, plan: undefined }) as unknown as FileInput;
    input.plan = fixture.plan;
    const copy = structuredClone(input.areas.find((f) => (f.data as Json).id === 'haidian')!);
    (input.areas as unknown[]).push({
      file: 'tests/fixtures/plan-content/content/areas/haidian-2.json',
      data: copy.data,
    });
    const issues = validateContent(input);
    const dup = issues.find((i) => i.message.startsWith('duplicate area id'));
    expect(dup).toMatchObject({
      file: 'tests/fixtures/plan-content/content/areas/haidian-2.json',
      feature: 'haidian',
      field: 'id',
    });
  });

  it('requires a task or plan_silent, and not a silent area with tasks', () => {
    const none = validateContent(withArea('haidian', (a) => delete a.plan_silent));
    expect(none.map((i) => [i.feature, i.field])).toEqual([['haidian', 'tasks']]);
    const both = validateContent(withArea('zgc-science-city', (a) => (a.plan_silent = true)));
    expect(both.map((i) => [i.feature, i.field])).toEqual([['zgc-science-city', 'plan_silent']]);
  });

  it('names unknown kind, parent and district', () => {
    const issues = validateContent(
      withArea('zgc-science-city', (a) => {
        a.kind = 'science-city';
        a.parent = 'nowhere';
        a.district = 'xiongan';
      }),
    );
    expect(issues.map((i) => i.field)).toEqual(['kind', 'parent', 'district']);
  });

  it('needs a polygon for an official area and a center for a point area', () => {
    const poly = validateContent(withArea('xiongan', (a) => (a.geometry = 'approximate')));
    expect(poly.map((i) => [i.feature, i.field])).toEqual([['xiongan', 'geometry']]);
    const point = validateContent(withArea('xiongan', (a) => delete a.center));
    expect(point.map((i) => [i.feature, i.field])).toEqual([['xiongan', 'center']]);
    const swapped = validateContent(withArea('xiongan', (a) => (a.center = [39.02, 115.93])));
    expect(swapped[0].message).toMatch(/outside China/);
  });

  it('names a selectable geodata feature that has no area', () => {
    const input = {
      ...fixture,
      geoIds: [
        ...fixture.geoIds,
        { id: 'chaoyang', file: 'beijing-districts', shape: 'polygon' as const, selectable: true },
      ],
    };
    expect(validateContent(input)).toEqual([
      expect.objectContaining({
        file: 'geodata/beijing-districts.geojson',
        feature: 'chaoyang',
        field: 'id',
      }),
    ]);
  });

  it('names a link to an unknown area and a link quote from the wrong section', () => {
    const links = structuredClone(fixture.links) as Json[];
    links[0].to = 'tianjin';
    links[0].section = '七.(四)';
    const issues = validateContent({ ...fixture, links });
    expect(issues.map((i) => [i.file, i.feature, i.field])).toEqual([
      ['tests/fixtures/plan-content/content/links.json', 'haidian-xiongan', 'to'],
      ['tests/fixtures/plan-content/content/links.json', 'haidian-xiongan', 'zh'],
    ]);
  });

  it('names an indicator whose quote does not state its value, and a misquoted baseline', () => {
    const indicators = structuredClone(fixture.indicators) as Json[];
    indicators[0].value = 7;
    (indicators[1].baseline as Json).quote = '基础研究投入占比从 2014年的 12.6%提升至 2020年的 15.9%';
    const issues = validateContent({ ...fixture, indicators });
    expect(issues.map((i) => [i.feature, i.field])).toEqual([
      ['rd-intensity', 'value'],
      ['basic-research-share', 'baseline.quote'],
    ]);
  });
});

describe('validateContent strict fields and quotes', () => {
  const fields = (input: ContentInput) => validateContent(input).map((i) => [i.feature, i.field, i.message]);

  it('rejects an unknown or misspelt field, naming the fields the item may have', () => {
    const issues = fields(withArea('haidian', (a) => (a.alias_zh = ['海淀'])));
    expect(issues).toEqual([
      ['haidian', 'alias_zh', expect.stringMatching(/^unknown field "alias_zh" \(a area has id, /)],
    ]);
    const inTask = fields(withArea('zgc-science-city', (a) => (tasksOf(a)[0].industry = 'ai')));
    expect(inTask).toEqual([
      ['zgc-science-city', 'tasks[0].industry', expect.stringContaining('unknown field')],
    ]);
  });

  it.each<[string, string, RegExp]>([
    ['HTML', 'Haidian <img src=x onerror=alert(1)>', /HTML markup/],
    ['an HTML entity', 'Haidian &amp; Co', /HTML markup/],
    ['a spreadsheet formula', '=HYPERLINK("http://x","Haidian")', /spreadsheet formula/],
    ['a leading @', '@SUM(A1)', /spreadsheet formula/],
    ['Chinese text', '海淀区', /Chinese text \("海"\)/],
  ])('rejects %s in an English field', (_what, name, message) => {
    expect(fields(withArea('haidian', (a) => (a.name_en = name)))).toEqual([
      ['haidian', 'name_en', expect.stringMatching(message)],
    ]);
  });

  it('accepts the plan’s term as a gloss in brackets or quotes and a section id, not bare Chinese', () => {
    const gloss = 'Part of the ecological conservation area (生态涵养区), named "援藏", see section 六.(三).';
    const withNote = (en: string) => (a: Json) =>
      Object.assign(a, { description_en: en, description_zh: '海淀区。' });
    expect(fields(withArea('haidian', withNote(gloss)))).toEqual([]);
    const bare = fields(withArea('haidian', withNote('Haidian 海淀 district')));
    expect(bare).toEqual([['haidian', 'description_en', expect.stringMatching(/Chinese text/)]]);
    const inTask = fields(withArea('zgc-science-city', (a) => (tasksOf(a)[0].en = '中关村')));
    expect(inTask).toEqual([['zgc-science-city', 'tasks[0].en', expect.stringMatching(/Chinese text/)]]);
  });

  it('rejects a quote cut mid-sentence, and an excerpt marker where there is none', () => {
    const cut = fields(
      withArea('zgc-science-city', (a) => {
        tasksOf(a)[1].zh = '围绕人工智能、量子信息、区块链等重点方向';
      }),
    );
    expect(cut).toEqual([['zgc-science-city', 'tasks[1].zh', expect.stringMatching(/ends mid-sentence/)]]);
    const indicators = structuredClone(fixture.indicators) as Json[];
    delete indicators[0].excerpt;
    (indicators[1].baseline as Json).excerpt = 'yes';
    const issues = fields({ ...fixture, indicators });
    expect(issues).toEqual([
      [indicators[0].id, 'quote', expect.stringMatching(/not a whole sentence.*"excerpt": true/)],
      [indicators[1].id, 'baseline.quote', 'excerpt must be true or left out'],
    ]);
  });

  it('rejects an excerpt marker on a whole sentence', () => {
    const sentence =
      '落实党中央决策部署和京津冀协同发展战略，编制实施雄安新区中关村科技园建设规划，引导创新资源向雄安新区中关村科技园集聚，共同打造优良的创新创业生态系统，形成区域创新链、产业链、供应链协同效应，实现两地优势互补、错位发展。';
    const indicators = structuredClone(fixture.indicators) as Json[];
    const { context: _context, ...first } = indicators[0];
    const target = { ...first, section: '七.(三)', quote: sentence, value: 1, excerpt: true };
    const issues = validateContent({ ...fixture, indicators: [target] });
    expect(issues.map((i) => i.message)).toContain(
      'quote is marked "excerpt": true but is a whole sentence: remove the marker',
    );
  });

  it('rejects a district without a boundary in the geodata', () => {
    const input = { ...fixture, geoIds: fixture.geoIds.filter((g) => g.id !== 'haidian') };
    expect(fields(input)).toContainEqual([
      'haidian',
      'geometry',
      expect.stringMatching(/a district needs its boundary/),
    ]);
  });
});

describe('validateContent on sections-en.json', () => {
  const SECTIONS_FILE = 'tests/fixtures/plan-content/content/sections-en.json';

  it('names an unknown section id and an empty title', () => {
    const sectionsEn = structuredClone(fixture.sectionsEn);
    sectionsEn.sections['十二'] = 'No such chapter';
    const first = Object.keys(sectionsEn.sections)[0];
    sectionsEn.sections[first] = ' ';
    const issues = validateContent({ ...fixture, sectionsEn });
    expect(issues).toEqual([
      { file: SECTIONS_FILE, feature: first, field: 'sections', message: 'missing English title' },
      { file: SECTIONS_FILE, feature: '十二', field: 'sections', message: 'unknown plan section "十二"' },
    ]);
  });

  it('names a file that is not { title, sections }', () => {
    const issues = validateContent({ ...fixture, sectionsEn: [] });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: SECTIONS_FILE, field: undefined });
    expect(issues[0].message).toMatch(/must be a JSON object/);
  });
});

describe('validateContent input forms', () => {
  it('accepts bare area objects and names their conventional file', () => {
    const bare = fixture.areas.map((f) => structuredClone(f.data) as Json);
    tasksOf(bare.find((a) => a.id === 'xiongan')!)[0].en = '';
    const issues = validateContent({ ...fixture, areas: bare });
    expect(issues).toEqual([
      {
        file: 'src/content/areas/xiongan.json',
        feature: 'xiongan',
        field: 'tasks[0].en',
        message: 'missing English translation',
      },
    ]);
  });
});
