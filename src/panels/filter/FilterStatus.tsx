// A small note over the map while the industry filter is on (the map is dimmed even when the filter panel is closed):
// what is chosen, how many areas match, and buttons to edit or clear it.
import { selectFilterActive, selectFilterResults } from '../../store/selectors';
import { useAtlas, useAtlasIndex } from '../../store/useAtlas';
import { useT, pickName } from '../../i18n/i18n';

export function FilterStatus() {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const filter = useAtlas((s) => s.filter);
  const panel = useAtlas((s) => s.panel);
  const openPanel = useAtlas((s) => s.openPanel);
  const clearFilter = useAtlas((s) => s.clearFilter);
  const active = useAtlas(selectFilterActive);
  const n = useAtlas((s) => selectFilterResults(s).length);
  const { industriesById, groupsById, fieldsById } = useAtlasIndex();
  if (panel === 'filter' || !active) return null;
  const names = [
    ...filter.industries.flatMap((id) => {
      const i = industriesById.get(id);
      return i ? [pickName(language, i.zh, i.en)[0]] : [];
    }),
    ...filter.fields.flatMap((id) => {
      const f = fieldsById.get(id);
      return f ? [pickName(language, f.zh, f.en)[0]] : [];
    }),
    ...filter.groups.flatMap((id) => {
      const g = groupsById.get(id);
      return g ? [pickName(language, g.zh, g.en)[0]] : [];
    }),
  ];
  return (
    <div className="filter-status" role="group" aria-label={t('panels.filter')}>
      <span className="filter-status-text">
        {t('filter.status', {
          list: names.join(language === 'zh' ? '、' : ', '),
          match: t(filter.match === 'any' ? 'filter.matchAny' : 'filter.matchAll'),
        })}{' '}
        <strong>{t(n === 1 ? 'filter.countOne' : 'filter.count', { n })}</strong>
      </span>
      <button type="button" className="link-button" onClick={() => openPanel('filter')}>
        {t('filter.edit')}
      </button>
      <button type="button" className="link-button" onClick={clearFilter}>
        {t('filter.clear')}
      </button>
    </div>
  );
}
