// @vitest-environment jsdom
// Focus that waits for revealed content: retried per frame until it holds, bounded, and cancellable.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { focusWhenReady } from './focusWhenReady';

let frames: FrameRequestCallback[] = [];
const runFrame = () => {
  const due = frames;
  frames = [];
  for (const fn of due) fn(0);
};

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (fn: FrameRequestCallback) => frames.push(fn));
  vi.stubGlobal('cancelAnimationFrame', () => (frames = []));
  document.body.innerHTML = '<h2 id="title">Title</h2>';
});
afterEach(() => vi.unstubAllGlobals());

describe('focusWhenReady', () => {
  it('focuses on the next frame, after preparing the element', () => {
    const heading = document.getElementById('title')!;
    focusWhenReady(() => heading, { prepare: (el) => (el.tabIndex = -1) });
    expect(document.activeElement).not.toBe(heading);
    runFrame();
    expect(document.activeElement).toBe(heading);
    expect(frames).toHaveLength(0);
  });

  it('keeps trying while the element is missing or cannot take focus, then gives up', () => {
    let element: HTMLElement | null = null;
    focusWhenReady(() => element, { frames: 3 });
    runFrame(); // not there yet
    element = document.createElement('p'); // not focusable (no tabindex, not in the document)
    runFrame();
    expect(frames).toHaveLength(1);
    runFrame(); // third and last try
    expect(frames).toHaveLength(0);
  });

  it('succeeds once the element becomes focusable within the frame budget', () => {
    const heading = document.getElementById('title')!;
    let ready = false;
    focusWhenReady(() => heading, { prepare: (el) => ready && (el.tabIndex = -1) });
    runFrame();
    expect(document.activeElement).not.toBe(heading);
    ready = true;
    runFrame();
    expect(document.activeElement).toBe(heading);
  });

  it('does nothing after it is cancelled', () => {
    const heading = document.getElementById('title')!;
    heading.tabIndex = -1;
    const cancel = focusWhenReady(() => heading);
    cancel();
    runFrame();
    expect(document.activeElement).not.toBe(heading);
  });
});
