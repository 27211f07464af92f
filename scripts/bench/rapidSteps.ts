// The bench's rapid use, run inside the page: interactions as fast as a person clicking at frame rate — selections,
// industry filters, panel switches and Back/Forward (which replay URL states) — each followed by the next frame.
// Shared by `npm run bench` and scripts/bench/rapidProfile.ts so both measure the same sequence.

export interface RapidMark {
  /** select, industry, panel:<id>, back or forward */
  kind: string;
  /** performance.now() when the interaction started */
  t: number;
}

/** Runs interactions from..from+count-1 (the sequence depends only on the index); returns when each started. */
export async function rapidSteps({ from, count }: { from: number; count: number }): Promise<RapidMark[]> {
  type Store = { getState: () => Record<string, unknown> };
  const w = globalThis as unknown as {
    __atlasStore: Store;
    requestAnimationFrame: (cb: () => void) => number;
    history: { back: () => void; forward: () => void };
  };
  const s = w.__atlasStore.getState();
  const areas = (s.index as { atlas: { areas: { id: string }[] } }).atlas.areas;
  const industries = (s.index as { atlas: { industries: { id: string }[] } }).atlas.industries;
  const panels = ['filter', 'matrix', 'compare', 'indicators', 'area'];
  const frame = () => new Promise((r) => w.requestAnimationFrame(() => setTimeout(r, 0)));
  const marks: RapidMark[] = [];
  for (let i = from; i < from + count; i++) {
    const st = w.__atlasStore.getState();
    const t = performance.now();
    switch (i % 5) {
      case 0:
        marks.push({ kind: 'select', t });
        (st.selectArea as (id: string) => void)(areas[(i * 7) % areas.length].id);
        break;
      case 1:
        marks.push({ kind: 'industry', t });
        (st.toggleIndustry as (id: string) => void)(industries[(i * 3) % industries.length].id);
        break;
      case 2: {
        const panel = panels[((i / 5) % panels.length) | 0];
        marks.push({ kind: `panel:${panel}`, t });
        (st.openPanel as (id: string) => void)(panel);
        break;
      }
      case 3:
        marks.push({ kind: 'back', t });
        w.history.back();
        break;
      case 4:
        marks.push({ kind: 'forward', t });
        w.history.forward();
        break;
    }
    await frame();
  }
  return marks;
}

/**
 * Records every change of the map canvas's drawing-buffer size in window.__canvasResizes ({ start, ms }): a
 * reallocation in the GPU process that blocks the page (seconds in software WebGL) whoever asked for it.
 */
export function watchCanvasResizes(): void {
  const w = globalThis as unknown as {
    __atlasMap: { getCanvas: () => object };
    __canvasResizes: { start: number; ms: number }[];
  };
  const canvas = w.__atlasMap.getCanvas();
  const proto = Object.getPrototypeOf(canvas) as object;
  const resizes: { start: number; ms: number }[] = (w.__canvasResizes = []);
  for (const key of ['width', 'height']) {
    const desc = Object.getOwnPropertyDescriptor(proto, key)!;
    Object.defineProperty(canvas, key, {
      configurable: true,
      get() {
        return desc.get!.call(this);
      },
      set(v: number) {
        if (desc.get!.call(this) === v) return desc.set!.call(this, v);
        const start = performance.now();
        desc.set!.call(this, v);
        resizes.push({ start, ms: performance.now() - start });
      },
    });
  }
}
