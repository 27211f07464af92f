// `npm run report:content [contentDir geodataDir]`: figures on the content against the plan — areas by kind, tasks,
// quotes verified, sections covered or not, links, indicators, and plan sentences naming a place yet attached to no area.
import type { ContentArea, Field, Goal, Indicator, Link, Statement } from '../src/data/types';
import { locateQuote } from './plan/quote';
import type { PlanSentence } from './plan/types';
import { computeGeometry, indexGeodata } from './lib/buildAtlas';
import { readContent } from './lib/readContent';

const [contentDir, geodataDir] = process.argv.slice(2);
const content = readContent(process.cwd(), { contentDir, geodataDir });
const { plan } = content;

const areas = content.areas
  .map((f) => f.data)
  .filter((a): a is ContentArea => typeof a === 'object' && a !== null && 'id' in a);
const links = (Array.isArray(content.links) ? content.links : []) as Link[];
const indicators = (Array.isArray(content.indicators) ? content.indicators : []) as Indicator[];
const statements = (Array.isArray(content.statements) ? content.statements : []) as Statement[];
const goals = (Array.isArray(content.goals) ? content.goals : []) as Goal[];
const fields = (Array.isArray(content.fields) ? content.fields : []) as Field[];

/**
 * Forms a sentence may use for a place: 海淀区 → 海淀, 中关村朝阳园 → 朝阳园, 朝阳; 大兴-亦庄园 → 大兴, 亦庄;
 * 河南省南阳市 → 南阳市, 南阳; 北京怀柔综合性国家科学中心 → 怀柔综合性国家科学中心. 科学城 and 示范区 are not stripped
 * (未来科学城 → 未来 would match 未来产业).
 */
function placeNameVariants(nameZh: string): string[] {
  const bases = new Set<string>([nameZh]);
  if (nameZh.startsWith('北京') && nameZh.length - 2 >= 4) bases.add(nameZh.slice(2));
  const province = /^.+?(?:省|自治区)(.+[市县])$/.exec(nameZh);
  if (province) bases.add(province[1]);
  if (nameZh.startsWith('中关村') && nameZh.endsWith('园')) bases.add(nameZh.slice(3));
  const out = new Set<string>();
  const suffixes = ['自治区', '新区', '区', '园', '县', '市', '省'];
  for (const base of bases) {
    out.add(base);
    for (const part of base.split(/[-–—]/)) {
      out.add(part);
      for (const s of suffixes)
        if (part.endsWith(s) && part.length - s.length >= 2) out.add(part.slice(0, -s.length));
    }
  }
  return [...out].filter((n) => n.length >= 2);
}

/** The city as a whole: the whole plan is about it, so its name marks no particular place. */
const WHOLE_CITY = new Set(['北京市', '北京']);

const line = (s = ''): void => console.log(s);

// --- areas by kind
line(`Plan: ${plan.title} (${content.seed.file}, sha256 ${content.seed.sha256.slice(0, 12)}…)`);
line(
  `Plan sections: ${plan.sections.length} (preamble, ${plan.sections.filter((s) => s.level === 'chapter').length} chapters, ${plan.sections.filter((s) => s.level === 'subsection').length} subsections); sentences: ${plan.sections.reduce((n, s) => n + s.sentences.length, 0)}`,
);
line();
const byKind = new Map<string, number>();
for (const a of areas) byKind.set(a.kind, (byKind.get(a.kind) ?? 0) + 1);
line(`Areas: ${areas.length}`);
for (const [kind, n] of [...byKind].sort()) line(`  ${kind.padEnd(28)} ${n}`);
const silent = areas.filter((a) => a.plan_silent);
line(`  plan_silent: ${silent.length}${silent.length ? ` (${silent.map((a) => a.id).join(', ')})` : ''}`);
const geo = indexGeodata(content.geodata);
const byGeometry = new Map<string, string[]>();
for (const a of areas) {
  const g = computeGeometry(a, geo.get(a.id) ?? []).geometry;
  byGeometry.set(g, [...(byGeometry.get(g) ?? []), a.id]);
}
line(
  `  drawn as: ${['official', 'approximate', 'point', 'none'].map((g) => `${g} ${byGeometry.get(g)?.length ?? 0}`).join(', ')}`,
);
if (byGeometry.get('none')?.length)
  line(`  not on the map (no boundary, no position): ${byGeometry.get('none')!.join(', ')}`);

// --- tasks and quotes
interface Attached {
  area: string;
  start: number;
  end: number;
}
const attached: Attached[] = [];
/** Every verified quote's span, whoever it is attached to (a place, a link, a target or an industry). */
const reachable: Array<{ start: number; end: number }> = [];
let tasks = 0;
let verified = 0;
const failed: string[] = [];
const check = (owner: string[], section: string, quote: string, what: string): void => {
  const at = locateQuote(plan, section, quote);
  if (at) {
    verified++;
    reachable.push(at);
    for (const area of owner) attached.push({ area, ...at });
  } else failed.push(`${what} ${section}: ${quote.slice(0, 30)}`);
};
for (const a of areas) {
  for (const t of a.tasks ?? []) {
    tasks++;
    check([a.id], t.section, t.zh, `task of ${a.id}`);
  }
}
for (const l of links) check([l.from, l.to], l.section, l.zh, `link ${l.id}`);
let indicatorQuotes = 0;
for (const i of indicators) {
  indicatorQuotes++;
  check([], i.section, i.quote, `indicator ${i.id}`);
  if (i.baseline) {
    indicatorQuotes++;
    check([], i.baseline.section, i.baseline.quote, `baseline of ${i.id}`);
  }
  for (const c of i.context ?? []) {
    indicatorQuotes++;
    check([], c.section, c.quote, `context of ${i.id}`);
  }
}
for (const st of statements) check([], st.section, st.zh, `statement`);
for (const g of goals) {
  indicatorQuotes++;
  check([], g.section, g.zh, `goal ${g.id}`);
}
const quotes = tasks + links.length + indicatorQuotes + statements.length;
line();
line(`Tasks: ${tasks} (${areas.length ? (tasks / areas.length).toFixed(1) : 0} per area)`);
const allTasks = areas.flatMap((a) => a.tasks ?? []);
const distinct = new Set(allTasks.map((t) => `${t.section}|${t.zh}`));
line(
  `Plan sentences attached to places: ${distinct.size} distinct (${allTasks.filter((t) => t.scope === 'partial').length} task(s) marked as only partly about their place)`,
);
const areaFieldTies = areas.reduce((n, a) => n + (a.fields?.length ?? 0), 0);
const fieldsOnAreas = new Set(areas.flatMap((a) => a.fields ?? []));
line(
  `Fields: ${fields.length} under ${new Set(fields.map((f) => f.industry)).size} industries; ${fieldsOnAreas.size} on some area; area–field ties: ${areaFieldTies}`,
);
line(
  `Quotes verified verbatim in their cited section: ${verified} / ${quotes} (tasks ${tasks}, links ${links.length}, indicator and goal quotes ${indicatorQuotes}, industry statements ${statements.length})`,
);
for (const f of failed) line(`  NOT FOUND: ${f}`);

// --- share of the plan's text reachable from a place, link, target or industry: characters of plan sentences that
// overlap a verified quote, overall and per chapter
{
  const hit = (x: { start: number; end: number }): boolean =>
    reachable.some((r) => r.start < x.end && x.start < r.end);
  const perChapter = new Map<string, { all: number; hit: number }>();
  for (const section of plan.sections) {
    const chapter = section.parent ?? section.id;
    const row = perChapter.get(chapter) ?? { all: 0, hit: 0 };
    for (const sentence of section.sentences) {
      const n = sentence.end - sentence.start;
      row.all += n;
      if (hit(sentence)) row.hit += n;
    }
    perChapter.set(chapter, row);
  }
  const total = [...perChapter.values()].reduce((t, r) => ({ all: t.all + r.all, hit: t.hit + r.hit }), {
    all: 0,
    hit: 0,
  });
  const pct = (r: { all: number; hit: number }): string =>
    `${((100 * r.hit) / Math.max(1, r.all)).toFixed(1)}%`;
  line();
  line(
    `Plan text reachable from a place, link, target or industry: ${pct(total)} (${total.hit} / ${total.all} characters of sentences)`,
  );
  line(`  ${[...perChapter].map(([id, r]) => `${id} ${pct(r)}`).join('  ')}`);
  const byIndustry = new Map<string, number>();
  for (const st of statements)
    for (const id of st.industries) byIndustry.set(id, (byIndustry.get(id) ?? 0) + 1);
  line(
    `Industry statements (city-wide sentences): ${statements.length}, by industry: ${[...byIndustry]
      .sort((a, b) => b[1] - a[1])
      .map(([id, n]) => `${id} ${n}`)
      .join(', ')}`,
  );
}

// --- sections covered: the most specific section each attached quote lies in
const covered = new Map<string, number>();
for (const t of attached) {
  const holder = plan.sections
    .filter((s) => s.start <= t.start && t.end <= s.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  if (holder) covered.set(holder.id, (covered.get(holder.id) ?? 0) + 1);
}
line();
line(`Sections with ≥1 attached task or link quote: ${covered.size} / ${plan.sections.length}`);
line(`  ${[...covered].map(([id, n]) => `${id}×${n}`).join('  ')}`);
const uncovered = plan.sections.filter((s) => !covered.has(s.id) && s.sentences.length > 0).map((s) => s.id);
line(`Sections with text but nothing attached: ${uncovered.length}`);
line(`  ${uncovered.join('  ')}`);

// --- links and indicators
line();
const linkKinds = new Map<string, number>();
for (const l of links) linkKinds.set(l.kind, (linkKinds.get(l.kind) ?? 0) + 1);
line(`Links: ${links.length} (${[...linkKinds].map(([k, n]) => `${k} ${n}`).join(', ') || 'none'})`);
line(
  `Indicators: ${indicators.length} (with baseline: ${indicators.filter((i) => i.baseline).length}, with context figures: ${indicators.filter((i) => i.context?.length).length})`,
);
line(
  `Goals in words: ${goals.filter((g) => g.kind === 'goal').length}; stated status (一.(二)): ${goals.filter((g) => g.kind === 'status').length}`,
);
for (const i of indicators) {
  const base = i.baseline ? ` (baseline ${i.baseline.value}${i.baseline.unit} in ${i.baseline.year})` : '';
  line(`  ${i.id.padEnd(26)} ${i.comparator} ${i.value} ${i.unit}${base}`);
}

// --- plan sentences naming a place but attached to no area
const names = new Map<string, string>(); // variant → area id
for (const a of areas) {
  if (WHOLE_CITY.has(a.name_zh)) continue;
  for (const v of placeNameVariants(a.name_zh)) if (!names.has(v)) names.set(v, a.id);
}
// longest names first, so 中关村科学城 is matched before 中关村
const variants = [...names.keys()].sort((a, b) => b.length - a.length);
const overlaps = (s: PlanSentence): boolean => attached.some((t) => t.start < s.end && s.start < t.end);
const orphans: Array<{ section: string; sentence: PlanSentence; places: string[] }> = [];
for (const section of plan.sections) {
  for (const sentence of section.sentences) {
    let rest = sentence.text;
    const places: string[] = [];
    for (const v of variants) {
      if (rest.includes(v)) {
        places.push(v);
        rest = rest.split(v).join('\u0000');
      }
    }
    if (places.length > 0 && !overlaps(sentence)) orphans.push({ section: section.id, sentence, places });
  }
}
line();
line(
  `Plan sentences naming a place (area names and short forms, ${variants.length} variants) yet attached to no area: ${orphans.length}`,
);
for (const o of orphans) {
  const text = o.sentence.text.length > 90 ? `${o.sentence.text.slice(0, 90)}…` : o.sentence.text;
  line(`  [${o.section}] {${o.places.join(', ')}} ${text}`);
}
