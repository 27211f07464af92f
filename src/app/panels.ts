// The side-panel registry: every panel id with its switcher label and component. To add a panel, add one entry.
import { lazy, type ComponentType } from 'react';
import type { MessageKey } from '../i18n/i18n';
import type { PanelId } from '../store/panelSlice';
import { AreaPanel } from '../panels/AreaPanel';

export interface PanelEntry {
  id: PanelId;
  /** Label of the panel's button in the switcher (and the panel's accessible name). */
  labelKey: MessageKey;
  /** Rendered while the panel is open; heavy panels are React.lazy chunks. */
  Component: ComponentType;
  /** False hides the switcher button (the area panel opens by selecting an area). */
  inSwitcher: boolean;
}

export const PANELS: readonly PanelEntry[] = [
  { id: 'area', labelKey: 'panels.area', Component: AreaPanel, inSwitcher: false },
  {
    id: 'reader',
    labelKey: 'panels.reader',
    Component: lazy(() => import('../panels/reader/ReaderPanel')),
    inSwitcher: true,
  },
  {
    id: 'indicators',
    labelKey: 'panels.indicators',
    Component: lazy(() => import('../panels/indicators/IndicatorsPanel')),
    inSwitcher: true,
  },
  {
    id: 'filter',
    labelKey: 'panels.filter',
    Component: lazy(() => import('../panels/filter/FilterPanel')),
    inSwitcher: true,
  },
  {
    id: 'matrix',
    labelKey: 'panels.matrix',
    Component: lazy(() => import('../panels/matrix/MatrixPanel')),
    inSwitcher: true,
  },
  {
    id: 'compare',
    labelKey: 'panels.compare',
    Component: lazy(() => import('../panels/compare/ComparePanel')),
    inSwitcher: true,
  },
];

export function panelEntry(id: PanelId | null): PanelEntry | undefined {
  return id === null ? undefined : PANELS.find((p) => p.id === id);
}
