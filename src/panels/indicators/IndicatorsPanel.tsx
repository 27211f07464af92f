// The 2025 targets panel (lazy chunk): each indicator with comparator, value and unit, its baseline where the plan
// gives one, related figures, and the plan's own words with a button that opens the reader at that sentence.
import type { Goal, Indicator } from '../../data/types';
import { useAtlas, useAtlasIndex } from '../../store/useAtlas';
import { useT, pickName, numberFormat, INDICATOR_DIGITS } from '../../i18n/i18n';
import { PanelHeader } from '../../ui/PanelHeader';

/** A quote of the plan; `excerpt` says it is part of a sentence (the figure), not the whole sentence. */
function QuoteLine({ section, quote, excerpt }: { section: string; quote: string; excerpt?: boolean }) {
  const t = useT();
  const openReader = useAtlas((s) => s.openReader);
  return (
    <div className="indicator-quote">
      <blockquote lang="zh-CN">{quote}</blockquote>
      <p className="indicator-quote-source">
        {excerpt && <span className="translation-tag quote-excerpt">{t('indicators.excerpt')}</span>}{' '}
        <span className="section-id">{t('panel.section', { id: section })}</span>{' '}
        <button type="button" className="link-button read-in-plan" onClick={() => openReader(section, quote)}>
          {t('panel.readInPlan')}
        </button>
      </p>
    </div>
  );
}

function IndicatorItem({ indicator }: { indicator: Indicator }) {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const [name, other] = pickName(language, indicator.zh, indicator.en);
  const number = numberFormat(language, INDICATOR_DIGITS);
  const unit = language === 'en' && indicator.unit_en ? indicator.unit_en : indicator.unit;
  return (
    <li className="indicator" data-indicator={indicator.id}>
      <h3 className="indicator-name">
        <span lang={language === 'zh' ? 'zh-CN' : 'en'}>{name}</span>{' '}
        <span className="name-secondary" lang={language === 'zh' ? 'en' : 'zh-CN'}>
          {other}
        </span>
      </h3>
      <p className="indicator-target">
        <span className="indicator-label">{t('indicators.target2025')}</span>{' '}
        <strong>
          {t(`indicators.comparator.${indicator.comparator}`)} {number.format(indicator.value)} {unit}
        </strong>
      </p>
      {indicator.baseline && (
        <p className="indicator-baseline">
          <span className="indicator-label">
            {t('indicators.baseline', { year: indicator.baseline.year })}
          </span>{' '}
          {number.format(indicator.baseline.value)}{' '}
          {language === 'en' && indicator.baseline.unit === indicator.unit && indicator.unit_en
            ? indicator.unit_en
            : indicator.baseline.unit}
        </p>
      )}
      <QuoteLine section={indicator.section} quote={indicator.quote} excerpt={indicator.excerpt} />
      {indicator.baseline && (
        <QuoteLine
          section={indicator.baseline.section}
          quote={indicator.baseline.quote}
          excerpt={indicator.baseline.excerpt}
        />
      )}
      {(indicator.context ?? []).map((c) => (
        <div key={c.quote} className="indicator-context">
          <p lang={language === 'zh' && c.zh ? 'zh-CN' : 'en'}>
            <span className="translation-tag">{t('indicators.contextTag')}</span>{' '}
            {language === 'zh' && c.zh ? c.zh : c.en}
          </p>
          <QuoteLine section={c.section} quote={c.quote} excerpt={c.excerpt} />
        </div>
      ))}
    </li>
  );
}

/** The plan's goals in words, or where it says Beijing stood: each sentence verbatim with our translation. */
function GoalList({
  goals,
  titleKey,
}: {
  goals: readonly Goal[];
  titleKey: 'indicators.goals' | 'indicators.status';
}) {
  const t = useT();
  const language = useAtlas((s) => s.language);
  if (goals.length === 0) return null;
  return (
    <section className="indicator-goals" aria-labelledby={`${titleKey}-title`}>
      <h3 id={`${titleKey}-title`}>{t(titleKey)}</h3>
      <ol className="indicators">
        {goals.map((g) => (
          <li key={g.id} className="indicator" data-goal={g.id}>
            <QuoteLine section={g.section} quote={g.zh} />
            {language === 'en' && (
              <p lang="en" className="task-en">
                <span className="translation-tag">{t('panel.translation')}</span> {g.en}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

export default function IndicatorsPanel() {
  const t = useT();
  const { atlas } = useAtlasIndex();
  const goals = atlas.goals ?? [];
  return (
    <aside id="indicators-panel" className="side-panel indicators-panel" aria-labelledby="indicators-title">
      <PanelHeader titleId="indicators-title" title={t('indicators.title')} focusable />
      <p className="panel-intro">{t('indicators.intro')}</p>
      <ol className="indicators">
        {atlas.indicators.map((indicator) => (
          <IndicatorItem key={indicator.id} indicator={indicator} />
        ))}
      </ol>
      <p className="filter-hint">{t('indicators.noTable')}</p>
      <GoalList goals={goals.filter((g) => g.kind === 'goal')} titleKey="indicators.goals" />
      <GoalList goals={goals.filter((g) => g.kind === 'status')} titleKey="indicators.status" />
      <p className="plan-source">
        {t('panel.planSource')} <cite lang="zh-CN">{atlas.source.title}</cite>
      </p>
    </aside>
  );
}
