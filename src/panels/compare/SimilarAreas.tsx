// "Most similar areas" to one area (cosine on industry sentence counts), each with a button to compare the two.
import { MAX_COMPARE } from '../../store/compareSlice';
import { useAtlas, useAtlasIndex } from '../../store/useAtlas';
import { mostSimilarOf } from '../../store/selectors';
import { useT, pickName } from '../../i18n/i18n';

export function SimilarAreas({
  id,
  n = 5,
  headingLevel = 3,
}: {
  id: string;
  n?: number;
  headingLevel?: 3 | 4;
}) {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const compareIds = useAtlas((s) => s.compareIds);
  const setCompare = useAtlas((s) => s.setCompare);
  const openPanel = useAtlas((s) => s.openPanel);
  const index = useAtlasIndex();
  const { areasById, industriesById } = index;
  const similar = mostSimilarOf(index, id, n);
  const self = areasById.get(id);
  if (!self) return null;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const selfName = pickName(language, self.name_zh, self.name_en)[0];

  const compareWith = (other: string) => {
    // keep what is already being compared as long as both fit
    const wanted = [id, other];
    const kept = compareIds.filter((x) => !wanted.includes(x));
    setCompare([...wanted, ...kept].slice(0, MAX_COMPARE));
    openPanel('compare');
  };

  return (
    <section className="similar-areas" aria-label={t('compare.similarTo', { area: selfName })}>
      <Heading>{t('compare.similarTo', { area: selfName })}</Heading>
      {similar.length === 0 ? (
        <p className="silent-note">{t('compare.noSimilar')}</p>
      ) : (
        <ol className="similar-list">
          {similar.map((s) => {
            const name = pickName(language, s.area.name_zh, s.area.name_en)[0];
            return (
              <li key={s.area.id}>
                <span className="similar-name">{name}</span>
                <span className="similar-score" title={t('compare.similarityShort')}>
                  {s.score.toFixed(2)}
                </span>
                <span className="similar-shared">
                  {t('compare.sharedList', {
                    list: s.shared
                      .map((i) => {
                        const ind = industriesById.get(i);
                        return ind ? pickName(language, ind.zh, ind.en)[0] : i;
                      })
                      .join(language === 'zh' ? '、' : ', '),
                  })}
                </span>
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('compare.compareWithLabel', { a: selfName, b: name })}
                  onClick={() => compareWith(s.area.id)}
                >
                  {t('compare.compareWith')}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <p className="filter-hint">{t('compare.similarityExplain')}</p>
    </section>
  );
}
