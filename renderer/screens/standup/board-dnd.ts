import {
  pointerWithin,
  rectIntersection,
  type Announcements,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
} from '@dnd-kit/core';
import type { ItemStatus } from '../../../src/domain/backlog/schema';
import type { BoardColumnNames } from '../../../src/domain/standup/settings';

/** Pointer drags hit the column under the pointer; keyboard drags the column the card overlaps most. */
export const boardCollisions: CollisionDetection = (args) => {
  const underPointer = pointerWithin(args);
  return underPointer.length > 0 ? underPointer : rectIntersection(args);
};

/** ← and → jump a picked-up card to the next column of its lane (columns share a row, so the same height band). */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context, currentCoordinates }) => {
  const { collisionRect, droppableRects, droppableContainers } = context;
  if (!collisionRect || (event.code !== 'ArrowLeft' && event.code !== 'ArrowRight')) return undefined;
  event.preventDefault();
  const centreX = collisionRect.left + collisionRect.width / 2;
  const centreY = collisionRect.top + collisionRect.height / 2;
  const right = event.code === 'ArrowRight';
  let best: { left: number; width: number; top: number } | null = null;
  for (const container of droppableContainers.getEnabled()) {
    const rect = droppableRects.get(container.id);
    if (!rect || rect.top > centreY || rect.top + rect.height < centreY) continue;
    const middle = rect.left + rect.width / 2;
    if (right ? middle <= centreX + 1 : middle >= centreX - 1) continue;
    if (!best || Math.abs(middle - centreX) < Math.abs(best.left + best.width / 2 - centreX)) best = rect;
  }
  if (!best) return currentCoordinates;
  return { x: best.left + (best.width - collisionRect.width) / 2, y: currentCoordinates.y };
};

export function boardAnnouncements(titleOf: (id: string | number) => string, columns: BoardColumnNames): Announcements {
  const columnOf = (data: Record<string, unknown> | undefined) => {
    const status = data?.status as ItemStatus | undefined;
    return status ? columns[status] : 'no column';
  };
  return {
    onDragStart: ({ active }) =>
      `Picked up ${titleOf(active.id)}. Use the left and right arrow keys to change column, Space to drop, Escape to cancel.`,
    onDragOver: ({ active, over }) =>
      over ? `${titleOf(active.id)} is over ${columnOf(over.data.current)}.` : undefined,
    onDragEnd: ({ active, over }) =>
      over ? `${titleOf(active.id)} dropped in ${columnOf(over.data.current)}.` : `${titleOf(active.id)} dropped.`,
    onDragCancel: ({ active }) => `Moving ${titleOf(active.id)} was cancelled.`,
  };
}
