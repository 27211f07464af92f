// Layer toggles (one checkbox per layer group) and the legend explaining colours, dashes and dots.
import { useMemo } from 'react';
import { LAYER_GROUPS, type LayerGroupId } from '../store/layerGroups';
import { useAtlas, useAtlasIndex } from '../store/useAtlas';
import { useT, pickName } from '../i18n/i18n';
import { groupColours, linkColours, zoneColours, zoneFallback } from '../data/palette';

const swatchColour: Readonly<Record<LayerGroupId, string>> = groupColours;

export function LayerPanel() {
  const t = useT();
  const visible = useAtlas((s) => s.visibleLayers);
  const toggleLayer = useAtlas((s) => s.toggleLayer);
  const language = useAtlas((s) => s.language);
  const { atlas } = useAtlasIndex();
  const zones = useMemo(() => atlas.areas.filter((a) => a.kind === 'three-cities-one-district'), [atlas]);

  return (
    <div className="layer-panel">
      <fieldset className="layer-toggles">
        <legend className="section-title">{t('layers.title')}</legend>
        {LAYER_GROUPS.map((group) => (
          <label key={group} className="toggle">
            <input type="checkbox" checked={visible[group]} onChange={() => toggleLayer(group)} />
            <span
              className={`swatch swatch-group-${group}`}
              style={{ background: swatchColour[group] }}
              aria-hidden="true"
            />
            {t(`layers.${group}`)}
          </label>
        ))}
      </fieldset>
      <details className="legend">
        <summary className="section-title">{t('legend.title')}</summary>
        <ul>
          {zones.map((zone) => (
            <li key={zone.id}>
              <span
                className="swatch"
                style={{ background: zoneColours[zone.id] ?? zoneFallback }}
                aria-hidden="true"
              />
              {pickName(language, zone.name_zh, zone.name_en)[0]}
            </li>
          ))}
          <li>
            <span className="swatch swatch-line" aria-hidden="true" />
            {t('legend.official')}
          </li>
          <li>
            <span className="swatch swatch-dashed" aria-hidden="true" />
            {t('legend.approximate')}
          </li>
          <li>
            <span className="swatch swatch-dot" aria-hidden="true" />
            {t('legend.point')}
          </li>
          <li>
            <span className="swatch swatch-arc" style={{ borderColor: linkColours.jjj }} aria-hidden="true" />
            {t('legend.linkJjj')}
          </li>
          <li>
            <span
              className="swatch swatch-arc"
              style={{ borderColor: linkColours.national }}
              aria-hidden="true"
            />
            {t('legend.linkNational')}
          </li>
        </ul>
      </details>
    </div>
  );
}
