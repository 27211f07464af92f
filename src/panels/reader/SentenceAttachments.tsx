// The mark after a plan sentence the atlas quotes: a button with the number of places, links, industries, statements
// and targets that show it, which opens the list of them; each entry opens the panel that shows the sentence.
import { useState } from 'react';
import { pickName, useT } from '../../i18n/i18n';
import { useAtlas, useAtlasIndex } from '../../store/useAtlas';
import { groupAttachments, type AttachedSentence, type Attachment } from './attachments';

export const attachmentListId = (index: number): string => `reader-attached-${index}`;

/** Its open state is its own: opening one list re-renders only that marker, never the whole plan text. */
export function AttachmentMarker({ index, sentence }: { index: number; sentence: AttachedSentence }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const n = sentence.attachments.length;
  return (
    <>
      <button
        type="button"
        className="attach-marker"
        aria-expanded={open}
        aria-controls={open ? attachmentListId(index) : undefined}
        aria-label={t('reader.attachedButton', { n })}
        data-attached={index}
        onClick={() => setOpen((o) => !o)}
      >
        {n}
      </button>
      {open && <AttachmentList index={index} sentence={sentence} />}
    </>
  );
}

function AttachmentList({ index, sentence }: { index: number; sentence: AttachedSentence }) {
  const t = useT();
  return (
    <span
      className="attach-list"
      id={attachmentListId(index)}
      role="group"
      aria-label={t('reader.attachedTitle')}
    >
      {groupAttachments(sentence.attachments).map(([group, items]) => (
        <span key={group} className="attach-group" data-group={group}>
          <span className="attach-group-label">{t(`reader.attached.${group}`)}</span>{' '}
          {items.map((a, i) => (
            <span key={`${a.kind}|${a.id}`}>
              {i > 0 && t('list.separator')}
              <AttachmentButton attachment={a} />
            </span>
          ))}
        </span>
      ))}
    </span>
  );
}

function AttachmentButton({ attachment: a }: { attachment: Attachment }) {
  const t = useT();
  const language = useAtlas((s) => s.language);
  const selectArea = useAtlas((s) => s.selectArea);
  const selectLink = useAtlas((s) => s.selectLink);
  const openPanel = useAtlas((s) => s.openPanel);
  const openIndustry = useAtlas((s) => s.openIndustry);
  const { atlas, areasById, industriesById, fieldsById } = useAtlasIndex();
  const areaName = (id: string) => {
    const area = areasById.get(id);
    return area ? pickName(language, area.name_zh, area.name_en)[0] : id;
  };

  let label: string;
  let open: () => void;
  let note: string | null = null;
  switch (a.kind) {
    case 'area':
      label = areaName(a.id);
      if (a.partial) note = t('reader.attachedPartial');
      open = () => {
        selectArea(a.id, 'list');
        openPanel('area');
      };
      break;
    case 'link': {
      const link = atlas.links.find((l) => l.id === a.id);
      label = link ? `${areaName(link.from)} — ${areaName(link.to)}` : a.id;
      open = () => {
        selectLink(a.id, 'list');
        openPanel('link');
      };
      break;
    }
    case 'industry': {
      const industry = industriesById.get(a.id);
      label = industry ? pickName(language, industry.zh, industry.en)[0] : a.id;
      open = () => openIndustry(a.id);
      break;
    }
    case 'field': {
      // a field's sentences are shown in the profile of the industry it sits under
      const field = fieldsById.get(a.id);
      label = field ? pickName(language, field.zh, field.en)[0] : a.id;
      open = () => openIndustry(field?.industry ?? a.id);
      break;
    }
    case 'indicator': {
      const indicator = atlas.indicators.find((i) => i.id === a.id);
      label = indicator ? pickName(language, indicator.zh, indicator.en)[0] : a.id;
      open = () => openPanel('indicators');
      break;
    }
    case 'goal': {
      const goal = atlas.goals?.find((g) => g.id === a.id);
      label = t(goal?.kind === 'status' ? 'indicators.status' : 'indicators.goals');
      open = () => openPanel('indicators');
      break;
    }
  }
  return (
    <>
      <button
        type="button"
        className="link-button attach-link"
        data-kind={a.kind}
        data-id={a.id}
        onClick={open}
      >
        {label}
      </button>
      {note && <span className="attach-note">{note}</span>}
    </>
  );
}
