// Browser downloads of generated text (Blob + a[download]) and the shortlist's file names.
import type { FilterState } from '../../store/filterSlice';

/** Starts a real download of `text` as `fileName` (UTF-8; a CSV's BOM is part of `text`). */
export function downloadText(fileName: string, text: string, mime: string): void {
  const blob = new Blob([text], { type: `${mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // revoke later: Chromium reads the blob after click() returns
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const MAX_NAME_PARTS = 4;

/**
 * `atlas-<industries>-<match>.<ext>`, e.g. `atlas-ai-any.csv`, `atlas-ai+grp-digital-all.json`; long selections are
 * cut to the first few ids and a `+N` count. Ids are ASCII slugs already; anything else is replaced.
 */
export function exportFileName(
  filter: Pick<FilterState, 'industries' | 'groups' | 'match'> &
    Partial<Pick<FilterState, 'fields' | 'kinds'>>,
  ext: string,
): string {
  const parts = [...filter.industries, ...(filter.fields ?? []), ...filter.groups.map((g) => `grp-${g}`)];
  const shown =
    parts.length > MAX_NAME_PARTS
      ? [...parts.slice(0, MAX_NAME_PARTS - 1), `${parts.length - MAX_NAME_PARTS + 1}more`]
      : parts;
  const slug = shown.length > 0 ? shown.join('+') : 'all';
  const kinds = filter.kinds && filter.kinds.length > 0 ? `-${filter.kinds.join('+')}` : '';
  return `atlas-${`${slug}-${filter.match}${kinds}`.replace(/[^a-z0-9+-]+/gi, '-')}.${ext}`;
}
