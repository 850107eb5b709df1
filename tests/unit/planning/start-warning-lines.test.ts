import { describe, expect, it } from 'vitest';
import { startWarningLines } from '../../../renderer/screens/planning/plan-warnings';
import { countedDates } from '../../../src/domain/planning/capacity';
import { changeWindowWarnings } from '../../../src/domain/planning/change-windows';
import type { ChangeWindow } from '../../../src/domain/planning/schema';
import { sprint } from '../../helpers/fixtures';

// Sprint 13: Mon 7 – Fri 18 Dec 2026, frozen from Mon 14 Dec with no window outside the freeze.
const s13 = sprint({ name: 'Sprint 13', startDate: '2026-12-07', endDate: '2026-12-18' });
const freeze: ChangeWindow = {
  id: 'fz',
  name: 'Year-end freeze',
  kind: 'freeze',
  start: '2026-12-07T00:00:00.000Z',
  end: '2026-12-23T00:00:00.000Z',
};
const oneWindow: ChangeWindow = {
  id: 'w1',
  name: 'Tuesday night',
  kind: 'window',
  start: '2026-12-08T22:00:00.000Z',
  end: '2026-12-09T02:00:00.000Z',
};
const needs = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `i${i}`, title: `Change ${i + 1}`, needsChangeWindow: true }));
const DAYS = countedDates(s13, { holidays: [] }, [1, 2, 3, 4, 5]);
const BEFORE = '2026-11-30';
const warn = (n: number, windows: ChangeWindow[]) =>
  changeWindowWarnings(needs(n), windows, DAYS, 2, { withYear: true }, 'UTC', BEFORE);

/** The Start dialog says the change window warnings in a line per cause, short enough for a shared screen. */
describe("the Start dialog's lines for change windows", () => {
  it('says the items a freeze leaves without a window in one line, naming the freeze', () => {
    expect(startWarningLines(warn(2, [freeze]))).toEqual([
      '2 items need a change window, but this sprint has none outside the freeze “Year-end freeze”: “Change 1” and “Change 2”.',
    ]);
  });

  it('says more items than the windows take in a few words', () => {
    expect(startWarningLines(warn(3, [oneWindow]))).toEqual([
      "3 items need a change window, and the sprint's windows have room for 2.",
    ]);
  });
});
