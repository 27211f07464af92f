// The map's twin: every area, grouped by kind, and every link, each a button that selects it (keyboard and no-WebGL
// access).
import { memo, useMemo } from 'react';
import type { Area, AreaKind } from '../data/types';
import { AREA_KINDS } from '../data/areaKinds';
import { useAtlas, useAtlasIndex } from '../store/useAtlas';
import { useT, linkName } from '../i18n/i18n';
import { AreaName } from '../ui/AreaName';
import type { Language } from '../i18n/language';
import { showMapOnPhone } from '../ui/phoneLayout';

export function groupAreasByKind(areas: readonly Area[]): [AreaKind, Area[]][] {
  return AREA_KINDS.map((kind): [AreaKind, Area[]] => [kind, areas.filter((a) => a.kind === kind)]).filter(
    ([, list]) => list.length > 0,
  );
}

/** One area's button; memoised, so a selection re-renders the two items it changes, not the whole list. */
const AreaItem = memo(function AreaItem({
  area,
  current,
  language,
}: {
  area: Area;
  current: boolean;
  language: Language;
}) {
  const selectArea = useAtlas((s) => s.selectArea);
  const hoverArea = useAtlas((s) => s.hoverArea);
  return (
    <li>
      <button
        type="button"
        className="area-button"
        aria-current={current ? 'true' : undefined}
        onClick={() => {
          selectArea(area.id, 'list');
          showMapOnPhone();
        }}
        onMouseEnter={() => hoverArea(area.id)}
        onMouseLeave={() => hoverArea(null)}
        onFocus={() => hoverArea(area.id)}
        onBlur={() => hoverArea(null)}
      >
        <AreaName zh={area.name_zh} en={area.name_en} language={language} />
      </button>
    </li>
  );
});

export function AreaList() {
  const t = useT();
  const { atlas } = useAtlasIndex();
  const language = useAtlas((s) => s.language);
  const selectedId = useAtlas((s) => s.selectedId);
  const selectedLinkId = useAtlas((s) => s.selectedLinkId);
  const selectLink = useAtlas((s) => s.selectLink);
  const { areasById } = useAtlasIndex();
  const groups = useMemo(() => groupAreasByKind(atlas.areas), [atlas]);

  return (
    <nav id="area-list" className="area-list" aria-labelledby="area-list-title">
      <h2 id="area-list-title" className="section-title">
        {t('list.title')} <span className="count">{atlas.areas.length}</span>
      </h2>
      {groups.map(([kind, areas]) => (
        <details key={kind} open className="area-group">
          <summary>
            <span className={`swatch swatch-${kind}`} aria-hidden="true" />
            {t(`kind.${kind}`)} <span className="count">{t('list.count', { n: areas.length })}</span>
          </summary>
          <ul>
            {areas.map((area) => (
              <AreaItem key={area.id} area={area} current={area.id === selectedId} language={language} />
            ))}
          </ul>
        </details>
      ))}
      {atlas.links.length > 0 && (
        <details open className="area-group link-group">
          <summary>
            <span className="swatch swatch-arc" aria-hidden="true" />
            {t('list.links')} <span className="count">{t('list.count', { n: atlas.links.length })}</span>
          </summary>
          <ul>
            {atlas.links.map((link) => (
              <li key={link.id}>
                <button
                  type="button"
                  className="link-list-button"
                  aria-current={link.id === selectedLinkId ? 'true' : undefined}
                  onClick={() => {
                    selectLink(link.id, 'list');
                    showMapOnPhone();
                  }}
                >
                  <span className="name-primary">
                    {linkName(language, areasById.get(link.from), areasById.get(link.to))}
                  </span>{' '}
                  <span className="name-secondary">
                    {t(`layers.${link.kind}`)} · {t('panel.section', { id: link.section })}
                  </span>{' '}
                  <span lang="zh-CN" className="link-list-quote">
                    {link.zh.length > 28 ? `${link.zh.slice(0, 28)}…` : link.zh}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </nav>
  );
}
