// Renders the open side panel from the registry (src/app/panels.ts) and the switcher buttons that open the others.
import { Suspense } from 'react';
import { useAtlas } from '../store/useAtlas';
import { useT } from '../i18n/i18n';
import { PANELS, panelEntry } from './panels';
import '../styles/explore.css';

/** Toolbar of panel buttons (aria-pressed shows which one is open); a second press closes it. */
export function PanelSwitcher() {
  const t = useT();
  const panel = useAtlas((s) => s.panel);
  const togglePanel = useAtlas((s) => s.togglePanel);
  return (
    <nav className="panel-switcher" aria-label={t('panels.label')}>
      {PANELS.filter((p) => p.inSwitcher).map((p) => (
        <button
          key={p.id}
          type="button"
          aria-pressed={panel === p.id}
          data-panel={p.id}
          onClick={() => togglePanel(p.id)}
        >
          {t(p.labelKey)}
        </button>
      ))}
    </nav>
  );
}

/** The open panel (nothing when none is open or the id is not registered). */
export function PanelHost() {
  const t = useT();
  const panel = useAtlas((s) => s.panel);
  const entry = panelEntry(panel);
  if (!entry) return null;
  const { Component } = entry;
  return (
    <div className={`panel-host panel-host-${entry.id}`} data-panel={entry.id}>
      <Suspense fallback={<p className="panel-loading">{t('panels.loading')}</p>}>
        <Component />
      </Suspense>
    </div>
  );
}
