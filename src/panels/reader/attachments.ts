// Which sentences of the plan the atlas quotes, and where: each plan sentence that a place's task, a link, a target, a
// goal or an industry statement quotes (wholly or in part), with every panel that shows it. Computed once per
// document at load from atlas.json and plan.json (no extra bytes in either file).
import type { Atlas } from '../../data/types';
import { locateQuote, type PlanDoc } from '../../plan';

/** Where a sentence is shown, by the panel that opens it. */
export type AttachmentGroup = 'places' | 'links' | 'industries' | 'citywide' | 'targets';

/** The order groups are listed in. */
export const ATTACHMENT_GROUPS: readonly AttachmentGroup[] = [
  'places',
  'links',
  'industries',
  'citywide',
  'targets',
];

export type Attachment =
  /** A task of the area; `partial` where the sentence is only partly about it. */
  | { group: 'places'; kind: 'area'; id: string; partial: boolean }
  | { group: 'links'; kind: 'link'; id: string }
  /** An industry or field a place's task ties the sentence to (shown in that industry's profile, by place). */
  | { group: 'industries'; kind: 'industry' | 'field'; id: string }
  /** A city-wide statement of the industry's (or field's) profile. */
  | { group: 'citywide'; kind: 'industry' | 'field'; id: string }
  /** A 2025 target (its quote, baseline or a related figure) or a goal in words / the stated status. */
  | { group: 'targets'; kind: 'indicator' | 'goal'; id: string };

export interface AttachedSentence {
  /** The plan sentence's [start, end) offsets in the document text. */
  start: number;
  end: number;
  attachments: Attachment[];
}

interface Quote {
  section: string;
  text: string;
  to: Attachment[];
}

function quotesOf(atlas: Atlas): Quote[] {
  const out: Quote[] = [];
  for (const area of atlas.areas)
    for (const task of area.tasks) {
      const to: Attachment[] = [
        { group: 'places', kind: 'area', id: area.id, partial: task.scope === 'partial' },
      ];
      for (const id of task.industries ?? []) to.push({ group: 'industries', kind: 'industry', id });
      for (const id of task.fields ?? []) to.push({ group: 'industries', kind: 'field', id });
      out.push({ section: task.section, text: task.zh, to });
    }
  for (const link of atlas.links)
    out.push({ section: link.section, text: link.zh, to: [{ group: 'links', kind: 'link', id: link.id }] });
  for (const st of atlas.statements ?? []) {
    const to: Attachment[] = [
      ...st.industries.map((id): Attachment => ({ group: 'citywide', kind: 'industry', id })),
      ...st.fields.map((id): Attachment => ({ group: 'citywide', kind: 'field', id })),
    ];
    out.push({ section: st.section, text: st.zh, to });
  }
  for (const ind of atlas.indicators) {
    const to: Attachment[] = [{ group: 'targets', kind: 'indicator', id: ind.id }];
    out.push({ section: ind.section, text: ind.quote, to });
    if (ind.baseline) out.push({ section: ind.baseline.section, text: ind.baseline.quote, to });
    for (const c of ind.context ?? []) out.push({ section: c.section, text: c.quote, to });
  }
  for (const goal of atlas.goals ?? [])
    out.push({ section: goal.section, text: goal.zh, to: [{ group: 'targets', kind: 'goal', id: goal.id }] });
  return out;
}

const keyOf = (a: Attachment): string => `${a.group}|${a.kind}|${a.id}`;

const cache = new WeakMap<PlanDoc, WeakMap<Atlas, AttachedSentence[]>>();

/**
 * Every plan sentence the atlas quotes, in text order, with its attachments (each once; a place counts as partial only
 * if every task of it quoting the sentence is partial). A quote that is not found verbatim attaches nothing: the data
 * check rejects such content before it ships.
 */
export function attachedSentences(atlas: Atlas, doc: PlanDoc): AttachedSentence[] {
  const known = cache.get(doc)?.get(atlas);
  if (known) return known;
  const sentences = doc.sections.flatMap((s) => s.sentences).sort((a, b) => a[0] - b[0]);
  const bySentence = new Map<number, Map<string, Attachment>>();
  for (const quote of quotesOf(atlas)) {
    const at = locateQuote(doc, quote.section, quote.text);
    if (!at) continue;
    // the first sentence ending after the quote starts, then every one starting before it ends
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid][1] <= at.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sentences.length && sentences[i][0] < at.end; i++) {
      const items = bySentence.get(i) ?? new Map<string, Attachment>();
      bySentence.set(i, items);
      for (const a of quote.to) {
        const key = keyOf(a);
        const had = items.get(key);
        if (had?.kind === 'area' && a.kind === 'area') had.partial = had.partial && a.partial;
        else if (!had) items.set(key, { ...a });
      }
    }
  }
  const out = [...bySentence]
    .sort((a, b) => a[0] - b[0])
    .map(([i, items]): AttachedSentence => {
      const attachments = [...items.values()];
      // an industry shown city-wide is not listed again under the places' tags
      const citywide = new Set(
        attachments.filter((a) => a.group === 'citywide').map((a) => `${a.kind}|${a.id}`),
      );
      return {
        start: sentences[i][0],
        end: sentences[i][1],
        attachments: attachments.filter(
          (a) => a.group !== 'industries' || !citywide.has(`${a.kind}|${a.id}`),
        ),
      };
    });
  const perDoc = cache.get(doc) ?? new WeakMap<Atlas, AttachedSentence[]>();
  perDoc.set(atlas, out);
  cache.set(doc, perDoc);
  return out;
}

/** The attachments of one sentence by group, in ATTACHMENT_GROUPS order, leaving out empty groups. */
export function groupAttachments(attachments: readonly Attachment[]): [AttachmentGroup, Attachment[]][] {
  return ATTACHMENT_GROUPS.map((g): [AttachmentGroup, Attachment[]] => [
    g,
    attachments.filter((a) => a.group === g),
  ]).filter(([, list]) => list.length > 0);
}
