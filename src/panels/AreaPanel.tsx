// Side panel of the selected area: names, kind, how it is drawn (and from what), size, relations, industries, tasks.
import { useEffect, useMemo, useRef } from 'react';
import { standInsFor } from '../data/standIns';
import { useAtlas, useAtlasIndex } from '../store/useAtlas';
import { useT, pickName, numberFormat, AREA_DIGITS } from '../i18n/i18n';
import { AreaName } from '../ui/AreaName';
import { KindBadge } from '../ui/KindBadge';
import { AreaCompareSection } from './compare/AreaCompareSection';
import { AreaLink, TaskGroups } from './PlanQuotes';

export { groupTasksBySection } from './PlanQuotes';

/** A field of an industry as a chip: a click filters the map by it and opens the filter panel. */
function FieldChip({ id, name }: { id: string; name: string }) {
  const t = useT();
  const openPanel = useAtlas((s) => s.openPanel);
  const setFields = useAtlas((s) => s.setFields);
  return (
    <button
      type="button"
      className="chip chip-button chip-field"
      title={t('panel.filterBy', { name })}
      onClick={() => {
        setFields([id]);
        openPanel('filter');
      }}
    >
      {name}
    </button>
  );
}

/**
 * A focus industry as a chip (a click filters the map by it and opens the industry's profile), followed by the
 * plan's specific fields of it that this area's sentences name.
 */
function IndustryChip({ id, fieldIds }: { id: string; fieldIds: readonly string[] }) {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const setIndustries = useAtlas((s) => s.setIndustries);
  const openIndustry = useAtlas((s) => s.openIndustry);
  const { industriesById, fieldsById } = useAtlasIndex();
  const industry = industriesById.get(id);
  const name = industry ? pickName(language, industry.zh, industry.en)[0] : id;
  const fields = fieldIds.flatMap((f) => fieldsById.get(f) ?? []).filter((f) => f.industry === id);
  return (
    <li className={fields.length > 0 ? 'industry-with-fields' : undefined}>
      <button
        type="button"
        className="chip chip-button"
        title={`${t('industry.profiles')} ${name}`}
        onClick={() => {
          setIndustries([id]);
          openIndustry(id);
        }}
      >
        {name}
      </button>
      {fields.length > 0 && (
        <ul className="field-chips">
          {fields.map((f) => (
            <li key={f.id}>
              <FieldChip id={f.id} name={pickName(language, f.zh, f.en)[0]} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function AreaPanel() {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const selectedId = useAtlas((s) => s.selectedId);
  const origin = useAtlas((s) => s.selectionOrigin);
  const request = useAtlas((s) => s.selectionRequest);
  const clearSelection = useAtlas((s) => s.clearSelection);
  const candidates = useAtlas((s) => s.pickCandidates);
  const selectArea = useAtlas((s) => s.selectArea);
  const index = useAtlasIndex();
  const { atlas, areasById, childrenById, linksById } = index;
  const heading = useRef<HTMLHeadingElement>(null);
  const area = selectedId ? areasById.get(selectedId) : undefined;
  const standIns = useMemo(
    () => (selectedId ? standInsFor(index, selectedId) : { ids: [], reason: null }),
    [index, selectedId],
  );
  const alsoHere = candidates.filter((id) => id !== selectedId).flatMap((id) => areasById.get(id) ?? []);

  // a pick from the list moves keyboard focus to the panel; a map click leaves focus where it is
  useEffect(() => {
    if (area && origin === 'list') heading.current?.focus();
  }, [area, origin, request]);

  if (!area) return null;
  // the place's own sentences first; those only partly about it (shared, another place's task …) after them
  const ownTasks = area.tasks.filter((task) => task.scope !== 'partial');
  const partialTasks = area.tasks.filter((task) => task.scope === 'partial');
  const parent = area.parent ? areasById.get(area.parent) : undefined;
  const district = area.district && area.district !== area.id ? areasById.get(area.district) : undefined;
  const children = childrenById.get(area.id) ?? [];
  const links = linksById.get(area.id) ?? [];
  // our own notes in the interface's language (an older atlas without Chinese falls back to the English)
  const source = (language === 'zh' && area.geometry_source_zh) || area.geometry_source;
  const note =
    language === 'zh' && area.description_zh
      ? { text: area.description_zh, lang: 'zh-CN' }
      : area.description_en
        ? { text: area.description_en, lang: 'en' }
        : null;
  const areaFormat = numberFormat(language, AREA_DIGITS);

  return (
    <aside id="area-panel" className="area-panel" aria-label={t('panel.label')}>
      <header className="panel-header">
        <KindBadge kind={area.kind} />
        <button type="button" className="close-button" onClick={clearSelection} aria-label={t('panel.close')}>
          ×
        </button>
      </header>
      <h2 ref={heading} tabIndex={-1} className="panel-title">
        <AreaName zh={area.name_zh} en={area.name_en} language={language} />
      </h2>

      {alsoHere.length > 0 && (
        <div className="also-here">
          <span id="panel-also-here">{t('panel.alsoHere')}</span>
          <ul className="inline-list" aria-labelledby="panel-also-here">
            {alsoHere.map((other) => (
              <li key={other.id}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    // the same map click, another of the areas under it: the camera stays, the panel keeps focus
                    selectArea(other.id, 'map', candidates);
                    heading.current?.focus();
                  }}
                >
                  {pickName(language, other.name_zh, other.name_en)[0]}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      <dl className="facts">
        <dt>{t('panel.geometry')}</dt>
        <dd>
          <span className={`geometry geometry-${area.geometry}`}>{t(`panel.geometry.${area.geometry}`)}</span>
          {/* the data file and its processing: for the reader who asks, folded away from the one who does not */}
          {source && (
            <details className="geometry-source">
              <summary>{t('panel.sourceSummary')}</summary>
              {t('panel.source', { source })}
            </details>
          )}
          {standIns.reason && (
            <span className="standin-note">
              {standIns.reason === 'parts'
                ? t('panel.standin.parts')
                : t('panel.standin.host', {
                    name: (() => {
                      const host = areasById.get(standIns.ids[0]);
                      return host ? pickName(language, host.name_zh, host.name_en)[0] : '';
                    })(),
                  })}
            </span>
          )}
        </dd>
        {area.area_km2 !== null && (
          <>
            <dt>{t('panel.area')}</dt>
            <dd>{t('panel.areaValue', { n: areaFormat.format(area.area_km2) })}</dd>
          </>
        )}
        {district && (
          <>
            <dt>{t('panel.district')}</dt>
            <dd>
              <AreaLink area={district} />
            </dd>
          </>
        )}
        {parent && (
          <>
            <dt>{t('panel.parent')}</dt>
            <dd>
              <AreaLink area={parent} />
            </dd>
          </>
        )}
        {children.length > 0 && (
          <>
            <dt>{t('panel.children')}</dt>
            <dd>
              <ul className="inline-list">
                {children.map((child) => (
                  <li key={child.id}>
                    <AreaLink area={child} />
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>

      {area.industries.length > 0 && (
        <section aria-labelledby="panel-industries">
          <h3 id="panel-industries">{t('panel.industries')}</h3>
          <ul className="chips">
            {area.industries.map((id) => (
              <IndustryChip key={id} id={id} fieldIds={area.fields ?? []} />
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="panel-tasks">
        <h3 id="panel-tasks">{t('panel.tasks')}</h3>
        {area.tasks.length > 0 ? (
          <>
            {ownTasks.length > 0 && <TaskGroups tasks={ownTasks} />}
            {partialTasks.length > 0 && (
              <>
                <h4 className="partial-heading">{t('panel.partialTasks')}</h4>
                <TaskGroups tasks={partialTasks} />
              </>
            )}
          </>
        ) : (
          <p className="silent-note">{area.plan_silent ? t('panel.silent') : t('panel.noTasks')}</p>
        )}
        {note && (
          <div className="our-note">
            <p className="our-note-label">{t('panel.ourNote')}</p>
            <p lang={note.lang}>{note.text}</p>
          </div>
        )}
      </section>

      {links.length > 0 && (
        <section aria-labelledby="panel-links">
          <h3 id="panel-links">{t('panel.links')}</h3>
          <ul className="links">
            {links.map((link) => {
              const other = areasById.get(link.from === area.id ? link.to : link.from);
              return (
                <li key={link.id}>
                  {other && <AreaLink area={other} />}
                  <span className="section-id">{t('panel.section', { id: link.section })}</span>
                  <span lang="zh-CN" className="link-zh">
                    {link.zh}
                  </span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <p className="plan-source">
        {t('panel.planSource')} <cite lang="zh-CN">{atlas.source.title}</cite>
      </p>
      <AreaCompareSection id={area.id} />
    </aside>
  );
}
