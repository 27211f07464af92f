// The phone layout (styles/phone.css, up to 760 px): the map on top, the list under it, the open panel as a sheet over
// the map. A pick from the list there brings the map (and the sheet on it) back into view.

/** The media query of the phone layout; keep it equal to styles/phone.css. */
export const PHONE_QUERY = '(max-width: 760px)';

export const isPhone = (): boolean =>
  typeof window.matchMedia === 'function' && window.matchMedia(PHONE_QUERY).matches;

/** On the phone layout, scrolls the page back up to the map, where the picked place's sheet opens. */
export function showMapOnPhone(): void {
  if (!isPhone()) return;
  document.querySelector('.map-area')?.scrollIntoView({ block: 'start' });
}
