// The side-panel registry: every panel id (store/panelIds.ts) with its switcher label and component. The record is
// typed by PanelId, so adding an id there without an entry here fails the typecheck.
import type { ComponentType } from 'react';
import type { MessageKey } from '../i18n/i18n';
import type { PanelId } from '../store/panelIds';
import { AreaPanel } from '../panels/AreaPanel';
import { LinkPanel } from '../panels/LinkPanel';
import { retryableLazy } from './retryableLazy';

export interface PanelEntry {
  id: PanelId;
  /** Label of the panel's button in the switcher (and the panel's accessible name). */
  labelKey: MessageKey;
  /** Rendered while the panel is open; heavy panels are lazy chunks (tried again after a failed download). */
  Component: ComponentType;
  /** False hides the switcher button (the area and link panels open by selecting one). */
  inSwitcher: boolean;
}

type PanelConf = Omit<PanelEntry, 'id'>;

const PANEL_CONF: Readonly<Record<PanelId, PanelConf>> = {
  area: { labelKey: 'panels.area', Component: AreaPanel, inSwitcher: false },
  link: { labelKey: 'panels.link', Component: LinkPanel, inSwitcher: false },
  reader: {
    labelKey: 'panels.reader',
    Component: retryableLazy(() => import('../panels/reader/ReaderPanel')),
    inSwitcher: true,
  },
  indicators: {
    labelKey: 'panels.indicators',
    Component: retryableLazy(() => import('../panels/indicators/IndicatorsPanel')),
    inSwitcher: true,
  },
  filter: {
    labelKey: 'panels.filter',
    Component: retryableLazy(() => import('../panels/filter/FilterPanel')),
    inSwitcher: true,
  },
  matrix: {
    labelKey: 'panels.matrix',
    Component: retryableLazy(() => import('../panels/matrix/MatrixPanel')),
    inSwitcher: true,
  },
  industry: {
    labelKey: 'panels.industry',
    Component: retryableLazy(() => import('../panels/industry/IndustryPanel')),
    inSwitcher: true,
  },
  compare: {
    labelKey: 'panels.compare',
    Component: retryableLazy(() => import('../panels/compare/ComparePanel')),
    inSwitcher: true,
  },
};

/** Every panel, in switcher order. */
export const PANELS: readonly PanelEntry[] = Object.entries(PANEL_CONF).map(([id, conf]) => ({
  id: id as PanelId,
  ...conf,
}));

export function panelEntry(id: PanelId | null): PanelEntry | undefined {
  return id === null ? undefined : PANELS.find((p) => p.id === id);
}
