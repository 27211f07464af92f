// How panels quote the plan: a sentence verbatim in Chinese, its English marked as a translation and a button that
// opens the reader on it, grouped under the plan section it is from; an area named as a button that selects it, and
// industries named as buttons that open their profiles.
import type { Area, Task } from '../data/types';
import { useAtlas, useAtlasIndex } from '../store/useAtlas';
import { useT, pickName } from '../i18n/i18n';

/** An area's name in the current language as a button that selects it (a list pick: the map frames it). */
export function AreaLink({ area }: { area: Area }) {
  const language = useAtlas((s) => s.language);
  const selectArea = useAtlas((s) => s.selectArea);
  return (
    <button type="button" className="link-button" onClick={() => selectArea(area.id, 'list')}>
      {pickName(language, area.name_zh, area.name_en)[0]}
    </button>
  );
}

/** Industries named as buttons that open each one's profile (the filter's chosen industries, the matrix's columns). */
export function IndustryProfileLinks({ ids }: { ids: readonly string[] }) {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const openIndustry = useAtlas((s) => s.openIndustry);
  const { industriesById } = useAtlasIndex();
  const industries = ids.flatMap((id) => industriesById.get(id) ?? []);
  if (industries.length === 0) return null;
  return (
    <p className="industry-profile-links">
      {t('industry.profiles')}{' '}
      {industries.map((i, n) => {
        const name = pickName(language, i.zh, i.en)[0];
        return (
          <span key={i.id}>
            {n > 0 && ' · '}
            <button
              type="button"
              className="link-button"
              aria-label={`${t('industry.profiles')} ${name}`}
              onClick={() => openIndustry(i.id)}
            >
              {name}
            </button>
          </span>
        );
      })}
    </p>
  );
}

/** A sentence of the plan: what it quotes (`zh`, verbatim), our translation (`en`), its section and, for an area's
 * task, whether it is only partly about the place. */
export type PlanSentence = Pick<Task, 'section' | 'zh' | 'en'> &
  Partial<Pick<Task, 'scope' | 'scope_note_zh' | 'scope_note_en'>>;

/** Sentences in plan order, one group per section (the plan's own numbering). */
export function groupTasksBySection<T extends PlanSentence>(tasks: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const task of tasks) groups.set(task.section, [...(groups.get(task.section) ?? []), task]);
  return [...groups];
}

function TaskItem({ task }: { task: PlanSentence }) {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const openReader = useAtlas((s) => s.openReader);
  const note = language === 'zh' ? task.scope_note_zh : task.scope_note_en;
  return (
    <li className={task.scope === 'partial' ? 'task task-partial' : 'task'}>
      {task.scope === 'partial' && <p className="scope-note">{note}</p>}
      <blockquote lang="zh-CN" className="task-zh">
        {task.zh}
      </blockquote>
      <p lang="en" className="task-en">
        <span className="translation-tag">{t('panel.translation')}</span> {task.en}
      </p>
      <button
        type="button"
        className="link-button read-in-plan"
        onClick={() => openReader(task.section, task.zh)}
      >
        {t('panel.readInPlan')}
      </button>
    </li>
  );
}

/** The sentences of one plan section under a heading naming the section (id and title). */
export function TaskGroup({ section, tasks }: { section: string; tasks: readonly PlanSentence[] }) {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const { sectionsById } = useAtlasIndex();
  const info = sectionsById.get(section);
  const title = info ? pickName(language, info.title_zh, info.title_en)[0] : null;
  return (
    <li className="task-group">
      <h4 className="task-section">
        <span className="section-id">{t('panel.section', { id: section })}</span>
        {title && <span className="section-title-text"> · {title}</span>}
      </h4>
      <ol className="tasks">
        {tasks.map((task, i) => (
          <TaskItem key={i} task={task} />
        ))}
      </ol>
    </li>
  );
}

/** Sentences grouped by section, in plan order. */
export function TaskGroups({ tasks }: { tasks: readonly PlanSentence[] }) {
  return (
    <ol className="task-groups">
      {groupTasksBySection(tasks).map(([section, group]) => (
        <TaskGroup key={section} section={section} tasks={group} />
      ))}
    </ol>
  );
}
