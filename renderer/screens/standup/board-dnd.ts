import { pointerWithin, rectIntersection, type Announcements, type CollisionDetection } from '@dnd-kit/core';
import type { ItemStatus } from '../../../src/domain/backlog/schema';
import type { BoardColumnNames } from '../../../src/domain/standup/settings';

/** A pointer drag hits the column under the pointer, else the column the card overlaps most. */
export const boardCollisions: CollisionDetection = (args) => {
  const underPointer = pointerWithin(args);
  return underPointer.length > 0 ? underPointer : rectIntersection(args);
};

/** What a pointer drag says (keyboard moves announce themselves, in BoardView). */
export function boardAnnouncements(titleOf: (id: string | number) => string, columns: BoardColumnNames): Announcements {
  const columnOf = (data: Record<string, unknown> | undefined) => {
    const status = data?.status as ItemStatus | undefined;
    return status ? columns[status] : 'no column';
  };
  return {
    onDragStart: ({ active }) => `Picked up ${titleOf(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over ? `${titleOf(active.id)} is over ${columnOf(over.data.current)}.` : undefined,
    onDragEnd: ({ active, over }) =>
      over ? `${titleOf(active.id)} dropped in ${columnOf(over.data.current)}.` : `${titleOf(active.id)} dropped.`,
    onDragCancel: ({ active }) => `Moving ${titleOf(active.id)} was cancelled.`,
  };
}
