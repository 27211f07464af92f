// The 2025 targets panel (lazy chunk): each indicator with its plan quote. (Placeholder until it lands.)
import { useAtlas } from '../../store/useAtlas';
import { useT } from '../../i18n/i18n';

export default function IndicatorsPanel() {
  const t = useT();
  const closePanel = useAtlas((s) => s.closePanel);
  return (
    <aside id="indicators-panel" className="side-panel" aria-labelledby="indicators-title">
      <header className="panel-header">
        <h2 id="indicators-title">{t('panels.indicators')}</h2>
        <button type="button" className="close-button" onClick={closePanel} aria-label={t('panel.close')}>
          ×
        </button>
      </header>
    </aside>
  );
}
