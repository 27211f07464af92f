// The plan reader panel (lazy chunk): the whole plan text, navigable by section. (Placeholder until the reader lands.)
import { useAtlas } from '../../store/useAtlas';
import { useT } from '../../i18n/i18n';

export default function ReaderPanel() {
  const t = useT();
  const closePanel = useAtlas((s) => s.closePanel);
  return (
    <aside id="reader-panel" className="side-panel" aria-labelledby="reader-title">
      <header className="panel-header">
        <h2 id="reader-title">{t('panels.reader')}</h2>
        <button type="button" className="close-button" onClick={closePanel} aria-label={t('panel.close')}>
          ×
        </button>
      </header>
    </aside>
  );
}
