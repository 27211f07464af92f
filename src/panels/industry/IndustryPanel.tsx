// The industry panel: where in Beijing the plan puts an industry — each place with the sentences that tie
// it there — and what the plan says about it city-wide, every sentence verbatim with its section and translation.
// Opened without an industry, it lists them all by group, each a way into its profile.
import { useMemo } from 'react';
import { industryProfile } from '../../data/industryProfile';
import { pickName, useT } from '../../i18n/i18n';
import { useAtlas, useAtlasIndex } from '../../store/useAtlas';
import { PanelHeader } from '../../ui/PanelHeader';
import { AreaLink, TaskGroups } from '../PlanQuotes';

export default function IndustryPanel() {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const industryId = useAtlas((s) => s.profileIndustry);
  const openIndustry = useAtlas((s) => s.openIndustry);
  const setIndustries = useAtlas((s) => s.setIndustries);
  const openPanel = useAtlas((s) => s.openPanel);
  const { atlas, industriesById, groupsById } = useAtlasIndex();
  const industry = industryId ? industriesById.get(industryId) : undefined;
  const profile = useMemo(() => (industry ? industryProfile(atlas, industry.id) : null), [atlas, industry]);
  const [name, other] = industry ? pickName(language, industry.zh, industry.en) : [t('panels.industry'), ''];
  const group = industry ? groupsById.get(industry.group) : undefined;

  return (
    <aside id="industry-panel" className="side-panel industry-panel" aria-labelledby="industry-title">
      <PanelHeader titleId="industry-title" title={name} focusable />
      <label className="industry-pick">
        {t('panels.industry')}{' '}
        <select value={industry?.id ?? ''} onChange={(e) => openIndustry(e.target.value)}>
          <option value="">—</option>
          {atlas.industries.map((i) => (
            <option key={i.id} value={i.id}>
              {pickName(language, i.zh, i.en)[0]}
            </option>
          ))}
        </select>
      </label>
      {!industry && (
        <>
          <p className="panel-intro">{t('industry.pickHint')}</p>
          {atlas.industry_groups
            .filter((g) => atlas.industries.some((i) => i.group === g.id))
            .map((g) => (
              <section key={g.id} aria-labelledby={`industry-group-${g.id}`} className="industry-index">
                <h3 id={`industry-group-${g.id}`}>{pickName(language, g.zh, g.en)[0]}</h3>
                <ul className="chips">
                  {atlas.industries
                    .filter((i) => i.group === g.id)
                    .map((i) => (
                      <li key={i.id}>
                        <button type="button" className="chip chip-button" onClick={() => openIndustry(i.id)}>
                          {pickName(language, i.zh, i.en)[0]}
                        </button>
                      </li>
                    ))}
                </ul>
              </section>
            ))}
        </>
      )}
      {industry && profile && (
        <>
          <p className="panel-intro">
            <span className="name-secondary" lang={language === 'zh' ? 'en' : 'zh-CN'}>
              {other}
            </span>
            {group && <> · {pickName(language, group.zh, group.en)[0]}</>}
          </p>
          <p className="industry-counts">
            {t('industry.counts', { places: profile.places.length, sentences: profile.statements.length })}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setIndustries([industry.id]);
                openPanel('filter');
              }}
            >
              {t('industry.showOnMap')}
            </button>
          </p>
          {profile.fields.length > 0 && (
            <section aria-labelledby="industry-fields">
              <h3 id="industry-fields">{t('industry.fields')}</h3>
              <ul className="chips">
                {profile.fields.map((f) => (
                  <li key={f} className="chip">
                    {f}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="industry-places">
            <h3 id="industry-places">{t('industry.places')}</h3>
            {profile.places.length > 0 ? (
              <ul className="industry-places">
                {profile.places.map(({ area, tasks }) => (
                  <li key={area.id} data-area={area.id}>
                    <h4>
                      <AreaLink area={area} />
                    </h4>
                    {tasks.length > 0 ? (
                      <TaskGroups tasks={tasks} />
                    ) : (
                      <p className="plan-silent">{t('industry.focusOnly')}</p>
                    )}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="plan-silent">{t('industry.silent')}</p>
            )}
          </section>
          <section aria-labelledby="industry-citywide">
            <h3 id="industry-citywide">{t('industry.cityWide')}</h3>
            {profile.statements.length > 0 ? (
              <TaskGroups tasks={profile.statements} />
            ) : (
              <p className="plan-silent">{t('industry.silent')}</p>
            )}
          </section>
        </>
      )}
    </aside>
  );
}
