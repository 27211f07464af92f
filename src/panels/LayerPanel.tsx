// Layer toggles (one checkbox per layer group) and the legend explaining colours, dashes and dots: open on a desktop,
// collapsible, and collapsed at the start on a phone, where it would push the list below the fold.
import { useMemo, useState } from 'react';
import { LAYER_GROUPS, type LayerGroupId } from '../store/layerGroups';
import { useAtlas, useAtlasIndex } from '../store/useAtlas';
import { useT } from '../i18n/i18n';
import { groupColours } from '../data/palette';
import { legendEntries } from '../ui/legend';
import { LegendSwatch } from '../ui/LegendSwatch';
import { isPhone } from '../ui/phoneLayout';

const swatchColour: Readonly<Record<LayerGroupId, string>> = groupColours;

export function LayerPanel() {
  const t = useT();
  const visible = useAtlas((s) => s.visibleLayers);
  const toggleLayer = useAtlas((s) => s.toggleLayer);
  const language = useAtlas((s) => s.language);
  const { atlas } = useAtlasIndex();
  const entries = useMemo(() => legendEntries(atlas, language), [atlas, language]);
  const [legendOpenAtStart] = useState(() => !isPhone());

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
      <details className="legend" open={legendOpenAtStart}>
        <summary className="section-title">{t('legend.title')}</summary>
        <ul>
          {entries.map((entry) => (
            <li key={entry.id} data-legend-entry={entry.id}>
              <LegendSwatch style={entry.swatch} colour={entry.colour} />
              {entry.label}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
