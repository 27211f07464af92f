// The planner's side-by-side of 2–4 areas (lazy chunk): industries shared and unique, similarity, tasks aligned by
// industry, the most similar areas to the selected one, and a printable brief of the comparison.
import { useState, type FormEvent } from 'react';
import type { Area, Task } from '../../data/types';
import { AREA_KINDS } from '../../data/areaKinds';
import { MAX_COMPARE } from '../../store/compareSlice';
import { useAtlas, useAtlasIndex } from '../../store/useAtlas';
import { selectComparison } from '../../store/selectors';
import { useT, pickName } from '../../i18n/i18n';
import { KindBadge } from '../../ui/KindBadge';
import { PrintBriefButton } from '../brief/PrintBriefButton';
import { SimilarAreas } from './SimilarAreas';
import { PanelHeader } from '../../ui/PanelHeader';

/** A compared area's name, as a button that selects it (the task table's column heads, and its cells on a phone). */
function AreaButton({ name, onSelect }: { name: string; onSelect: () => void }) {
  return (
    <button type="button" className="link-button" onClick={onSelect}>
      {name}
    </button>
  );
}

function TaskList({ tasks }: { tasks: readonly Task[] }) {
  const t = useT();
  const language = useAtlas((s) => s.language);
  return (
    <ul className="compare-tasks">
      {tasks.map((task, i) => (
        <li key={`${task.section}-${i}`}>
          <span className="section-id">{t('panel.section', { id: task.section })}</span>{' '}
          <span lang="zh-CN">{task.zh}</span>
          {language === 'en' && (
            <span lang="en" className="task-en">
              {' '}
              <span className="translation-tag">{t('panel.translation')}</span> {task.en}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

function ComparePicker({ areas }: { areas: readonly Area[] }) {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const addToCompare = useAtlas((s) => s.addToCompare);
  const removeFromCompare = useAtlas((s) => s.removeFromCompare);
  const { atlas } = useAtlasIndex();
  // a choice is added with the button, not on change: arrowing through a closed <select> fires change per step
  const [choice, setChoice] = useState('');
  const chosen = new Set(areas.map((a) => a.id));
  const full = areas.length >= MAX_COMPARE;
  const name = (a: Area) => pickName(language, a.name_zh, a.name_en)[0];
  const onAdd = (e: FormEvent) => {
    e.preventDefault();
    if (choice && !chosen.has(choice)) addToCompare(choice);
    setChoice('');
  };
  return (
    <div className="compare-picker">
      <ul className="compare-chosen" aria-label={t('compare.chosen')}>
        {areas.map((a) => (
          <li key={a.id} className="chip chip-removable">
            {name(a)}
            <button
              type="button"
              aria-label={t('compare.removeArea', { area: name(a) })}
              onClick={() => removeFromCompare(a.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form className="compare-add" onSubmit={onAdd}>
        <label htmlFor="compare-add-select">{t('compare.addLabel', { n: MAX_COMPARE })}</label>
        <select
          id="compare-add-select"
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          disabled={full}
        >
          <option value="">{full ? t('compare.full', { n: MAX_COMPARE }) : t('compare.choose')}</option>
          {AREA_KINDS.map((kind) => (
            <optgroup key={kind} label={t(`kind.${kind}`)}>
              {atlas.areas
                .filter((a) => a.kind === kind && !chosen.has(a.id))
                .map((a) => (
                  <option key={a.id} value={a.id}>
                    {name(a)}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        <button type="submit" className="action-button" disabled={full || choice === ''}>
          {t('compare.addButton')}
        </button>
      </form>
    </div>
  );
}

/**
 * Pairs of compared areas on the same ground: an area in a district with the district's own size (中关村科学城 is
 * the whole of 海淀区). Their similarity compares what the plan asks under each name, which a planner should be told.
 */
function sameGround(areas: readonly Area[]): [Area, Area][] {
  return areas.flatMap((a) => {
    const of = areas.find((b) => b.id === a.district && b.id !== a.id);
    const same = of && a.area_km2 && of.area_km2 && Math.abs(a.area_km2 - of.area_km2) <= 0.01 * of.area_km2;
    return same ? [[a, of] as [Area, Area]] : [];
  });
}

export default function ComparePanel() {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const selectedId = useAtlas((s) => s.selectedId);
  const selectArea = useAtlas((s) => s.selectArea);
  const fitToAreas = useAtlas((s) => s.fitToAreas);
  const { industriesById } = useAtlasIndex();
  const comparison = useAtlas(selectComparison);
  const { areas } = comparison;
  const name = (a: Area) => pickName(language, a.name_zh, a.name_en)[0];
  // the area a task cell belongs to, as its column head names it: shown only where the table is stacked into one
  // block per industry and the column heads are not (a panel under 620 px: compare.css)
  const cellArea = (a: Area) => (
    <span className="cell-area">
      <AreaButton name={name(a)} onSelect={() => selectArea(a.id, 'list')} />
    </span>
  );
  // of three or four compared areas, which ones share an industry
  const holdersOf = (industry: string) => {
    const ids = comparison.rows.find((r) => r.industry === industry)?.areas ?? [];
    return areas.filter((a) => ids.includes(a.id));
  };
  const industryName = (id: string) => {
    const i = industriesById.get(id);
    return i ? pickName(language, i.zh, i.en)[0] : id;
  };

  return (
    <aside id="compare-panel" className="side-panel compare-panel" aria-labelledby="compare-title">
      <PanelHeader titleId="compare-title" title={t('panels.compare')} />
      <p className="panel-intro">{t('compare.intro', { n: MAX_COMPARE })}</p>
      <ComparePicker areas={areas} />

      {areas.length < 2 ? (
        <p className="filter-hint">{t('compare.needTwo')}</p>
      ) : (
        <>
          {/* at the top: the comparison below runs to many screens */}
          <div className="action-row">
            <button type="button" className="link-button" onClick={() => fitToAreas(areas.map((a) => a.id))}>
              {t('compare.fit')}
            </button>
            <PrintBriefButton ids={areas.map((a) => a.id)} />
          </div>
          <section className="compare-similarity" aria-labelledby="compare-sim-title">
            <h3 id="compare-sim-title">{t('compare.similarity')}</h3>
            <p className="filter-hint">{t('compare.similarityExplain')}</p>
            {sameGround(areas).map(([whole, of]) => (
              <p key={`${whole.id}|${of.id}`} className="filter-hint compare-same-ground">
                {t('compare.sameGround', { area: name(whole), district: name(of) })}
              </p>
            ))}
            <table className="compare-sim-table">
              <caption className="visually-hidden">{t('compare.similarity')}</caption>
              <thead>
                <tr>
                  <td />
                  {areas.map((a) => (
                    <th key={a.id} scope="col">
                      {name(a)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {areas.map((a, i) => (
                  <tr key={a.id}>
                    <th scope="row">{name(a)}</th>
                    {areas.map((b, j) => (
                      <td key={b.id} data-similarity={`${a.id}|${b.id}`}>
                        {i === j ? '—' : comparison.similarity[i][j].toFixed(2)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>

          <section className="compare-industries" aria-labelledby="compare-ind-title">
            <h3 id="compare-ind-title">{t('compare.industries')}</h3>
            <div className="compare-shared" data-testid="compare-shared">
              <h4>{t('compare.shared')}</h4>
              {comparison.shared.length > 0 ? (
                <ul className="chips">
                  {comparison.shared.map((id) => (
                    <li key={id} className="chip chip-shared">
                      {industryName(id)}
                      {areas.length > 2 && (
                        <span className="chip-holders">
                          {' '}
                          ({holdersOf(id).map(name).join(t('list.separator'))})
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="silent-note">{t('compare.noneShared')}</p>
              )}
            </div>
            <div className="compare-columns">
              {areas.map((a) => (
                <div key={a.id} className="compare-unique" data-area-id={a.id}>
                  <h4>{t('compare.uniqueTo', { area: name(a) })}</h4>
                  {(comparison.unique[a.id] ?? []).length > 0 ? (
                    <ul className="chips">
                      {comparison.unique[a.id].map((id) => (
                        <li key={id} className="chip">
                          {industryName(id)}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="silent-note">{t('compare.noneUnique')}</p>
                  )}
                </div>
              ))}
            </div>
          </section>

          <section className="compare-tasks-section" aria-labelledby="compare-tasks-title">
            <h3 id="compare-tasks-title">{t('compare.tasks')}</h3>
            <div className="compare-scroll" tabIndex={0} role="region" aria-labelledby="compare-tasks-title">
              <table className="compare-table">
                <caption className="visually-hidden">{t('compare.tasksCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('compare.industry')}</th>
                    {areas.map((a) => (
                      <th key={a.id} scope="col">
                        <AreaButton name={name(a)} onSelect={() => selectArea(a.id, 'list')} />{' '}
                        <KindBadge kind={a.kind} />
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {comparison.rows.map((row) => (
                    <tr key={row.industry} className={row.areas.length >= 2 ? 'is-shared' : undefined}>
                      <th scope="row">
                        {industryName(row.industry)}
                        {row.areas.length >= 2 && (
                          <span className="shared-tag">{t('compare.sharedTag')}</span>
                        )}
                      </th>
                      {areas.map((a) =>
                        row.tasks[a.id].length > 0 ? (
                          <td key={a.id}>
                            {cellArea(a)}
                            <TaskList tasks={row.tasks[a.id]} />
                          </td>
                        ) : row.areas.includes(a.id) ? (
                          <td key={a.id} className="compare-empty">
                            {cellArea(a)}
                            {t('compare.listedNoSentence')}
                          </td>
                        ) : (
                          <td key={a.id} className="compare-empty">
                            {cellArea(a)}
                            <span aria-hidden="true">—</span>
                            <span className="visually-hidden">{t('compare.notListed')}</span>
                          </td>
                        ),
                      )}
                    </tr>
                  ))}
                  {areas.some((a) => comparison.untagged[a.id].length > 0) && (
                    <tr>
                      <th scope="row">{t('compare.otherTasks')}</th>
                      {areas.map((a) => (
                        <td key={a.id}>
                          {cellArea(a)}
                          {comparison.untagged[a.id].length > 0 ? (
                            <TaskList tasks={comparison.untagged[a.id]} />
                          ) : (
                            <span className="compare-empty">
                              <span aria-hidden="true">—</span>
                              <span className="visually-hidden">{t('compare.notListed')}</span>
                            </span>
                          )}
                        </td>
                      ))}
                    </tr>
                  )}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}

      {selectedId && <SimilarAreas id={selectedId} />}
    </aside>
  );
}
