// The load's marks: each phase is marked once, at its first moment.
import { describe, expect, it } from 'vitest';
import { LOAD_MARKS, markLoad } from './loadMarks';

describe('markLoad', () => {
  it('keeps the first moment of a phase when it is marked again (a remount, a retried download)', () => {
    performance.clearMarks();
    markLoad(LOAD_MARKS.mapConstruct);
    const first = performance.getEntriesByName(LOAD_MARKS.mapConstruct, 'mark');
    markLoad(LOAD_MARKS.mapConstruct);
    const after = performance.getEntriesByName(LOAD_MARKS.mapConstruct, 'mark');
    expect(first).toHaveLength(1);
    expect(after).toHaveLength(1);
    expect(after[0].startTime).toBe(first[0].startTime);
  });
  it('marks each phase under its own name', () => {
    performance.clearMarks();
    markLoad(LOAD_MARKS.atlasChecked);
    markLoad(LOAD_MARKS.geoChecked);
    expect(performance.getEntriesByType('mark').map((m) => m.name)).toEqual([
      'atlas-checked',
      'geodata-checked',
    ]);
  });
  it('does nothing where the page has no User Timing', () => {
    expect(() => markLoad(LOAD_MARKS.mapCodeRun, {} as Performance)).not.toThrow();
  });
});
