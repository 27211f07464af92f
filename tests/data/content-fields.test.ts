// The plan's specific fields (src/content/fields.json) and the per-task scope marks: the validator rejects a field the
// sentence does not name, a term not in the plan, a field outside the task's industries, and a partial task without
// its note; the real content passes and ties the fields the issue names to their places.
import { describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/lib/readContent';
import type { AreaFile, ContentInput } from '../../scripts/content/validateContent';
import { formatIssue, validateContent } from '../../scripts/content/validateContent';
import type { ContentArea, Field } from '../../src/data/types';

const ROOT = new URL('../..', import.meta.url).pathname;
const fixture = readContent(ROOT, {
  contentDir: 'tests/fixtures/plan-content/content',
  geodataDir: 'tests/fixtures/plan-content/geodata',
});
type Json = Record<string, unknown>;
type FileInput = Omit<ContentInput, 'areas'> & { areas: AreaFile[] };

const QUANTUM_TERM: Field = {
  id: 'quantum-info',
  zh: '量子信息',
  en: 'Quantum information',
  industry: 'quantum',
};

/** The fixture with `fields` and one change to 中关村科学城's second task (the AI/quantum/blockchain sentence). */
function withFields(fields: unknown, change: (task: Json, area: Json) => void): FileInput {
  const copy = structuredClone({ ...fixture, plan: undefined }) as unknown as FileInput;
  copy.plan = fixture.plan;
  copy.fields = fields;
  const area = copy.areas.find((f) => (f.data as Json).id === 'zgc-science-city')!.data as Json;
  change((area.tasks as Json[])[1], area);
  return copy;
}
const messages = (input: ContentInput): string[] => validateContent(input).map(formatIssue);

describe('fields validator', () => {
  it('accepts a field the sentence names, under one of its industries, listed on the area', () => {
    const input = withFields([QUANTUM_TERM], (t, a) => {
      t.fields = ['quantum-info'];
      a.fields = ['quantum-info'];
    });
    expect(messages(input)).toEqual([]);
  });

  it('rejects a field term that is not verbatim in the plan', () => {
    const input = withFields([{ ...QUANTUM_TERM, zh: '量子芯片' }], () => {});
    expect(messages(input)).toEqual([
      'tests/fixtures/plan-content/content/fields.json › quantum-info › zh: field term "量子芯片" is not verbatim in the plan',
    ]);
  });

  it('rejects a field under an unknown industry', () => {
    const input = withFields([{ ...QUANTUM_TERM, industry: 'physics' }], () => {});
    expect(messages(input)).toEqual([
      'tests/fixtures/plan-content/content/fields.json › quantum-info › industry: unknown industry "physics"',
    ]);
  });

  it('rejects a field the task sentence does not name', () => {
    const term: Field = { id: 'talent', zh: '中关村科学城', en: 'x', industry: 'quantum' };
    const input = withFields([term], (t, a) => {
      t.fields = ['talent'];
      a.fields = ['talent'];
    });
    expect(messages(input).join('\n')).toContain(
      'tasks[1].fields[0]: the sentence does not name field "talent"',
    );
  });

  it('rejects a field whose industry the task does not list, and an area field on no task', () => {
    const input = withFields([QUANTUM_TERM], (t, a) => {
      t.industries = ['ai'];
      t.fields = ['quantum-info'];
      a.industries = ['ai'];
      a.fields = ['quantum-info'];
    });
    expect(messages(input).join('\n')).toContain('which the task does not list');
    const orphan = withFields([QUANTUM_TERM], (_t, a) => {
      a.fields = ['quantum-info'];
    });
    expect(messages(orphan).join('\n')).toContain(
      'fields[0]: field "quantum-info" is on none of the area\'s tasks',
    );
  });

  it('asks a partial task for its note in both languages', () => {
    const input = withFields([], (t) => {
      t.scope = 'partial';
      t.scope_note_en = 'Shared with other places.';
    });
    expect(messages(input).join('\n')).toContain(
      'tasks[1].scope_note_zh: a partial task needs scope_note_zh',
    );
    const bad = withFields([], (t) => {
      t.scope = 'shared';
    });
    expect(messages(bad).join('\n')).toContain('scope must be "partial"');
  });
});

describe('the fields in the content', () => {
  const content = readContent(ROOT);
  const areas = content.areas.map((f) => f.data as ContentArea);
  const byId = new Map(areas.map((a) => [a.id, a]));
  const fields = content.fields as Field[];

  it('has no issue and a field for each of the plan terms the coarse tags used to hide', () => {
    expect(validateContent(content).map(formatIssue)).toEqual([]);
    const terms = new Set(fields.map((f) => f.zh));
    for (const zh of [
      '新型存储器',
      '车规级芯片',
      '疫苗',
      '石墨烯',
      '航空发动机',
      '卫星遥感',
      '基因编辑',
      '细胞与数字生物',
    ])
      expect(terms.has(zh), zh).toBe(true);
  });

  it('gives each area exactly the union of its tasks’ fields', () => {
    for (const a of areas) {
      const union = new Set(a.tasks.flatMap((t) => t.fields ?? []));
      expect([...(a.fields ?? [])].sort(), a.id).toEqual([...union].sort());
    }
  });

  it.each<[string, string]>([
    ['etdz', 'new-memory'],
    ['etdz', 'automotive-chips'],
    ['etdz', 'vaccines'],
    ['fangshan', 'graphene'],
    ['shunyi', 'aero-engines'],
    ['shunyi', 'satellite-remote-sensing'],
    ['life-valley', 'gene-editing'],
    ['life-valley', 'ai-drug-discovery'],
    ['huairou-science-city', 'cellular-digital-biology'],
    ['pinggu-agri-zone', 'breeding-chips'],
  ])('puts %s on field %s through a sentence that names it', (areaId, fieldId) => {
    const term = fields.find((f) => f.id === fieldId)!.zh;
    const tasks = byId.get(areaId)!.tasks.filter((t) => t.fields?.includes(fieldId));
    expect(tasks.length).toBeGreaterThan(0);
    for (const t of tasks) expect(t.zh).toContain(term);
  });

  it('does not read a field into a word that only looks like it (育种芯片 is seed breeding, not IC)', () => {
    const chips = areas.filter((a) => a.tasks.some((t) => t.zh.includes('育种芯片')));
    for (const a of chips)
      expect(
        a.tasks.filter((t) => t.zh.includes('育种芯片')).flatMap((t) => t.industries ?? []),
      ).not.toContain('ic');
  });
});

describe('tags a careful reading supports', () => {
  const content = readContent(ROOT);
  const byId = new Map(content.areas.map((f) => [(f.data as ContentArea).id, f.data as ContentArea]));
  const industriesOf = (id: string): string[] => byId.get(id)!.industries;

  it('does not tag 生命谷 or 未来科学城 with AI for “人工智能赋能药物研发” (drug R&D)', () => {
    expect(industriesOf('life-valley')).not.toContain('ai');
    expect(industriesOf('future-science-city')).not.toContain('ai');
    expect(byId.get('life-valley')!.fields).toContain('ai-drug-discovery');
  });

  it('does not give 中关村 the fields of the 北三县 demonstrations, and marks that sentence partial there', () => {
    expect(industriesOf('zgc')).not.toContain('smart-manufacturing');
    expect(industriesOf('zgc')).not.toContain('environmental-protection');
    const t = byId.get('zgc')!.tasks.find((x) => x.zh.includes('北三县'))!;
    expect(t.scope).toBe('partial');
  });

  it('gives 中关村通州园 the fields of its own sentence and 房山区 its 先进智造', () => {
    expect(industriesOf('zgc-tongzhou')).toEqual(expect.arrayContaining(['smart-city', 'design', 'fintech']));
    expect(industriesOf('fangshan')).toContain('smart-manufacturing');
  });

  it('marks the city-wide 技术合同 target inside the 中关村 sentence and the 门头沟 sentence on 新首钢 as partial', () => {
    const zgc = byId.get('zgc')!.tasks.find((x) => x.zh.includes('技术合同成交额'))!;
    expect(zgc.scope).toBe('partial');
    const shougang = byId.get('new-shougang')!.tasks.find((x) => x.zh.startsWith('门头沟区'))!;
    expect(shougang.scope).toBe('partial');
    expect(shougang.scope_note_zh).toBeTruthy();
    expect(shougang.scope_note_en).toBeTruthy();
  });
});
