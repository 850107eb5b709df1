import { describe, expect, it } from 'vitest';
import { bufferUsedPoints } from '../../../src/domain/board/buffer';
import { sprintResultOf } from '../../../src/domain/planning/close';
import type { Commitment } from '../../../src/domain/planning/schema';
import { sprintFacts } from '../../../src/domain/retro/facts';
import { sprintFigures } from '../../../src/domain/review/sprint-figures';
import { item, sprint } from '../../helpers/fixtures';

/**
 * One definition per figure: the board's gauge, the close dialog, the review report and the retro's
 * sprint facts give the same buffer and unplanned numbers for one sprint.
 */

const settings = { standardDayHours: 6, startingPointsPerPersonDay: 1 };
const commitment: Commitment = {
  at: '2026-11-02T09:00:00.000Z',
  items: [],
  committedPoints: 20,
  personDays: 13.2,
  pointsPerPersonDay: 2.5,
  forecastPoints: 33,
  bufferPercent: 20,
  bufferPoints: 6.6,
  plannablePoints: 26.4,
};
const s = sprint({ startDate: '2026-11-02', endDate: '2026-11-13', state: 'active', commitment });
const interrupt = (hours: number | null) => ({
  key: 'INC-7',
  severity: 'sev2' as const,
  hours,
  takenBy: null,
  loggedAt: '2026-11-04T10:00:00.000Z',
});
const items = [
  item('Upgrade k8s', { sprintId: s.id, points: 8, status: 'done' }),
  // 3 points, estimated in points.
  item('Disk full on db-3', { sprintId: s.id, points: 3, unplanned: true, interrupt: interrupt(1) }),
  // Sized in hours only: 6 h ÷ 6 h standard day × 2.5 points per person-day = 2.5 points.
  item('Cert expired on the VPN', {
    sprintId: s.id,
    points: null,
    unplanned: true,
    status: 'done',
    interrupt: interrupt(6),
  }),
];

describe('the figures of one sprint', () => {
  it('buffer used counts interrupts sized in hours, everywhere', () => {
    const board = bufferUsedPoints(items, s, settings);
    const close = sprintResultOf(s, items, settings, 'backlog', '2026-11-13T17:00:00.000Z', commitment.personDays);
    const review = sprintFigures(s, items, settings);
    const retro = sprintFacts({
      sprint: s,
      sprints: [s],
      items,
      definitionOfReady: [],
      settings,
      blockersRaised: null,
      standupOvertimeMs: null,
    });
    expect(board).toBe(5.5);
    expect(close.bufferUsedPoints).toBe(5.5);
    expect(review.bufferUsedPoints).toBe(5.5);
    expect(retro.bufferUsedPoints).toBe(5.5);
    expect(retro.bufferPoints).toBe(6.6);
  });

  it('completed unplanned work is sized the same way in the close dialog, the report and the retro', () => {
    const close = sprintResultOf(s, items, settings, 'backlog', '2026-11-13T17:00:00.000Z', commitment.personDays);
    const review = sprintFigures(s, items, settings);
    const retro = sprintFacts({
      sprint: s,
      sprints: [s],
      items,
      definitionOfReady: [],
      settings,
      blockersRaised: null,
      standupOvertimeMs: null,
    });
    expect(close.completedUnplannedPoints).toBe(2.5);
    expect(review.completedUnplannedPoints).toBe(2.5);
    expect(retro.completedUnplannedPoints).toBe(2.5);
  });

  it('once closed, every view shows the recorded result, not what is left in the sprint', () => {
    const result = sprintResultOf(s, items, settings, 'backlog', '2026-11-13T17:00:00.000Z', commitment.personDays);
    const closed = { ...s, state: 'closed' as const, result };
    // Closing moved the unfinished interrupt out of the sprint.
    const after = items.map((i) => (i.status === 'done' ? i : { ...i, sprintId: null }));
    const retro = sprintFacts({
      sprint: closed,
      sprints: [s],
      items: after.filter((i) => i.sprintId === s.id),
      definitionOfReady: [],
      settings,
      blockersRaised: null,
      standupOvertimeMs: null,
    });
    expect(sprintFigures(closed, after, settings).bufferUsedPoints).toBe(5.5);
    expect(retro.bufferUsedPoints).toBe(5.5);
  });
});
