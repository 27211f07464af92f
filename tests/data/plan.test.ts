// Plan parser on the real plan text: every chapter and subsection found with its title, quotes bound to their section.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findQuote, locateQuote, originalLineAt, parsePlan, sectionsContaining } from '../../scripts/plan';

const raw = readFileSync(new URL('../../seeds/000_245563ab633a4873.txt', import.meta.url), 'utf8');
const plan = parsePlan(raw);
const rawLines = raw.split('\n');

// Checked by hand against the seed text (grep of the heading lines, original line numbers in the comments).
const EXPECTED: Array<[string, string]> = [
  ['一', '把握国际科技创新中心新使命'], // 29
  ['一.(一)', '形势需求'],
  ['一.(二)', '发展基础'],
  ['二', '开启国际科技创新中心建设新征程'], // 156
  ['二.(一)', '总体思路'],
  ['二.(二)', '发展原则'],
  ['二.(三)', '发展目标'],
  ['三', '强化战略科技力量，加速提升创新体系整体效能'], // 275, after the table caption and a page-break space
  ['三.(一)', '构建国家实验室体系'],
  ['三.(二)', '加速北京怀柔综合性国家科学中心建设'],
  ['三.(三)', '持续建设世界一流新型研发机构'],
  ['三.(四)', '充分发挥高水平高校院所基础研究主力军作用'],
  ['三.(五)', '积极构建科技领军企业牵头的创新联合体'],
  ['四', '加强原创性引领性科技攻关，勇担关键核心技术攻坚重任'],
  ['四.(一)', '支持原创性基础研究'],
  ['四.(二)', '推动重点领域前沿技术引领'],
  ['四.(三)', '突破重点领域关键核心技术'],
  ['四.(四)', '推动其他前沿领域布局'],
  ['四.(五)', '适应科学研究范式变革趋势'],
  ['五', '聚焦“三链”融合，加速培育高精尖产业新动能'],
  ['五.(一)', '支撑“双发动机”产业领先发展'],
  ['五.(二)', '支撑“先进智造”产业创新发展'],
  ['五.(三)', '开展未来产业前瞻布局'],
  ['五.(四)', '推动科技服务业跨越发展'],
  ['五.(五)', '促进科技成果转移转化'],
  ['五.(六)', '构建充满活力的产业生态'],
  ['六', '构建新技术全域应用场景，支撑国际一流的和谐宜居之都建设'],
  ['六.(一)', '加快打造全球数字经济标杆城市'], // heading line starts with a space
  ['六.(二)', '提升智慧城市建设水平'],
  ['六.(三)', '强化碳减排碳中和科技创新'],
  ['六.(四)', '构建公共卫生安全科研攻关体系'],
  ['六.(五)', '推动文化与科技融合发展'],
  ['六.(六)', '实施科技冬奥专项计划'],
  ['七', '优化提升重点区域创新格局，辐射带动全国高质量发展'],
  ['七.(一)', '加快建设“三城一区”主平台'],
  ['七.(二)', '加快建设中关村国家自主创新示范区主阵地'],
  ['七.(三)', '推进京津冀协同创新共同体建设'],
  ['七.(四)', '加强对全国创新驱动引领作用'],
  ['八', '激发人才创新活力，加快建设世界重要人才中心和创新高地'],
  ['八.(一)', '增强国际化人才吸引力度'],
  ['八.(二)', '加大青年人才等创新型人才培养力度'],
  ['八.(三)', '“破四唯”和“立新标”并举加快人才评价制度改革'],
  ['八.(四)', '营造良好人才发展环境'],
  ['九', '构建开放创新生态，走出主动融入全球创新网络新路子'],
  ['九.(一)', '打造具有首都特色的开放创新合作机制'],
  ['九.(二)', '探索符合新形势新要求的国际合作新路径'],
  ['九.(三)', '构建高质量的开放创新环境'],
  ['十', '深化科技体制改革，引领推动支持全面创新的基础制度建设'],
  ['十.(一)', '把中关村打造成为科技自立自强、高质量发展的引领区'],
  ['十.(二)', '深化政府科技管理改革'],
  ['十.(三)', '充分发挥金融对科技支撑作用'],
  ['十.(四)', '优化惠及创新主体的营商环境'],
  ['十.(五)', '加强科研诚信体系和作风学风建设'],
  ['十一', '保障措施'],
  ['十一.(一)', '组织保障'],
  ['十一.(二)', '政策保障'],
  ['十一.(三)', '条件保障'],
  ['十一.(四)', '组织实施'],
];

describe('parsePlan on the real plan', () => {
  it('reads the title from the first line', () => {
    expect(plan.title).toBe('北京市“十四五”时期国际科技创新中心建设规划');
  });

  it('finds exactly the preamble, 11 chapters and 47 subsections, in document order', () => {
    expect(plan.sections.map((s) => s.id)).toEqual(['preamble', ...EXPECTED.map(([id]) => id)]);
    expect(plan.sections.filter((s) => s.level === 'chapter')).toHaveLength(11);
  });

  it.each(EXPECTED)('section %s is titled %s', (id, title) => {
    expect(plan.sections.find((s) => s.id === id)?.title_zh).toBe(title);
  });

  it('gives each subsection its chapter as parent, and the chapter range covers it', () => {
    for (const s of plan.sections.filter((x) => x.level === 'subsection')) {
      const chapter = plan.sections.find((c) => c.id === s.parent);
      expect(chapter?.level).toBe('chapter');
      expect(s.id.startsWith(`${s.parent}.(`)).toBe(true);
      expect(chapter!.start).toBeLessThanOrEqual(s.start);
      expect(s.end).toBeLessThanOrEqual(chapter!.end);
    }
  });

  it('keeps the table caption out of chapter 三 (it ends 二.(三) as its own sentence)', () => {
    const three = plan.sections.find((s) => s.id === '三')!;
    expect(three.text.startsWith('立足国家战略需求')).toBe(true);
    const goals = plan.sections.find((s) => s.id === '二.(三)')!;
    expect(goals.sentences.at(-1)?.text).toBe('“十四五”时期国际科技创新中心建设预期性指标');
  });

  it('preamble runs from after the title to chapter 一', () => {
    expect(plan.preamble.startsWith('“十四五”时期是我国开启全面建设')).toBe(true);
    expect(plan.preamble.endsWith('本规划实施期限为 2021至 2025年。')).toBe(true);
  });

  it('splits the lead headings of 七.(一) as sentences of their own', () => {
    const texts = plan.sections.find((s) => s.id === '七.(一)')!.sentences.map((s) => s.text);
    expect(texts[0]).toBe('聚焦中关村科学城。');
    expect(texts).toContain('突破怀柔科学城。');
  });

  it('keeps a closing quote with the sentence it ends', () => {
    const all = plan.sections.flatMap((s) => s.sentences.map((x) => x.text));
    expect(all.some((t) => t.startsWith('”'))).toBe(false);
  });

  it('sentences tile each section own text (nothing but whitespace between them)', () => {
    for (const s of plan.sections) {
      const joined = s.sentences.map((x) => x.text).join('');
      expect(joined).toBe(s.text.replace(/^\s+|\s+$/g, '').replace(/(?<=[。！？；”’」』）)】》])\s+/g, ''));
    }
  });
});

describe('findQuote / locateQuote on the real plan', () => {
  const quote = '加快推进国家实验室建设。';

  it('accepts a real quote in its subsection and in its chapter', () => {
    expect(findQuote(plan, '三.(一)', quote)).toBe(true);
    expect(findQuote(plan, '三', quote)).toBe(true);
  });

  it('rejects the same quote cited under another section', () => {
    expect(findQuote(plan, '三.(二)', quote)).toBe(false);
    expect(findQuote(plan, '七', quote)).toBe(false);
    expect(findQuote(plan, 'no-such-section', quote)).toBe(false);
  });

  it('finds a quote that spans a PDF line break, with the line break removed', () => {
    // original lines 226–227: "…比重保持在 6%" / "左右。…"
    expect(findQuote(plan, '二.(三)', '全社会研发经费支出占地区生产总值比重保持在 6%左右')).toBe(true);
  });

  it('rejects a misquote and an empty quote', () => {
    expect(findQuote(plan, '三.(一)', '加快推进国家实验室建设!')).toBe(false);
    expect(findQuote(plan, '三.(一)', '')).toBe(false);
  });

  it('returns offsets that slice back to the quote', () => {
    const at = locateQuote(plan, '七.(一)', '突破怀柔科学城。')!;
    expect(plan.text.slice(at.start, at.end)).toBe('突破怀柔科学城。');
  });

  it('names the section a quote really sits in', () => {
    expect(sectionsContaining(plan, quote)).toEqual(['三.(一)']);
  });
});

describe('round trip to the original line numbers', () => {
  it('maps each section heading to the original line holding it', () => {
    for (const s of plan.sections.filter((x) => x.level !== 'preamble')) {
      const line = originalLineAt(plan, s.start)!;
      expect(rawLines[line - 1].trim().endsWith(s.title_zh)).toBe(true);
    }
  });

  it('maps a sentence start inside a line to that line', () => {
    const at = locateQuote(plan, '七.(一)', '突破怀柔科学城。')!;
    const line = originalLineAt(plan, at.start)!;
    expect(rawLines[line - 1]).toContain('突破怀柔科学城');
  });

  it('every kept line is found again at its offset', () => {
    for (const { offset, line } of plan.lines) {
      const trimmed = rawLines[line - 1].trim();
      expect(plan.text.slice(offset, offset + trimmed.length)).toBe(trimmed);
    }
  });
});
