// The moments of the app's load as User Timing marks: DevTools' Performance panel shows them, and the benchmark's load
// waterfall reads them (scripts/bench/waterfall.ts).
export const LOAD_MARKS = {
  /** atlas.json downloaded, parsed and checked: what the text UI needs. */
  atlasChecked: 'atlas-checked',
  /** Every GeoJSON file downloaded, parsed and checked: what the map's style is built from. */
  geoChecked: 'geodata-checked',
  /** The map's chunk (MapLibre with it) has run. */
  mapCodeRun: 'map-code-run',
  /** The map's constructor begins (its WebGL context, its painter, the style handed to its worker). */
  mapConstruct: 'map-construct',
} as const;

export type LoadMark = (typeof LOAD_MARKS)[keyof typeof LOAD_MARKS];

/** Marks `name` the first time only: a remount or a second download attempt keeps the load's own moment. */
export function markLoad(
  name: LoadMark,
  timing: Pick<Performance, 'mark' | 'getEntriesByName'> = performance,
): void {
  if (typeof timing?.mark !== 'function') return;
  if (timing.getEntriesByName(name, 'mark').length > 0) return;
  timing.mark(name);
}
