// The access date of a citation and a picture's file name are the visitor's own calendar day.
import { describe, expect, it } from 'vitest';
import { localIsoDate } from './localDate';

describe('localIsoDate', () => {
  it("gives the visitor's calendar day, not the UTC one", () => {
    // 00:30 on 2 December in the visitor's zone, whatever zone the tests run in (in UTC+8 that is 1 December in UTC)
    const justAfterMidnight = new Date(2026, 11, 2, 0, 30);
    expect(localIsoDate(justAfterMidnight)).toBe('2026-12-02');
    const lateEvening = new Date(2026, 11, 1, 23, 59);
    expect(localIsoDate(lateEvening)).toBe('2026-12-01');
  });
  it('pads months and days to two digits', () => {
    expect(localIsoDate(new Date(2027, 0, 5, 12))).toBe('2027-01-05');
  });
});
