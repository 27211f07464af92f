// @vitest-environment jsdom
// The reader's scrolling: which section is being read, the visitor's own scrolling followed (the app's own not), and
// opening at the asked sentence (focused) or section.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useRef } from 'react';
import { act, cleanup, render } from '@testing-library/react';
import type { PlanDoc } from '../../plan';
import { sectionAtLine, sectionDomId, useOpenAtTarget, useSectionFollowsScroll } from './readerScroll';

let frames: FrameRequestCallback[] = [];
const runFrames = () => {
  for (let n = 0; n < 5 && frames.length > 0; n++) {
    const due = frames;
    frames = [];
    for (const fn of due) fn(0);
  }
};
const scrolled: string[] = [];

beforeEach(() => {
  frames = [];
  scrolled.length = 0;
  vi.stubGlobal('requestAnimationFrame', (fn: FrameRequestCallback) => frames.push(fn));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this.id || this.getAttribute('data-target') || this.tagName);
  };
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('sectionAtLine', () => {
  const sections = [
    { id: '一', top: -400 },
    { id: '一.(一)', top: -20 },
    { id: '二', top: 300 },
  ];
  it.each<[number, string | null]>([
    [-500, null], // above every section: none is being read
    [-400, '一'],
    [48, '一.(一)'],
    [299, '一.(一)'],
    [300, '二'],
    [10_000, '二'],
  ])('line %d → %s', (line, expected) => {
    expect(sectionAtLine(sections, line)).toBe(expected);
  });
});

/** A reader panel with three sections whose tops are given. */
function Reader({ tops, onSection }: { tops: number[]; onSection: (id: string) => void }) {
  const body = useRef<HTMLDivElement>(null);
  useSectionFollowsScroll(body, onSection);
  return (
    <aside className="reader-panel" data-testid="scroller">
      <div ref={body}>
        {tops.map((top, i) => (
          <section
            key={i}
            className="plan-section"
            data-section={`s${i}`}
            ref={(el) => {
              if (el) el.getBoundingClientRect = () => ({ top }) as DOMRect;
            }}
          />
        ))}
      </div>
    </aside>
  );
}

describe('useSectionFollowsScroll', () => {
  it('follows a scroll the visitor made, and ignores one the app made', () => {
    const onSection = vi.fn();
    const { getByTestId } = render(<Reader tops={[-300, 20, 500]} onSection={onSection} />);
    const scroller = getByTestId('scroller');
    scroller.getBoundingClientRect = () => ({ top: 0 }) as DOMRect;

    scroller.dispatchEvent(new Event('scroll'));
    runFrames();
    expect(onSection).not.toHaveBeenCalled();

    scroller.dispatchEvent(new Event('wheel'));
    scroller.dispatchEvent(new Event('scroll'));
    runFrames();
    expect(onSection).toHaveBeenCalledWith('s1');
  });
});

const doc = {
  sections: [{ id: '一' }, { id: '二' }],
} as unknown as PlanDoc;

function Opener({
  withSentence,
  section,
  request,
}: {
  withSentence: boolean;
  section: string;
  request: number;
}) {
  const body = useRef<HTMLDivElement>(null);
  useOpenAtTarget(body, doc, section, request);
  return (
    <div ref={body}>
      <h3 id={sectionDomId(0)}>一</h3>
      <h3 id={sectionDomId(1)}>二</h3>
      {withSentence && (
        <mark data-target="start" tabIndex={-1}>
          sentence
        </mark>
      )}
    </div>
  );
}

describe('useOpenAtTarget', () => {
  it('scrolls to the asked sentence and gives it the focus', () => {
    render(<Opener withSentence section="二" request={1} />);
    act(runFrames);
    expect(scrolled).toEqual(['start']);
    expect(document.activeElement?.getAttribute('data-target')).toBe('start');
  });

  it('without a sentence, scrolls to the asked section; a new request scrolls again', () => {
    const { rerender } = render(<Opener withSentence={false} section="二" request={1} />);
    act(runFrames);
    expect(scrolled).toEqual([sectionDomId(1)]);
    rerender(<Opener withSentence={false} section="一" request={1} />);
    act(runFrames);
    expect(scrolled).toHaveLength(1); // the same request: the table of contents scrolls by itself
    rerender(<Opener withSentence={false} section="一" request={2} />);
    act(runFrames);
    expect(scrolled).toEqual([sectionDomId(1), sectionDomId(0)]);
  });
});
