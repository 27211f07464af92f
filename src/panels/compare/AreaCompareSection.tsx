// The area panel's planner section: add the area to the comparison, its most similar areas, and its printable brief.
import { MAX_COMPARE } from '../../store/compareSlice';
import { useAtlas } from '../../store/useAtlas';
import { useT } from '../../i18n/i18n';
import { PrintBriefButton } from '../brief/PrintBriefButton';
import { SimilarAreas } from './SimilarAreas';

export function AreaCompareSection({ id }: { id: string }) {
  const t = useT();
  const compareIds = useAtlas((s) => s.compareIds);
  const addToCompare = useAtlas((s) => s.addToCompare);
  const removeFromCompare = useAtlas((s) => s.removeFromCompare);
  const openPanel = useAtlas((s) => s.openPanel);
  const inCompare = compareIds.includes(id);
  const full = compareIds.length >= MAX_COMPARE;
  return (
    <section className="area-compare" aria-labelledby="panel-compare">
      <h3 id="panel-compare">{t('compare.section')}</h3>
      <div className="action-row">
        {inCompare ? (
          <button type="button" className="action-button" onClick={() => removeFromCompare(id)}>
            {t('compare.remove')}
          </button>
        ) : (
          <button
            type="button"
            className="action-button"
            onClick={() => addToCompare(id)}
            disabled={full}
            title={full ? t('compare.full', { n: MAX_COMPARE }) : undefined}
          >
            {t('compare.add')}
          </button>
        )}
        {compareIds.length > 0 && (
          <button type="button" className="link-button" onClick={() => openPanel('compare')}>
            {t('compare.open', { n: compareIds.length })}
          </button>
        )}
        <PrintBriefButton ids={[id]} />
      </div>
      <SimilarAreas id={id} />
    </section>
  );
}
