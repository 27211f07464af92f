// What the benchmark injects into each page before its scripts run: it records the moments of the load waterfall
// (ms since navigation start) in window.__moments, every long task in window.__longTasks and every long animation
// frame with its scripts in window.__longFrames. It reads the page from outside: the map is caught when the page
// stores it in window.__atlasMap / window.__refMap.
// It also defines the no-op __name helper that tsx adds to named functions inside page.evaluate callbacks.
export const PAGE_PROBE = `(() => {
  window.__name = window.__name || ((f) => f);
  const moments = (window.__moments = {});
  const longTasks = (window.__longTasks = []);
  const note = (name) => { if (moments[name] === undefined) moments[name] = performance.now(); };
  // after the next frame has been painted
  const notePainted = (name) => requestAnimationFrame(() => setTimeout(() => note(name), 0));
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  // long animation frames with the scripts that ran in them (where each was defined): who a long task belongs to
  const longFrames = (window.__longFrames = []);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        longFrames.push({ start: e.startTime, ms: e.duration,
          scripts: e.scripts.map((s) => ({ start: s.startTime, ms: s.duration, url: s.sourceURL })) });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  for (const key of ['__atlasMap', '__refMap']) {
    let value;
    Object.defineProperty(window, key, {
      configurable: true,
      get: () => value,
      set: (map) => {
        value = map;
        if (!map || moments.map_created !== undefined) return;
        note('map_created');
        map.once('style.load', () => note('style_loaded'));
        map.once('render', () => note('first_render'));
        map.once('load', () => note('map_load'));
      },
    });
  }
  new MutationObserver(() => {
    const map = document.getElementById('map');
    if (map && map.getAttribute('data-map-ready') === 'true') { note('idle'); window.__readyAt = moments.idle; }
    // the app's first React commit replaces the static boot fallback of index.html
    if (document.getElementById('root') && !document.querySelector('.boot-fallback')) note('script_run');
    if (document.querySelector('.sidebar') && moments.text_panel_dom === undefined) {
      note('text_panel_dom');
      notePainted('text_panel');
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-ready'] });
})();`;

/** The page's recorded timings, read after the load (see LoadTimings in waterfall.ts). */
export const READ_TIMINGS = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    htmlEnd: nav ? nav.responseEnd : 0,
    resources: performance.getEntriesByType('resource').map((r) => ({ name: r.name, startTime: r.startTime, responseEnd: r.responseEnd })),
    moments: {
      ...Object.fromEntries(performance.getEntriesByType('mark').reverse().map((m) => [m.name, m.startTime])),
      ...window.__moments,
    },
  };
})()`;
