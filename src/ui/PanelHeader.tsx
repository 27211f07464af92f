// The header of a side panel opened from the view switch: its h2 title and the × button that closes the panel.
import { useAtlas } from '../store/useAtlas';
import { useT } from '../i18n/i18n';

export interface PanelHeaderProps {
  /** id of the h2, named by the panel's aria-labelledby. */
  titleId: string;
  title: string;
  /** The title can take focus (tabIndex -1) and has the larger panel-title style. */
  focusable?: boolean;
}

export function PanelHeader({ titleId, title, focusable = false }: PanelHeaderProps) {
  const t = useT();
  const closePanel = useAtlas((s) => s.closePanel);
  return (
    <header className="panel-header">
      <h2
        id={titleId}
        tabIndex={focusable ? -1 : undefined}
        className={focusable ? 'panel-title' : undefined}
      >
        {title}
      </h2>
      <button type="button" className="close-button" onClick={closePanel} aria-label={t('panel.close')}>
        ×
      </button>
    </header>
  );
}
