// A small coloured badge naming an area's kind (colour from the palette, text from i18n).
import type { AreaKind } from '../data/types';
import { useT } from '../i18n/i18n';

export function KindBadge({ kind }: { kind: AreaKind }) {
  const t = useT();
  return <span className={`badge badge-${kind}`}>{t(`kind.${kind}`)}</span>;
}
