// Moving keyboard focus into content React has just revealed: a lazy panel inserted by Suspense can stay hidden for a
// frame or two (reveal throttling), and focus() on a hidden element does nothing, so it is retried once per frame.

export interface FocusOptions {
  /** Most frames to keep trying (about a second at 60 Hz by default). */
  frames?: number;
  /** Called on the element before each focus attempt (give it a tabindex, scroll it into view). */
  prepare?: (element: HTMLElement) => void;
  /** Focus without scrolling (the caller scrolls itself). */
  preventScroll?: boolean;
}

/**
 * Focuses the element `find` returns, from the next animation frame on, until it holds the focus or `frames` frames
 * have passed; returns a cancel function (call it from the effect's cleanup).
 */
export function focusWhenReady(find: () => HTMLElement | null, options: FocusOptions = {}): () => void {
  const { frames = 60, prepare, preventScroll = false } = options;
  let frame = 0;
  let tries = 0;
  const attempt = () => {
    const element = find();
    if (element) {
      prepare?.(element);
      element.focus({ preventScroll });
      if (element.ownerDocument.activeElement === element) return;
    }
    if (++tries < frames) frame = requestAnimationFrame(attempt);
  };
  frame = requestAnimationFrame(attempt);
  return () => cancelAnimationFrame(frame);
}
