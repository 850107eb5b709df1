import type { ClientRect, CollisionDetection, DroppableContainer } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import { closestCenterWithin, EDGE_SLACK_PX } from '../../../renderer/components/drop-within';

type Args = Parameters<CollisionDetection>[0];

const rect = (top: number, height = 40, left = 100, width = 600): ClientRect => ({
  top,
  left,
  width,
  height,
  bottom: top + height,
  right: left + width,
});

/** Three rows of a list at 200, 250 and 300 px; the list's box spans them. */
const ROWS = new Map([
  ['a', rect(200)],
  ['b', rect(250)],
  ['c', rect(300)],
]);
const LIST = { getBoundingClientRect: () => rect(200, 140) } as unknown as Element;
const containers = [...ROWS.keys()].map(
  (id) => ({ id, rect: { current: ROWS.get(id) ?? null }, disabled: false }) as unknown as DroppableContainer,
);

/** Row `c` dragged so that its box is centred on the pointer. */
function argsAt(pointer: { x: number; y: number } | null): Args {
  const y = pointer?.y ?? 320;
  return {
    active: { id: 'c' } as Args['active'],
    collisionRect: rect(y - 20, 40, (pointer?.x ?? 400) - 300),
    droppableRects: ROWS,
    droppableContainers: containers,
    pointerCoordinates: pointer,
  };
}

const targets = (pointer: { x: number; y: number } | null, list: Element | null = LIST) =>
  closestCenterWithin(() => list)(argsAt(pointer)).map((c) => c.id);

describe('closestCenterWithin', () => {
  it('names the row nearest the dragged one while the pointer is over the list', () => {
    expect(targets({ x: 400, y: 215 })[0]).toBe('a');
    expect(targets({ x: 400, y: 265 })[0]).toBe('b');
  });

  it('forgives a little overshoot past the list’s top and bottom', () => {
    expect(targets({ x: 400, y: 200 - EDGE_SLACK_PX + 1 })[0]).toBe('a');
    expect(targets({ x: 400, y: 340 + EDGE_SLACK_PX - 1 })[0]).toBe('c');
  });

  it('names no row once the pointer is away from the list, above, below or beside it', () => {
    expect(targets({ x: 400, y: 20 })).toEqual([]);
    expect(targets({ x: 400, y: 200 - EDGE_SLACK_PX - 1 })).toEqual([]);
    expect(targets({ x: 400, y: 340 + EDGE_SLACK_PX + 1 })).toEqual([]);
    expect(targets({ x: 50, y: 265 })).toEqual([]);
    expect(targets({ x: 760, y: 265 })).toEqual([]);
  });

  it('keeps closestCenter for a drag without a pointer (the keyboard) and before the list is drawn', () => {
    expect(targets(null)[0]).toBe('c');
    expect(targets({ x: 400, y: 20 }, null)[0]).toBe('a');
  });
});
