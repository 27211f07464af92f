// What the Share dialog offers, as pure functions of the view: the embed link's <iframe> snippet and a "cite this
// view" text (plan title, section, the view's URL, date). The view's link itself is viewUrl (src/store/urlSync.ts).
import type { AtlasState } from '../store/atlasStore';
import { selectTourStop } from '../store/tourSlice';
import type { Translate } from '../i18n/i18n';
import { localIsoDate } from '../i18n/localDate';

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An <iframe> that shows the embed view, named for assistive technology by its title attribute. */
export function embedSnippet(embedUrl: string, title: string): string {
  return (
    `<iframe src="${escapeAttribute(embedUrl)}" title="${escapeAttribute(title)}" ` +
    `width="100%" height="520" style="border:0" loading="lazy"></iframe>`
  );
}

/** The plan section the view is about: the reader's, the tour stop's first quote's, or the selected link's. */
export function sectionOfView(state: AtlasState): string | null {
  if (state.panel === 'reader' && state.readerSection) return state.readerSection;
  const stop = selectTourStop(state);
  if (stop && stop.quotes.length > 0) return stop.quotes[0].section;
  if (state.selectedLinkId)
    return state.index.atlas.links.find((l) => l.id === state.selectedLinkId)?.section ?? null;
  return null;
}

/** "《plan title》, section 七.(一). In: atlas, URL (accessed YYYY-MM-DD)." in the UI language. */
export function citationText(t: Translate, state: AtlasState, url: string, date: Date): string {
  const section = sectionOfView(state);
  const title = state.index.atlas.source.title;
  return t('share.citation', {
    plan: title.startsWith('《') ? title : `《${title}》`,
    section: section ? t('share.citationSection', { id: section }) : '',
    atlas: t('app.title'),
    url,
    date: localIsoDate(date),
  });
}
