// The investor's panel (lazy chunk): industry filter controls, the result list with the plan sentences behind each
// match, and the shortlist export. The map highlights the same results (bindMapToStore).
import { IndustryProfileLinks } from '../PlanQuotes';
import type { FilterResult } from '../../data/industryFilter';
import { selectFilterActive, selectFilterResults } from '../../store/selectors';
import { useAtlas, useAtlasIndex } from '../../store/useAtlas';
import { useT, pickName } from '../../i18n/i18n';
import { AreaName } from '../../ui/AreaName';
import { KindBadge } from '../../ui/KindBadge';
import { FilterControls } from './FilterControls';
import { ExportButtons } from './ExportButtons';
import { ReasonQuote } from './ReasonQuote';
import { PanelHeader } from '../../ui/PanelHeader';

function ResultItem({ result }: { result: FilterResult }) {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const selectArea = useAtlas((s) => s.selectArea);
  const hoverArea = useAtlas((s) => s.hoverArea);
  const hovered = useAtlas((s) => s.hoveredId === result.area.id);
  const { industriesById, fieldsById } = useAtlasIndex();
  const { area, reasons } = result;
  return (
    <li
      className={`result${hovered ? ' is-hovered' : ''}`}
      data-area-id={area.id}
      onMouseEnter={() => hoverArea(area.id)}
      onMouseLeave={() => hoverArea(null)}
    >
      <div className="result-head">
        <button type="button" className="result-name" onClick={() => selectArea(area.id, 'list')}>
          <AreaName zh={area.name_zh} en={area.name_en} language={language} />
        </button>
        <KindBadge kind={area.kind} />
      </div>
      {reasons.length === 0 && (
        <p className="filter-hint">
          {t('filter.noReason', {
            list: result.matchedIndustries
              .map((id) => {
                const i = industriesById.get(id);
                return i ? pickName(language, i.zh, i.en)[0] : id;
              })
              .join(language === 'zh' ? '、' : ', '),
          })}
        </p>
      )}
      <ol className="reasons">
        {reasons.map((r, i) => (
          <li key={`${r.task.section}-${i}`} className="reason">
            <ReasonQuote
              task={r.task}
              industries={[
                ...r.industries.flatMap((id) => industriesById.get(id) ?? []),
                ...r.fields.flatMap((id) => fieldsById.get(id) ?? []),
              ]}
            />
          </li>
        ))}
      </ol>
    </li>
  );
}

export default function FilterPanel() {
  const t = useT();
  const filter = useAtlas((s) => s.filter);
  const clearFilter = useAtlas((s) => s.clearFilter);
  const fitToAreas = useAtlas((s) => s.fitToAreas);
  const active = useAtlas(selectFilterActive);
  const filterIndustries = useAtlas((s) => s.filter.industries);
  const results = useAtlas(selectFilterResults);

  return (
    <aside id="filter-panel" className="side-panel filter-panel" aria-labelledby="filter-title">
      <PanelHeader titleId="filter-title" title={t('panels.filter')} />
      <p className="panel-intro">{t('filter.intro')}</p>
      {active && (
        <p className="filter-jump">
          {/* a button, not a #fragment link: the URL's # holds the map's camera */}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              const heading = document.getElementById('filter-results-title');
              heading?.scrollIntoView({ block: 'start' });
              heading?.focus({ preventScroll: true });
            }}
          >
            {t(results.length === 1 ? 'filter.countOne' : 'filter.count', { n: results.length })} ↓
          </button>
        </p>
      )}
      <FilterControls />
      <IndustryProfileLinks ids={filterIndustries} />
      <section className="filter-results" aria-labelledby="filter-results-title">
        <div className="filter-results-head">
          <h3 id="filter-results-title" tabIndex={-1}>
            {t('filter.results')}
          </h3>
          {active && results.length > 0 && (
            <button
              type="button"
              className="link-button"
              onClick={() => fitToAreas(results.map((r) => r.area.id))}
            >
              {t('filter.fit')}
            </button>
          )}
          {active && (
            <button type="button" className="link-button" onClick={clearFilter}>
              {t('filter.clear')}
            </button>
          )}
        </div>
        <p role="status" className="filter-summary">
          {active
            ? t(results.length === 1 ? 'filter.countOne' : 'filter.count', { n: results.length })
            : t('filter.none')}
        </p>
        {active && results.length === 0 && filter.match === 'all' && (
          <p className="filter-hint">{t('filter.tryAny')}</p>
        )}
        {results.length > 0 && (
          <>
            <ExportButtons results={results} filter={filter} />
            <ol className="result-list">
              {results.map((r) => (
                <ResultItem key={r.area.id} result={r} />
              ))}
            </ol>
          </>
        )}
      </section>
    </aside>
  );
}
