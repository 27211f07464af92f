// The planner's area × industry matrix (lazy chunk): plan sentences per cell coloured on a linear blue ramp, rows grouped by
// area kind, columns by industry group, sortable, with totals; rows and map hover each other through the store. Only the
// rows and columns in view (and a margin) are drawn, so opening and scrolling cost the same for any size of atlas.
import {
  memo,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type ReactNode,
  type RefObject,
} from 'react';
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
import { matrixLines, windowOf, type MatrixLine } from './gridWindow';

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

/** Every body line and every column is this tall / wide (matrix.css holds the same figures). */
export const ROW_HEIGHT = 30;
export const COLUMN_WIDTH = 28;
/**
 * Lines and columns drawn beyond each edge of the view, so a scroll or Tab meets cells already drawn. Every drawn line
 * is laid out when the matrix opens: 8 lines (240 px, more than a wheel step) keep that to the view and a little more.
 */
const ROW_MARGIN = 8;
const COLUMN_MARGIN = 24;
/** The view assumed until the scroll box has been measured (and where nothing is laid out). */
const DEFAULT_VIEW = { top: 0, left: 0, height: 720, width: 820, bodyStart: 0 };

/** A run of columns that is not drawn, as one empty cell as wide as they are. */
function ColumnGap({ columns, header }: { columns: number; header?: boolean }) {
  if (columns <= 0) return null;
  const Cell = header ? 'th' : 'td';
  return <Cell aria-hidden="true" className="matrix-gap" style={{ width: columns * COLUMN_WIDTH }} />;
}

interface MatrixRowViewProps {
  row: MatrixRow;
  /** 1-based position among all the table's rows (aria-rowindex). */
  rowIndex: number;
  columns: Matrix['columns'];
  /** The columns drawn. */
  from: number;
  to: number;
  /** Column indexes where an industry group starts (a divider is drawn there). */
  groupStarts: ReadonlySet<number>;
  /** The style of a cell by its count. */
  cellStyles: readonly CSSProperties[];
  language: Language;
  hovered: boolean;
  selected: boolean;
  onPick: (pick: CellPick) => void;
}

/** One area's row; memoised, so a hover or a selection re-renders the rows it changes, not the whole matrix. */
const MatrixRowView = memo(function MatrixRowView({
  row,
  rowIndex,
  columns,
  from,
  to,
  groupStarts,
  cellStyles,
  language,
  hovered,
  selected,
  onPick,
}: MatrixRowViewProps) {
  const t = useT();
  const hoverArea = useAtlas((s) => s.hoverArea);
  const id = row.area.id;
  const name = (zh: string, en: string) => pickName(language, zh, en)[0];
  const cells: ReactNode[] = [];
  // the row's cells are sparse and in column order: walk them alongside the drawn columns
  let next = row.cells.findIndex((c) => c.column >= from);
  if (next < 0) next = row.cells.length;
  for (let j = from; j < to; j++) {
    const cell = row.cells[next]?.column === j ? row.cells[next++] : null;
    const groupStart = groupStarts.has(j);
    if (!cell) {
      cells.push(<td key={j} aria-colindex={j + 2} className={groupStart ? 'group-start' : undefined} />);
      continue;
    }
    const industry = columns[j].industry;
    cells.push(
      <td
        key={j}
        aria-colindex={j + 2}
        className={`matrix-cell${groupStart ? ' group-start' : ''}`}
        style={cellStyles[cell.value]}
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
      </td>,
    );
  }
  return (
    <tr
      data-area-id={id}
      data-hovered={hovered ? 'true' : undefined}
      aria-rowindex={rowIndex}
      className={`${hovered ? 'is-hovered' : ''}${selected ? ' is-selected' : ''}`}
      onMouseEnter={() => hoverArea(id)}
      onMouseLeave={() => hoverArea(null)}
    >
      <th scope="row" className="matrix-rowhead" aria-colindex={1}>
        <AreaName zh={row.area.name_zh} en={row.area.name_en} language={language} />
      </th>
      <ColumnGap columns={from} />
      {cells}
      <ColumnGap columns={columns.length - to} />
      <td className="matrix-total" aria-colindex={columns.length + 2}>
        {row.total}
      </td>
    </tr>
  );
});

/**
 * Where the scroll box is scrolled to, how big it is and where the matrix body starts in it (below the caption and the
 * header), kept up to date on scroll and resize.
 */
function useScrollView(
  scroller: RefObject<HTMLDivElement | null>,
  body: RefObject<HTMLTableSectionElement | null>,
) {
  const [view, setView] = useState(DEFAULT_VIEW);
  useLayoutEffect(() => {
    const box = scroller.current;
    if (!box) return;
    const measure = () => {
      // nothing laid out (no layout engine): keep the assumed view
      if (box.clientHeight === 0 && box.clientWidth === 0) return;
      const bodyStart = body.current
        ? body.current.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop
        : 0;
      const next = {
        top: box.scrollTop,
        left: box.scrollLeft,
        height: box.clientHeight,
        width: box.clientWidth,
        bodyStart,
      };
      setView((v) =>
        (Object.keys(next) as (keyof typeof next)[]).every((k) => v[k] === next[k]) ? v : next,
      );
    };
    measure();
    box.addEventListener('scroll', measure, { passive: true });
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    resize?.observe(box);
    return () => {
      box.removeEventListener('scroll', measure);
      resize?.disconnect();
    };
  }, [scroller, body]);
  return view;
}

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
  const bodyTop = useRef<HTMLTableSectionElement>(null);
  const view = useScrollView(scroller, bodyTop);

  const base = matrixOf(index, onlyFilter ? restriction : null);
  const matrix = useMemo(
    () => (sort === 'kind' ? base : sortRows(base, sort, { lang: language })),
    [base, sort, language],
  );
  const lines = useMemo(() => matrixLines(matrix), [matrix]);
  const lineOfArea = useMemo(
    () => new Map(lines.flatMap((l, i) => ('row' in l ? [[matrix.rows[l.row].area.id, i] as const] : []))),
    [lines, matrix.rows],
  );
  const colour = useMemo(() => cellColorScale(matrix.max), [matrix.max]);
  // one style object per count (0 to the largest): few distinct counts, many cells
  const cellStyles = useMemo(
    () =>
      Array.from({ length: matrix.max + 1 }, (_, value): CSSProperties => {
        const background = colour(value);
        return { background, color: cellTextColor(background) };
      }),
    [colour, matrix.max],
  );
  const groupStarts = useMemo(() => new Set(matrix.columnGroups.map((g) => g.start)), [matrix.columnGroups]);
  const name = (zh: string, en: string) => pickName(language, zh, en)[0];
  const ariaSort = (by: MatrixSort) =>
    sort === by ? (by === 'name' ? 'ascending' : 'descending') : undefined;

  // an area hovered on the map brings its row into view (vertically only, below the sticky header, above the totals)
  useEffect(() => {
    const box = scroller.current;
    const line = hoveredId ? lineOfArea.get(hoveredId) : undefined;
    if (!box || line === undefined || !bodyTop.current) return;
    const head = box.querySelector('thead')?.getBoundingClientRect().height ?? 0;
    const foot = box.querySelector('tfoot')?.getBoundingClientRect().height ?? 0;
    const boxTop = box.getBoundingClientRect().top;
    // the line's top and bottom in the scroll box's content
    const top = bodyTop.current.getBoundingClientRect().top - boxTop + box.scrollTop + line * ROW_HEIGHT;
    const bottom = top + ROW_HEIGHT;
    if (top < box.scrollTop + head) box.scrollTop = top - head;
    else if (bottom > box.scrollTop + box.clientHeight - foot)
      box.scrollTop = bottom - box.clientHeight + foot;
  }, [hoveredId, lineOfArea]);

  // the lines and columns drawn: those in view and a margin (the body starts below the caption and the header)
  const rowSpan = windowOf(view.top - view.bodyStart, view.height, ROW_HEIGHT, lines.length, ROW_MARGIN);
  const colSpan = windowOf(view.left, view.width, COLUMN_WIDTH, matrix.columns.length, COLUMN_MARGIN);
  const { start: from, end: to } = colSpan;
  const drawnColumns = matrix.columns.slice(from, to);
  const hidden = { before: from, after: matrix.columns.length - to };
  /** Cells across a drawn row: the area, the gaps, the drawn columns and the total. */
  const width = 2 + (hidden.before > 0 ? 1 : 0) + (to - from) + (hidden.after > 0 ? 1 : 0);
  // header rows 1–2, body lines from 3, the totals last
  const rowCount = lines.length + 3;

  // the drawn lines, one tbody per kind as in the whole matrix
  const bodies: { key: string; lines: { line: MatrixLine; at: number }[] }[] = [];
  for (let at = rowSpan.start; at < rowSpan.end; at++) {
    const line = lines[at];
    const group = 'group' in line ? line.group : null;
    const kind = 'kind' in line ? line.kind : matrix.rows[(line as { row: number }).row].area.kind;
    const last = bodies[bodies.length - 1];
    if (group === null && last && (matrix.rowGroups.length === 0 || last.key === kind))
      last.lines.push({ line, at });
    else bodies.push({ key: matrix.rowGroups.length === 0 ? 'all' : kind, lines: [{ line, at }] });
  }
  const gapRow = (px: number, key: string, ref?: RefObject<HTMLTableSectionElement | null>) => (
    <tbody key={key} ref={ref} aria-hidden="true" className="matrix-gap-rows">
      <tr>
        <td colSpan={width} style={{ height: px }} />
      </tr>
    </tbody>
  );

  // a column group's header spans its drawn columns only
  const drawnGroups = matrix.columnGroups.flatMap((g) => {
    const start = Math.max(g.start, from);
    const end = Math.min(g.start + g.count, to);
    return end > start ? [{ g, count: end - start }] : [];
  });

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
        <table className="matrix" aria-rowcount={rowCount} aria-colcount={matrix.columns.length + 2}>
          <caption id="matrix-caption">
            {t('matrix.caption', { rows: matrix.rows.length, cols: matrix.columns.length })}
          </caption>
          {/* fixed column widths (matrix.css), so a gap is exactly as wide as the columns it stands for */}
          <colgroup>
            <col className="matrix-col-area" />
            {hidden.before > 0 && <col style={{ width: hidden.before * COLUMN_WIDTH }} />}
            {drawnColumns.map((c) => (
              <col key={c.industry.id} className="matrix-col" />
            ))}
            {hidden.after > 0 && <col style={{ width: hidden.after * COLUMN_WIDTH }} />}
            <col className="matrix-col-total" />
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              <td className="matrix-corner" />
              <ColumnGap columns={hidden.before} />
              {drawnGroups.map(({ g, count }) => (
                <th key={g.group.id} scope="colgroup" colSpan={count} className="matrix-colgroup">
                  {name(g.group.zh, g.group.en)}
                </th>
              ))}
              <ColumnGap columns={hidden.after} />
              <td className="matrix-corner" />
            </tr>
            <tr aria-rowindex={2}>
              <th scope="col" className="matrix-rowhead" aria-sort={ariaSort('name')} aria-colindex={1}>
                <SortButton by="name" current={sort} onSort={setSort}>
                  {t('matrix.area')}
                </SortButton>
              </th>
              <ColumnGap columns={hidden.before} header />
              {drawnColumns.map((c, n) => (
                <th
                  key={c.industry.id}
                  scope="col"
                  className={`matrix-colhead${groupStarts.has(from + n) ? ' group-start' : ''}`}
                  aria-sort={ariaSort(c.industry.id)}
                  aria-colindex={from + n + 2}
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
              <ColumnGap columns={hidden.after} header />
              <th
                scope="col"
                className="matrix-total"
                aria-sort={ariaSort('total')}
                aria-colindex={matrix.columns.length + 2}
              >
                <SortButton by="total" current={sort} onSort={setSort}>
                  {t('matrix.total')}
                </SortButton>
              </th>
            </tr>
          </thead>
          {gapRow(rowSpan.start * ROW_HEIGHT, 'before', bodyTop)}
          {bodies.map((body) => (
            <tbody key={body.key}>
              {body.lines.map(({ line, at }) =>
                'kind' in line ? (
                  <tr key={`kind-${line.kind}`} className="matrix-rowgroup" aria-rowindex={at + 3}>
                    <th scope="rowgroup" colSpan={width}>
                      <span className="matrix-rowgroup-name">{t(`kind.${line.kind}`)}</span>
                    </th>
                  </tr>
                ) : (
                  <MatrixRowView
                    key={matrix.rows[line.row].area.id}
                    row={matrix.rows[line.row]}
                    rowIndex={at + 3}
                    columns={matrix.columns}
                    from={from}
                    to={to}
                    groupStarts={groupStarts}
                    cellStyles={cellStyles}
                    language={language}
                    hovered={hoveredId === matrix.rows[line.row].area.id}
                    selected={selectedId === matrix.rows[line.row].area.id}
                    onPick={setPick}
                  />
                ),
              )}
            </tbody>
          ))}
          {gapRow((lines.length - rowSpan.end) * ROW_HEIGHT, 'after')}
          <tfoot>
            <tr aria-rowindex={rowCount}>
              <th scope="row" className="matrix-rowhead" aria-colindex={1}>
                {t('matrix.total')}
              </th>
              <ColumnGap columns={hidden.before} />
              {drawnColumns.map((c, n) => (
                <td
                  key={c.industry.id}
                  className={`matrix-total${groupStarts.has(from + n) ? ' group-start' : ''}`}
                  aria-colindex={from + n + 2}
                >
                  {c.total}
                </td>
              ))}
              <ColumnGap columns={hidden.after} />
              <td className="matrix-total matrix-grand" aria-colindex={matrix.columns.length + 2}>
                {matrix.total}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      {/* the profiles of the industries drawn (all of them unless the matrix is wider than its view and margin) */}
      <IndustryProfileLinks ids={drawnColumns.map((c) => c.industry.id)} />
    </aside>
  );
}
