// Renders the open side panel from the registry (src/app/panels.ts) and the switcher buttons that open the others.
import { Suspense, useEffect, useRef, useState } from 'react';
import { useAtlas } from '../store/useAtlas';
import { useT } from '../i18n/i18n';
import { focusWhenReady } from '../ui/focusWhenReady';
import { PANELS, panelEntry } from './panels';
import { PartBoundary } from './PartBoundary';

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

/** The open panel (nothing when none is open or the id is not registered); on a phone it is a collapsible sheet. */
export function PanelHost() {
  const t = useT();
  const panel = useAtlas((s) => s.panel);
  const selectionRequest = useAtlas((s) => s.selectionRequest);
  const readerRequest = useAtlas((s) => s.readerRequest);
  // collapsed until the panel, the selection or the reader target changes (then the sheet opens again)
  const [collapsedAt, setCollapsedAt] = useState<string | null>(null);
  const host = useRef<HTMLDivElement>(null);
  const entry = panelEntry(panel);

  // where the keyboard focus was last: in a panel or the switcher, a panel change carries it to the new panel
  const focusWasOurs = useRef(false);
  useEffect(() => {
    const onFocusIn = (e: FocusEvent) => {
      focusWasOurs.current =
        e.target instanceof Element && !!e.target.closest('.panel-host, .panel-switcher');
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);

  // a panel opened from the switcher or from another panel ("Open comparison") takes the focus on its heading, once
  // its lazy chunk has rendered (the button that opened it may be gone, which would drop the focus to <body>)
  useEffect(() => {
    if (!panel || !focusWasOurs.current) return;
    return focusWhenReady(() => host.current?.querySelector<HTMLElement>('h2') ?? null, {
      frames: 120,
      prepare: (heading) => {
        if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      },
    });
  }, [panel]);

  if (!entry) return null;
  const stamp = `${entry.id}:${selectionRequest}:${readerRequest}`;
  const collapsed = collapsedAt === stamp;
  const { Component } = entry;
  return (
    <div
      ref={host}
      className={`panel-host panel-host-${entry.id}${collapsed ? ' sheet-collapsed' : ''}`}
      data-panel={entry.id}
    >
      <button
        type="button"
        className="sheet-toggle"
        aria-expanded={!collapsed}
        onClick={() => setCollapsedAt(collapsed ? null : stamp)}
      >
        {t(collapsed ? 'sheet.expand' : 'sheet.collapse')} · {t(entry.labelKey)}
      </button>
      <PartBoundary key={entry.id} part={t(entry.labelKey)} t={t}>
        <Suspense fallback={<p className="panel-loading">{t('panels.loading')}</p>}>
          <Component />
        </Suspense>
      </PartBoundary>
    </div>
  );
}
