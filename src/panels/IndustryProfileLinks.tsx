// Buttons that open the industry panel on each of some industries (the filter's chosen industries, the matrix's columns).
import { pickName, useT } from '../i18n/i18n';
import { useAtlas, useAtlasIndex } from '../store/useAtlas';

export function IndustryProfileLinks({ ids }: { ids: readonly string[] }) {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const openIndustry = useAtlas((s) => s.openIndustry);
  const { industriesById } = useAtlasIndex();
  const industries = ids.flatMap((id) => industriesById.get(id) ?? []);
  if (industries.length === 0) return null;
  return (
    <p className="industry-profile-links">
      {t('industry.profiles')}{' '}
      {industries.map((i, n) => (
        <span key={i.id}>
          {n > 0 && ' · '}
          <button type="button" className="link-button" onClick={() => openIndustry(i.id)}>
            {pickName(language, i.zh, i.en)[0]}
          </button>
        </span>
      ))}
    </p>
  );
}
