// Side panel of the selected area: names, kind, how it is drawn (and from what), size, relations, industries, tasks.
import { useEffect, useRef } from 'react';
import type { Area, Task } from '../data/types';
import { useAtlas } from '../store/useAtlas';
import { useT, pickName } from '../i18n/i18n';
import { useAtlasIndex } from '../app/atlasData';
import { AreaName } from '../ui/AreaName';
import { KindBadge } from '../ui/KindBadge';

function AreaLink({ area }: { area: Area }) {
  const language = useAtlas((s) => s.language);
  const selectArea = useAtlas((s) => s.selectArea);
  return (
    <button type="button" className="link-button" onClick={() => selectArea(area.id, 'list')}>
      {pickName(language, area.name_zh, area.name_en)[0]}
    </button>
  );
}

function TaskItem({ task }: { task: Task }) {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const { sectionsById } = useAtlasIndex();
  const section = sectionsById.get(task.section);
  const sectionTitle = section ? pickName(language, section.title_zh, section.title_en)[0] : null;
  return (
    <li className="task">
      <p className="task-section">
        <span className="section-id">{t('panel.section', { id: task.section })}</span>
        {sectionTitle && <span className="section-title-text"> · {sectionTitle}</span>}
      </p>
      <blockquote lang="zh-CN" className="task-zh">
        {task.zh}
      </blockquote>
      <p lang="en" className="task-en">
        <span className="translation-tag">{t('panel.translation')}</span> {task.en}
      </p>
    </li>
  );
}

export function AreaPanel() {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const selectedId = useAtlas((s) => s.selectedId);
  const origin = useAtlas((s) => s.selectionOrigin);
  const clearSelection = useAtlas((s) => s.clearSelection);
  const { areasById, childrenById, linksById, industriesById } = useAtlasIndex();
  const heading = useRef<HTMLHeadingElement>(null);
  const area = selectedId ? areasById.get(selectedId) : undefined;

  // a pick from the list moves keyboard focus to the panel; a map click leaves focus where it is
  useEffect(() => {
    if (area && origin === 'list') heading.current?.focus();
  }, [area, origin]);

  if (!area) return null;
  const parent = area.parent ? areasById.get(area.parent) : undefined;
  const district = area.district && area.district !== area.id ? areasById.get(area.district) : undefined;
  const children = childrenById.get(area.id) ?? [];
  const links = linksById.get(area.id) ?? [];
  const numberFormat = new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en', {
    maximumFractionDigits: 1,
  });

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

      <dl className="facts">
        <dt>{t('panel.geometry')}</dt>
        <dd>
          <span className={`geometry geometry-${area.geometry}`}>{t(`panel.geometry.${area.geometry}`)}</span>
          {area.geometry_source && (
            <span className="geometry-source">{t('panel.source', { source: area.geometry_source })}</span>
          )}
        </dd>
        {area.area_km2 !== null && (
          <>
            <dt>{t('panel.area')}</dt>
            <dd>{t('panel.areaValue', { n: numberFormat.format(area.area_km2) })}</dd>
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
            {area.industries.map((id) => {
              const industry = industriesById.get(id);
              return (
                <li key={id} className="chip">
                  {industry ? pickName(language, industry.zh, industry.en)[0] : id}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <section aria-labelledby="panel-tasks">
        <h3 id="panel-tasks">{t('panel.tasks')}</h3>
        {area.tasks.length > 0 ? (
          <ol className="tasks">
            {area.tasks.map((task, i) => (
              <TaskItem key={`${task.section}-${i}`} task={task} />
            ))}
          </ol>
        ) : (
          <p className="silent-note">{area.plan_silent ? t('panel.silent') : t('panel.noTasks')}</p>
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
    </aside>
  );
}
