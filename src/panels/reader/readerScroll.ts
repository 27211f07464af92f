// The plan reader's scrolling: open at the asked sentence or section, follow the visitor's own scrolling with the
// current section (URL `sec`), and bring the current search hit into view. Hooks over the reader's body element.
import { useEffect, type RefObject } from 'react';
import type { PlanDoc } from '../../plan';
import { focusWhenReady } from '../../ui/focusWhenReady';

/** DOM id of the i-th section of the plan in the reader. */
export const sectionDomId = (i: number) => `plan-sec-${i}`;

/** How far below the top of the reader (its sticky header included) a section must start to count as "the one being read" (px). */
export const READING_LINE_PX = 96;

/** A user's scroll shows within this long after their wheel, touch or key (ms); other scrolls are the app's own. */
export const USER_SCROLL_WINDOW_MS = 1000;

/**
 * The section being read: the last one (in document order) whose top is at or above `line`; null when none is.
 * `sections` are the section elements' ids and tops, in document order. Pure.
 */
export function sectionAtLine(
  sections: Iterable<{ id: string | null; top: number }>,
  line: number,
): string | null {
  let current: string | null = null;
  for (const s of sections) {
    if (s.top > line) break;
    current = s.id ?? current;
  }
  return current;
}

/**
 * On each new reader request (and a new document): scroll to the asked sentence, highlighted and focused, or else to
 * the asked section. The sentence is focused as soon as the freshly revealed panel can take focus.
 */
export function useOpenAtTarget(
  body: RefObject<HTMLElement | null>,
  doc: PlanDoc,
  section: string | null,
  request: number,
): void {
  useEffect(() => {
    const root = body.current;
    if (!root) return;
    let cancelFocus = () => {};
    const frame = requestAnimationFrame(() => {
      const sentence = root.querySelector<HTMLElement>('[data-target="start"]');
      if (sentence) {
        cancelFocus = focusWhenReady(() => sentence, {
          prepare: (el) => el.scrollIntoView({ block: 'center' }),
          preventScroll: true,
        });
        return;
      }
      const i = section ? doc.sections.findIndex((s) => s.id === section) : -1;
      if (i >= 0) root.ownerDocument.getElementById(sectionDomId(i))?.scrollIntoView({ block: 'start' });
    });
    return () => {
      cancelAnimationFrame(frame);
      cancelFocus();
    };
    // only on a new request or a new document: a pick in the table of contents scrolls there itself
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request, doc]);
}

/**
 * The section at the top of the reader follows the visitor's own scrolling (wheel, touch, keys), so a shared link
 * opens where they were reading; scrolls made by the app itself (opening at a target) are not counted.
 */
export function useSectionFollowsScroll(
  body: RefObject<HTMLElement | null>,
  setSection: (id: string) => void,
): void {
  useEffect(() => {
    const root = body.current;
    const scroller = root?.closest<HTMLElement>('.reader-panel');
    if (!root || !scroller) return;
    let userAt = -Infinity;
    let frame = 0;
    const markUser = () => {
      userAt = performance.now();
    };
    const onScroll = () => {
      if (performance.now() - userAt > USER_SCROLL_WINDOW_MS) return;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const line = scroller.getBoundingClientRect().top + READING_LINE_PX;
        const sections = Array.from(root.querySelectorAll<HTMLElement>('.plan-section'), (el) => ({
          id: el.dataset.section ?? null,
          top: el.getBoundingClientRect().top,
        }));
        const current = sectionAtLine(sections, line);
        if (current) setSection(current);
      });
    };
    const userEvents = ['wheel', 'touchmove', 'keydown'] as const;
    for (const type of userEvents) scroller.addEventListener(type, markUser, { passive: true });
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      for (const type of userEvents) scroller.removeEventListener(type, markUser);
      scroller.removeEventListener('scroll', onScroll);
    };
  }, [body, setSection]);
}

/** The current search hit is scrolled into the middle of the reader whenever it (or the hit list) changes. */
export function useHitIntoView(body: RefObject<HTMLElement | null>, currentHit: number, hits: unknown): void {
  useEffect(() => {
    if (currentHit < 0) return;
    body.current
      ?.querySelector(`[data-hit="${currentHit}"]`)
      ?.scrollIntoView({ block: 'center', behavior: 'instant' });
  }, [body, currentHit, hits]);
}
