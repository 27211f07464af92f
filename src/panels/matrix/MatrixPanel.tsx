// The planner's area × industry matrix (lazy chunk): plan sentences per cell coloured on a linear blue ramp, rows grouped by
// area kind, columns by industry group, sortable, with totals; rows and map hover each other through the store.
import { memo, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Area, Industry, Task } from '../../data/types';
import {
  cellColorScale,
  cellTextColor,
  sortRows,
  type Matrix,
  type MatrixRow,
  type MatrixSort,
} from '../../data/matrix';
import type { Language } from '../../i18n/language';
import { useAtlas, useAtlasIndex } from '../../store/useAtlas';
import { matrixOf, selectMatrixRestriction } from '../../store/selectors';
import { useT, pickName } from '../../i18n/i18n';
import { AreaName } from '../../ui/AreaName';
import { ReasonQuote } from '../filter/ReasonQuote';
import { PanelHeader } from '../../ui/PanelHeader';
import { IndustryProfileLinks } from '../PlanQuotes';

interface CellPick {
  area: Area;
  industry: Industry;
}

function SortButton({
  by,
  current,
  onSort,
  title,
  children,
}: {
  title?: string;
  by: MatrixSort;
  current: MatrixSort;
  onSort: (by: MatrixSort) => void;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={`sort-button${current === by ? ' is-sorted' : ''}`}
      onClick={() => onSort(by)}
      title={title}
    >
      {children}
    </button>
  );
}

function CellSentences({ pick, onClose }: { pick: CellPick; onClose: () => void }) {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const selectArea = useAtlas((s) => s.selectArea);
  const { industriesById } = useAtlasIndex();
  const tasks: Task[] = pick.area.tasks.filter((task) => task.industries?.includes(pick.industry.id));
  const areaName = pickName(language, pick.area.name_zh, pick.area.name_en)[0];
  const industryName = pickName(language, pick.industry.zh, pick.industry.en)[0];
  return (
    <section className="matrix-cell-detail" aria-labelledby="matrix-cell-title" tabIndex={-1}>
      <div className="filter-results-head">
        <h3 id="matrix-cell-title">{t('matrix.cellTitle', { area: areaName, industry: industryName })}</h3>
        <button type="button" className="close-button" onClick={onClose} aria-label={t('panel.close')}>
          ×
        </button>
      </div>
      {tasks.length === 0 ? (
        <p className="silent-note">{t('matrix.cellListedOnly')}</p>
      ) : (
        <ol className="reasons">
          {tasks.map((task, i) => (
            <li key={`${task.section}-${i}`} className="reason">
              <ReasonQuote
                task={task}
                industries={(task.industries ?? []).flatMap((id) => industriesById.get(id) ?? [])}
              />
            </li>
          ))}
        </ol>
      )}
      <button type="button" className="link-button" onClick={() => selectArea(pick.area.id, 'list')}>
        {t('matrix.openArea', { area: areaName })}
      </button>
    </section>
  );
}

interface MatrixRowViewProps {
  row: MatrixRow;
  columns: Matrix['columns'];
  /** Column indexes where an industry group starts (a divider is drawn there). */
  groupStarts: ReadonlySet<number>;
  colour: (value: number) => string;
  language: Language;
  hovered: boolean;
  selected: boolean;
  onPick: (pick: CellPick) => void;
}

/** One area's row; memoised, so a hover or a selection re-renders the rows it changes, not the whole matrix. */
const MatrixRowView = memo(function MatrixRowView({
  row,
  columns,
  groupStarts,
  colour,
  language,
  hovered,
  selected,
  onPick,
}: MatrixRowViewProps) {
  const t = useT();
  const hoverArea = useAtlas((s) => s.hoverArea);
  const id = row.area.id;
  const name = (zh: string, en: string) => pickName(language, zh, en)[0];
  return (
    <tr
      data-area-id={id}
      data-hovered={hovered ? 'true' : undefined}
      className={`${hovered ? 'is-hovered' : ''}${selected ? ' is-selected' : ''}`}
      onMouseEnter={() => hoverArea(id)}
      onMouseLeave={() => hoverArea(null)}
    >
      <th scope="row" className="matrix-rowhead">
        <AreaName zh={row.area.name_zh} en={row.area.name_en} language={language} />
      </th>
      {row.cells.map((cell, j) => {
        const industry = columns[j].industry;
        const groupStart = groupStarts.has(j);
        if (cell.value === 0)
          return <td key={cell.industry} className={groupStart ? 'group-start' : undefined} />;
        const bg = colour(cell.value);
        return (
          <td
            key={cell.industry}
            className={`matrix-cell${groupStart ? ' group-start' : ''}`}
            style={{ background: bg, color: cellTextColor(bg) }}
          >
            <button
              type="button"
              aria-label={t('matrix.cellLabel', {
                area: name(row.area.name_zh, row.area.name_en),
                industry: name(industry.zh, industry.en),
                n: cell.value,
              })}
              onClick={() => onPick({ area: row.area, industry })}
              onFocus={() => hoverArea(id)}
            >
              {cell.value}
            </button>
          </td>
        );
      })}
      <td className="matrix-total">{row.total}</td>
    </tr>
  );
});

export default function MatrixPanel() {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const hoveredId = useAtlas((s) => s.hoveredId);
  const selectedId = useAtlas((s) => s.selectedId);
  const restriction = useAtlas(selectMatrixRestriction);
  const index = useAtlasIndex();
  // while the industry filter is active the matrix shows only its industries and result areas, unless unticked
  const [onlyFilter, setOnlyFilter] = useState(true);
  const [sort, setSort] = useState<MatrixSort>('kind');
  const [pick, setPick] = useState<CellPick | null>(null);
  const scroller = useRef<HTMLDivElement>(null);

  // an area hovered on the map brings its row into view (vertically only, below the sticky header, above the totals)
  useEffect(() => {
    const box = scroller.current;
    if (!box || !hoveredId) return;
    const row = Array.from(box.querySelectorAll<HTMLElement>('tr[data-area-id]')).find(
      (r) => r.dataset.areaId === hoveredId,
    );
    if (!row) return;
    const head = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const foot = box.querySelector('tfoot')?.getBoundingClientRect().height ?? 0;
    const view = box.getBoundingClientRect();
    const r = row.getBoundingClientRect();
    if (r.top < view.top + head) box.scrollTop -= view.top + head - r.top;
    else if (r.bottom > view.bottom - foot) box.scrollTop += r.bottom - (view.bottom - foot);
  }, [hoveredId]);

  const base = matrixOf(index, onlyFilter ? restriction : null);
  const matrix = useMemo(
    () => (sort === 'kind' ? base : sortRows(base, sort, { lang: language })),
    [base, sort, language],
  );
  const colour = useMemo(() => cellColorScale(matrix.max), [matrix.max]);
  const groupStarts = useMemo(() => new Set(matrix.columnGroups.map((g) => g.start)), [matrix.columnGroups]);
  const name = (zh: string, en: string) => pickName(language, zh, en)[0];
  const width = matrix.columns.length + 2;
  const ariaSort = (by: MatrixSort) =>
    sort === by ? (by === 'name' ? 'ascending' : 'descending') : undefined;

  return (
    <aside id="matrix-panel" className="side-panel matrix-panel" aria-labelledby="matrix-title">
      <PanelHeader titleId="matrix-title" title={t('panels.matrix')} />
      <p className="panel-intro">{t('matrix.intro')}</p>
      <div className="matrix-toolbar">
        <span>{t('matrix.sortBy')}</span>
        <SortButton by="kind" current={sort} onSort={setSort}>
          {t('matrix.sortKind')}
        </SortButton>
        <SortButton by="name" current={sort} onSort={setSort}>
          {t('matrix.sortName')}
        </SortButton>
        <SortButton by="total" current={sort} onSort={setSort}>
          {t('matrix.sortTotal')}
        </SortButton>
        <span className="matrix-legend" aria-hidden="true">
          <span className="matrix-legend-cell" style={{ background: colour(1) }} />1
          <span className="matrix-legend-cell" style={{ background: colour(matrix.max) }} />
          {matrix.max}
        </span>
      </div>
      {restriction && (
        <label className="matrix-only-filter">
          <input type="checkbox" checked={onlyFilter} onChange={(e) => setOnlyFilter(e.target.checked)} />{' '}
          {t('matrix.onlyFilter')}
        </label>
      )}
      {pick && <CellSentences pick={pick} onClose={() => setPick(null)} />}
      <div
        ref={scroller}
        className="matrix-scroll"
        tabIndex={0}
        role="region"
        aria-labelledby="matrix-caption"
      >
        <table className="matrix">
          <caption id="matrix-caption">
            {t('matrix.caption', { rows: matrix.rows.length, cols: matrix.columns.length })}
          </caption>
          <thead>
            <tr>
              <td className="matrix-corner" />
              {matrix.columnGroups.map((g) => (
                <th key={g.group.id} scope="colgroup" colSpan={g.count} className="matrix-colgroup">
                  {name(g.group.zh, g.group.en)}
                </th>
              ))}
              <td className="matrix-corner" />
            </tr>
            <tr>
              <th scope="col" className="matrix-rowhead" aria-sort={ariaSort('name')}>
                <SortButton by="name" current={sort} onSort={setSort}>
                  {t('matrix.area')}
                </SortButton>
              </th>
              {matrix.columns.map((c, j) => (
                <th
                  key={c.industry.id}
                  scope="col"
                  className={`matrix-colhead${groupStarts.has(j) ? ' group-start' : ''}`}
                  aria-sort={ariaSort(c.industry.id)}
                >
                  <SortButton
                    by={c.industry.id}
                    current={sort}
                    onSort={setSort}
                    title={name(c.industry.zh, c.industry.en)}
                  >
                    {name(c.industry.zh, c.industry.en)}
                  </SortButton>
                </th>
              ))}
              <th scope="col" className="matrix-total" aria-sort={ariaSort('total')}>
                <SortButton by="total" current={sort} onSort={setSort}>
                  {t('matrix.total')}
                </SortButton>
              </th>
            </tr>
          </thead>
          {(matrix.rowGroups.length > 0
            ? matrix.rowGroups
            : [{ kind: null, start: 0, count: matrix.rows.length }]
          ).map((g) => (
            <tbody key={g.kind ?? 'all'}>
              {g.kind && (
                <tr className="matrix-rowgroup">
                  <th scope="rowgroup" colSpan={width}>
                    <span className="matrix-rowgroup-name">{t(`kind.${g.kind}`)}</span>
                  </th>
                </tr>
              )}
              {matrix.rows.slice(g.start, g.start + g.count).map((row) => (
                <MatrixRowView
                  key={row.area.id}
                  row={row}
                  columns={matrix.columns}
                  groupStarts={groupStarts}
                  colour={colour}
                  language={language}
                  hovered={hoveredId === row.area.id}
                  selected={selectedId === row.area.id}
                  onPick={setPick}
                />
              ))}
            </tbody>
          ))}
          <tfoot>
            <tr>
              <th scope="row" className="matrix-rowhead">
                {t('matrix.total')}
              </th>
              {matrix.columns.map((c, j) => (
                <td key={c.industry.id} className={`matrix-total${groupStarts.has(j) ? ' group-start' : ''}`}>
                  {c.total}
                </td>
              ))}
              <td className="matrix-total matrix-grand">{matrix.total}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="filter-hint">{t('matrix.note')}</p>
      <IndustryProfileLinks ids={matrix.columns.map((c) => c.industry.id)} />
    </aside>
  );
}
