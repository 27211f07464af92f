// The one-page printable brief of an area (one id) or a comparison (2–4 ids): title, date, plan source with a short
// sha256, a locator map (one area), industries, and the plan's tasks, every sentence whole, with section ids (English
// marked as our translation).
import type { Area } from '../../data/types';
import { compareAreas } from '../../data/similarity';
import { useAtlas, useAtlasIndex } from '../../store/useAtlas';
import { useT, pickName } from '../../i18n/i18n';
import { BriefLocator } from './BriefLocator';

/** Short form of the plan file's sha256, enough to tell versions apart on paper. */
export const shortSha = (sha: string) => sha.slice(0, 12);

function BriefArea({ area }: { area: Area }) {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const { industriesById } = useAtlasIndex();
  const [first, second] = pickName(language, area.name_zh, area.name_en);
  const colon = language === 'zh' ? '：' : ': ';
  return (
    <section className="brief-area">
      <h2>
        {first} <span className="brief-secondary">{second}</span>
      </h2>
      <p className="brief-kind">{t(`kind.${area.kind}`)}</p>
      <p>
        <strong>
          {t('panel.industries')}
          {colon}
        </strong>
        {area.industries.length > 0
          ? area.industries
              .map((id) => {
                const i = industriesById.get(id);
                return i ? pickName(language, i.zh, i.en)[0] : id;
              })
              .join(language === 'zh' ? '、' : ', ')
          : t('brief.noIndustries')}
      </p>
      <h3>{t('panel.tasks')}</h3>
      {area.tasks.length === 0 ? (
        <p>{area.plan_silent ? t('panel.silent') : t('panel.noTasks')}</p>
      ) : (
        <ol className="brief-tasks">
          {area.tasks.map((task, i) => (
            <li key={`${task.section}-${i}`}>
              <span className="brief-section">{t('panel.section', { id: task.section })}</span>
              <span lang="zh-CN" className="brief-zh">
                {task.zh}
              </span>
              <span lang="en" className="brief-en">
                <em>{t('brief.translation')}</em> {task.en}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function Brief({ ids, date = new Date() }: { ids: readonly string[]; date?: Date }) {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const { atlas, industriesById } = useAtlasIndex();
  const comparison = compareAreas(atlas, ids);
  const areas = comparison.areas;
  if (areas.length === 0) return null;
  const names = areas.map((a) => pickName(language, a.name_zh, a.name_en)[0]);
  const industryName = (id: string) => {
    const i = industriesById.get(id);
    return i ? pickName(language, i.zh, i.en)[0] : id;
  };
  const sep = language === 'zh' ? '、' : ', ';
  const colon = language === 'zh' ? '：' : ': ';
  const dateText = new Intl.DateTimeFormat(language === 'zh' ? 'zh-CN' : 'en', { dateStyle: 'long' }).format(
    date,
  );
  return (
    <article
      className={`print-brief${areas.length > 1 ? ' print-brief-compare' : ''}`}
      data-brief-ids={areas.map((a) => a.id).join(',')}
    >
      <header className="brief-header">
        {areas.length === 1 && areas[0].kind !== 'jjj' && areas[0].kind !== 'national' && (
          <BriefLocator area={areas[0]} name={names[0]} />
        )}
        <p className="brief-app">{t('app.title')}</p>
        <h1>{areas.length === 1 ? names[0] : t('brief.compareTitle', { names: names.join(' · ') })}</h1>
        <p className="brief-meta">
          {t('brief.date', { date: dateText })}
          <br />
          {t('brief.source', { title: atlas.source.title, sha: shortSha(atlas.source.sha256) })}
        </p>
      </header>
      {areas.length > 1 && (
        <section className="brief-comparison">
          <h2>{t('compare.similarity')}</h2>
          <p className="brief-note">{t('compare.similarityExplain')}</p>
          <ul>
            {areas.flatMap((a, i) =>
              areas.slice(i + 1).map((b, j) => (
                <li key={`${a.id}-${b.id}`}>
                  {names[i]} — {names[i + 1 + j]}: {comparison.similarity[i][i + 1 + j].toFixed(2)}
                </li>
              )),
            )}
          </ul>
          <p>
            <strong>
              {t('compare.shared')}
              {colon}
            </strong>
            {comparison.shared.length > 0
              ? comparison.shared.map(industryName).join(sep)
              : t('compare.noneShared')}
          </p>
          {areas.map((a, i) => (
            <p key={a.id}>
              <strong>
                {t('compare.uniqueTo', { area: names[i] })}
                {colon}
              </strong>
              {(comparison.unique[a.id] ?? []).length > 0
                ? comparison.unique[a.id].map(industryName).join(sep)
                : t('compare.noneUnique')}
            </p>
          ))}
        </section>
      )}
      {areas.map((a) => (
        <BriefArea key={a.id} area={a} />
      ))}
      <footer className="brief-footer">{t('brief.footer')}</footer>
    </article>
  );
}
