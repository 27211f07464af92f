// The map legend as data: one entry per colour or line style the map draws, labelled in the current language. The
// sidebar legend and the saved picture both draw these entries, so they never disagree.
import type { Atlas } from '../data/types';
import type { Language } from '../i18n/language';
import type { LayerGroupId } from '../store/layerGroups';
import { translate } from '../i18n/i18n';
import { base, legendHues, zoneColours, zoneFallback } from '../data/palette';

/** How an entry's swatch is drawn: a filled area, a dot, an official (solid) or approximate (dashed) outline, or an
 * area with a link arc over it. */
export type LegendSwatchStyle = 'fill' | 'dot' | 'solid' | 'dashed' | 'area-arc';

export interface LegendEntry {
  id: string;
  /** The layer group the entry explains; null for the line-style key, which applies to every group. */
  group: LayerGroupId | null;
  swatch: LegendSwatchStyle;
  colour: string;
  label: string;
}

/** The legend's entries in display order; with `visible`, only those of visible layer groups (and the line key). */
export function legendEntries(
  atlas: Atlas,
  language: Language,
  visible?: Readonly<Record<LayerGroupId, boolean>>,
): LegendEntry[] {
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  const zones: LegendEntry[] = atlas.areas
    // the zones the map draws: the 三城一区 as a whole is not drawn itself (its parts are)
    .filter((a) => a.kind === 'three-cities-one-district' && a.geometry !== 'none')
    .map((a) => ({
      id: a.id,
      group: 'three-cities',
      swatch: 'fill',
      colour: zoneColours[a.id] ?? zoneFallback,
      label: language === 'zh' ? a.name_zh : a.name_en,
    }));
  const entries: LegendEntry[] = [
    ...zones,
    {
      id: 'zgc-subparks',
      group: 'zgc-subparks',
      swatch: 'dot',
      colour: legendHues.subparks,
      label: t('legend.subparks'),
    },
    {
      id: 'platforms',
      group: 'platforms',
      swatch: 'dot',
      colour: legendHues.platforms,
      label: t('legend.platforms'),
    },
    { id: 'jjj', group: 'jjj', swatch: 'area-arc', colour: legendHues.jjj, label: t('legend.jjj') },
    {
      id: 'national',
      group: 'national',
      swatch: 'area-arc',
      colour: legendHues.national,
      label: t('legend.national'),
    },
    { id: 'water', group: 'water', swatch: 'fill', colour: base.water, label: t('legend.water') },
    { id: 'official', group: null, swatch: 'solid', colour: base.outline, label: t('legend.official') },
    {
      id: 'approximate',
      group: null,
      swatch: 'dashed',
      colour: base.outline,
      label: t('legend.approximate'),
    },
  ];
  return visible ? entries.filter((e) => e.group === null || visible[e.group]) : entries;
}
