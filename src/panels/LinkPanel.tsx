// Side panel of the selected link: its two ends (each selects that area), its kind and the plan's sentence behind
// it, quoted verbatim with its section, the English marked as a translation; other sentences on the same two places.
import { useEffect, useRef } from 'react';
import { useAtlas, useAtlasIndex } from '../store/useAtlas';
import { useT, linkName } from '../i18n/i18n';
import { AreaLink, TaskGroups } from './PlanQuotes';

export function LinkPanel() {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const selectedLinkId = useAtlas((s) => s.selectedLinkId);
  const origin = useAtlas((s) => s.selectionOrigin);
  const request = useAtlas((s) => s.selectionRequest);
  const clearSelection = useAtlas((s) => s.clearSelection);
  const { atlas, areasById } = useAtlasIndex();
  const heading = useRef<HTMLHeadingElement>(null);
  const link = selectedLinkId ? atlas.links.find((l) => l.id === selectedLinkId) : undefined;

  // a pick from the list moves keyboard focus to the panel; a map click leaves focus where it is
  useEffect(() => {
    if (link && origin === 'list') heading.current?.focus();
  }, [link, origin, request]);

  // Escape closes the link (unless something else, the search box say, has used the key)
  useEffect(() => {
    if (!link) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) clearSelection();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [link, clearSelection]);

  if (!link) return null;
  const from = areasById.get(link.from);
  const to = areasById.get(link.to);
  const sameEnds = atlas.links.filter(
    (l) =>
      l.id !== link.id &&
      ((l.from === link.from && l.to === link.to) || (l.from === link.to && l.to === link.from)),
  );
  const kind = t(`layers.${link.kind}`);

  return (
    <aside id="link-panel" className="area-panel link-panel" aria-label={t('link.label')}>
      <header className="panel-header">
        <span className={`badge badge-link badge-link-${link.kind}`}>{kind}</span>
        <button type="button" className="close-button" onClick={clearSelection} aria-label={t('panel.close')}>
          ×
        </button>
      </header>
      <h2 ref={heading} tabIndex={-1} className="panel-title">
        {linkName(language, from, to)}
      </h2>

      <dl className="facts">
        <dt>{t('link.kind')}</dt>
        <dd>{kind}</dd>
        <dt>{t('link.ends')}</dt>
        <dd>
          <ul className="inline-list">
            {[from, to].map((end, i) => (end ? <li key={i}>{<AreaLink area={end} />}</li> : null))}
          </ul>
        </dd>
      </dl>

      <section aria-labelledby="link-sentence">
        <h3 id="link-sentence">{t('link.sentence')}</h3>
        <TaskGroups tasks={[link]} />
      </section>

      {sameEnds.length > 0 && (
        <section aria-labelledby="link-same-ends">
          <h3 id="link-same-ends">{t('link.sameEnds')}</h3>
          <TaskGroups tasks={sameEnds} />
        </section>
      )}
      <p className="plan-source">
        {t('panel.planSource')} <cite lang="zh-CN">{atlas.source.title}</cite>
      </p>
    </aside>
  );
}
