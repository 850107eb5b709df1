import { describe, expect, it } from 'vitest';
import { sprintFigures } from '../../../src/domain/review/sprint-figures';
import { item, sprint } from '../../helpers/fixtures';

const settings = { standardDayHours: 6, startingPointsPerPersonDay: 1 };

describe('sprint figures', () => {
  const s = sprint({ startDate: '2026-11-02', endDate: '2026-11-13', state: 'active' });
  const items = [
    item('Planned done', { sprintId: s.id, status: 'done', points: 5 }),
    item('Planned open', { sprintId: s.id, status: 'in_progress', points: 3 }),
    item('Interrupt done', { sprintId: s.id, status: 'done', points: 2, unplanned: true }),
    item('Interrupt open', { sprintId: s.id, status: 'todo', points: 8, unplanned: true }),
    item('Other sprint', { sprintId: 'elsewhere', status: 'done', points: 13 }),
  ];

  it('computes an open sprint from its items', () => {
    const f = sprintFigures(s, items, settings);
    expect(f.committedPoints).toBe(8);
    expect(f.completedPlannedPoints).toBe(5);
    expect(f.completedUnplannedPoints).toBe(2);
    // Unplanned work burns the buffer as soon as it is taken on, done or not (as on the board).
    expect(f.bufferUsedPoints).toBe(10);
    // Nothing has carried over while the sprint runs.
    expect(f.carriedOver).toBeNull();
    expect(f.completedItems.map((i) => i.title)).toEqual(['Planned done', 'Interrupt done']);
  });

  it('uses the recorded result of a closed sprint', () => {
    const closed = sprint({
      startDate: '2026-11-02',
      endDate: '2026-11-13',
      state: 'closed',
      result: {
        closedAt: '2026-11-13T16:00:00.000Z',
        committedPoints: 20,
        completedPlannedPoints: 15,
        completedUnplannedPoints: 4,
        incompleteItemIds: [items[1]!.id],
        incompleteTo: 'backlog',
        bufferReservedPoints: 6,
        bufferUsedPoints: 4,
        personDays: 30,
      },
    });
    const f = sprintFigures(closed, items, settings);
    expect(f).toMatchObject({ committedPoints: 20, completedPlannedPoints: 15, bufferReservedPoints: 6 });
    expect(f.carriedOver).toEqual([{ id: items[1]!.id, title: 'Planned open', points: 3 }]);
  });
});
