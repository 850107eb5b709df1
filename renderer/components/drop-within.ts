import { closestCenter, type CollisionDetection } from '@dnd-kit/core';
import { useMemo, type RefObject } from 'react';

/** How far past a list's top or bottom edge a dragged row still lands in it: a little overshoot is forgiven. */
export const EDGE_SLACK_PX = 24;

/**
 * dnd-kit's `closestCenter` for a sortable list, while the pointer is over the list (or within
 * EDGE_SLACK_PX of its top and bottom): a row let go away from the list (over the page's header, the
 * toolbar, the filter) has no target, so it is not moved and the rows show back in their places.
 * `closestCenter` alone names the nearest row wherever the pointer is. A drag by the keyboard has no
 * pointer and keeps `closestCenter`.
 */
export function closestCenterWithin(list: () => Element | null): CollisionDetection {
  return (args) => {
    const at = args.pointerCoordinates;
    const box = at ? list()?.getBoundingClientRect() : undefined;
    if (at && box) {
      const outside =
        at.x < box.left || at.x > box.right || at.y < box.top - EDGE_SLACK_PX || at.y > box.bottom + EDGE_SLACK_PX;
      if (outside) return [];
    }
    return closestCenter(args);
  };
}

/** `closestCenterWithin` the list a ref holds, made once per list (dnd-kit reads it on every pointer move). */
export function useClosestCenterWithin(list: RefObject<Element | null>): CollisionDetection {
  return useMemo(() => closestCenterWithin(() => list.current), [list]);
}
