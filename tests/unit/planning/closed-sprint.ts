import type { Sprint } from '../../../src/domain/planning/schema';
import { sprint } from '../../helpers/fixtures';

/** A sprint closed with this result: what velocity and the buffer suggestion learn from. */
export function closedSprint(
  name: string,
  startDate: string,
  planned: number,
  unplanned: number,
  personDays: number,
): Sprint {
  return sprint({
    name,
    startDate,
    endDate: startDate,
    state: 'closed',
    result: {
      closedAt: `${startDate}T17:00:00.000Z`,
      committedPoints: planned,
      completedPlannedPoints: planned,
      completedUnplannedPoints: unplanned,
      incompleteItemIds: [],
      incompleteTo: 'backlog',
      bufferReservedPoints: 0,
      bufferUsedPoints: unplanned,
      personDays,
    },
  });
}
