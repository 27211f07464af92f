// A polite live region that announces each selection ("Selected: 海淀区 Haidian District") for screen readers.
import { useAtlas } from '../store/useAtlas';
import { useAtlasIndex } from '../store/useAtlas';
import { useT, pickName, linkName } from '../i18n/i18n';

export function LiveRegion() {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const selectedId = useAtlas((s) => s.selectedId);
  const selectedLinkId = useAtlas((s) => s.selectedLinkId);
  const { areasById, atlas } = useAtlasIndex();
  const area = selectedId ? areasById.get(selectedId) : undefined;
  const link = selectedLinkId ? atlas.links.find((l) => l.id === selectedLinkId) : undefined;
  return (
    <div id="selection-announcer" className="visually-hidden" aria-live="polite" aria-atomic="true">
      {area
        ? t('live.selected', { name: pickName(language, area.name_zh, area.name_en).join(' ') })
        : link
          ? t('live.selectedLink', {
              name: linkName(language, areasById.get(link.from), areasById.get(link.to)),
            })
          : ''}
    </div>
  );
}
