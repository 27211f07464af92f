// Buttons that frame the map on Beijing, the Beijing–Tianjin–Hebei region or all of China.
import { useAtlas } from '../store/useAtlas';
import { useT } from '../i18n/i18n';
import { VIEW_IDS } from '../store/atlasStore';

export function ViewSwitch() {
  const t = useT();
  const view = useAtlas((s) => s.view);
  const showView = useAtlas((s) => s.showView);
  return (
    <div className="view-switch" role="group" aria-label={t('map.views')}>
      {VIEW_IDS.map((v) => (
        <button key={v} type="button" aria-pressed={view === v} onClick={() => showView(v)}>
          {t(`view.${v}`)}
        </button>
      ))}
    </div>
  );
}
